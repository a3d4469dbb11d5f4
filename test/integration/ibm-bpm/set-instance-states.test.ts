import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SetInstanceStatesDocument, type SetInstanceStatesInput } from '../../__generated__/graphql.js';
import { startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.ibm.reset());

/** The seed's piid per executionState. */
const PIID = { Active: '23972', New: '23973', Completed: '23974', Failed: '23975', Suspended: '23976' } as const;
const setAll = (input: Omit<SetInstanceStatesInput, 'backend'> & { backend?: string }) =>
  stack.gql(SetInstanceStatesDocument, { input: { backend: 'ibm', ...input } });
const sent = () => stack.ibm.received.map((r) => `${r.method} ${decodeURIComponent(r.path)}`);
const bulkCalls = () => sent().filter((s) => s.includes('/process/bulk'));
/** More Active instances like 23972, numbered from 30000. */
function addActive(count: number): string[] {
  const model = stack.ibm.state.instances.get(PIID.Active)!;
  return Array.from({ length: count }, (_, i) => {
    const piid = String(30000 + i);
    stack.ibm.state.instances.set(piid, { ...structuredClone(model), piid });
    return piid;
  });
}

describe('setInstanceStates on IBM BPM: process/bulk?action=', () => {
  it('suspends several instances in one PUT process/bulk call, one result per instance in input order, each refusal IBM reported its own error', async () => {
    const answer = (await setAll({ instanceIds: [PIID.Active, PIID.Completed, '999999', PIID.New], state: 'SUSPENDED' })).data?.setInstanceStates;
    expect(answer).toMatchObject({ __typename: 'SetInstanceStatesSuccess', backend: 'ibm', vendor: 'IBM_BPM', succeeded: 1, failed: 3, unknown: 0 });
    if (answer?.__typename !== 'SetInstanceStatesSuccess') throw new Error('no success');
    expect(answer.items.map((i) => i.__typename)).toEqual(['SetInstanceStateSuccess', 'InvalidStateTransitionError', 'NotFoundError', 'InvalidStateTransitionError']);
    expect(answer.items[0]).toMatchObject({ instanceId: PIID.Active });
    expect(answer.items[1]).toMatchObject({ currentState: 'Completed', requestedState: 'SUSPENDED', vendorCode: 'CWTBG0014E', errorBackend: 'ibm' });
    expect(answer.items[2]).toMatchObject({ vendorCode: 'CWTBG0025E' });
    expect(bulkCalls()).toEqual([`PUT /rest/bpm/wle/v1/process/bulk?action=suspend&instanceIds=${PIID.Active},${PIID.Completed},999999,${PIID.New}`]);
    expect(stack.ibm.state.instances.get(PIID.Active)!.executionState).toBe('Suspended');
  });

  it('ACTIVE reads the instances (one bulk read) and sends resume for the suspended ones and retry for the failed ones', async () => {
    const answer = (await setAll({ instanceIds: [PIID.Suspended, PIID.Failed], state: 'ACTIVE' })).data?.setInstanceStates;
    expect(answer).toMatchObject({ succeeded: 2, failed: 0 });
    expect(bulkCalls()).toEqual([
      `PUT /rest/bpm/wle/v1/process/bulk?action=resume&instanceIds=${PIID.Suspended}`,
      `PUT /rest/bpm/wle/v1/process/bulk?action=retry&instanceIds=${PIID.Failed}`,
    ]);
    expect(sent().filter((s) => s.startsWith('GET'))).toHaveLength(1);
    expect(stack.ibm.state.actions.map((a) => `${a.piid} ${a.action}`)).toEqual([`${PIID.Suspended} resume`, `${PIID.Failed} retry`]);
  });

  it('cuts 450 ids into calls of 200 (⌈450/200⌉ = 3) and terminates them all', async () => {
    const ids = addActive(450);
    const answer = (await setAll({ instanceIds: ids, state: 'CANCELED' })).data?.setInstanceStates;
    expect(answer).toMatchObject({ succeeded: 450, failed: 0, unknown: 0 });
    expect(bulkCalls()).toHaveLength(3);
    expect(ids.every((id) => stack.ibm.state.instances.get(id)!.executionState === 'Terminated')).toBe(true);
  });

  it('a call that times out after it was sent marks its instances unknown and is not sent again; the next call goes on', async () => {
    const ids = addActive(250);
    // The first call is applied but answered too late for ibm-slow (300 ms).
    stack.ibm.slowNext('PUT', 1000);
    const answer = (await setAll({ backend: 'ibm-slow', instanceIds: ids, state: 'SUSPENDED' })).data?.setInstanceStates;
    expect(answer).toMatchObject({ succeeded: 50, failed: 0, unknown: 200 });
    if (answer?.__typename !== 'SetInstanceStatesSuccess') throw new Error('no success');
    expect(answer.items[0]).toMatchObject({ __typename: 'BackendUnavailableError', retryable: false, message: expect.stringContaining('outcome unknown') });
    expect(bulkCalls()).toHaveLength(2);
  });

  it('checks every id before anything is sent: a malformed or repeated id is a ValidationError naming it, a state IBM cannot set is UnsupportedOperationError', async () => {
    expect((await setAll({ instanceIds: [PIID.Active, 'abc'], state: 'SUSPENDED' })).data?.setInstanceStates).toMatchObject({ __typename: 'ValidationError', field: 'instanceIds[1]' });
    expect((await setAll({ instanceIds: [PIID.Active, PIID.Active], state: 'SUSPENDED' })).data?.setInstanceStates).toMatchObject({ __typename: 'ValidationError', field: 'instanceIds[1]' });
    expect((await setAll({ instanceIds: [], state: 'SUSPENDED' })).data?.setInstanceStates).toMatchObject({ __typename: 'ValidationError', field: 'instanceIds' });
    expect((await setAll({ instanceIds: [PIID.Active], state: 'COMPLETED' })).data?.setInstanceStates).toMatchObject({ __typename: 'UnsupportedOperationError' });
    expect((await setAll({ backend: 'csa', instanceIds: ['90d9652b3752ad4f013752ae38cb0004'], state: 'COMPLETED' })).data?.setInstanceStates).toMatchObject({ __typename: 'UnsupportedOperationError', operation: 'SET_INSTANCE_STATES' });
    expect(bulkCalls()).toEqual([]);
  });

  it('a dry run shows the bulk requests and changes nothing', async () => {
    const answer = (await setAll({ instanceIds: [PIID.Active, PIID.New], state: 'SUSPENDED', dryRun: true })).data?.setInstanceStates;
    expect(answer).toMatchObject({ __typename: 'VendorRequestPreview', operation: 'SET_INSTANCE_STATES', requests: [{ method: 'PUT', url: expect.stringContaining(`/process/bulk?action=suspend&instanceIds=${PIID.Active}%2C${PIID.New}`) }] });
    expect(stack.ibm.received).toEqual([]);
  });

  it('a caller that is not an admin: IBM refuses the whole call, and every instance carries that refusal', async () => {
    const answer = (await setAll({ backend: 'ibm-user', instanceIds: [PIID.Active, PIID.New], state: 'SUSPENDED' })).data?.setInstanceStates;
    expect(answer).toMatchObject({ succeeded: 0, failed: 2 });
    if (answer?.__typename !== 'SetInstanceStatesSuccess') throw new Error('no success');
    expect(answer.items.map((i) => i.__typename)).toEqual(['PermissionDeniedError', 'PermissionDeniedError']);
    expect(stack.ibm.state.instances.get(PIID.Active)!.executionState).toBe('Active');
  });
});
