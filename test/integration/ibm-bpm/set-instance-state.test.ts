import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SetInstanceStateDocument, type SetInstanceStateInput } from '../../__generated__/graphql.js';
import { startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.ibm.reset());

/** The seed's piid per executionState. */
const PIID = { Active: '23972', Completed: '23974', Failed: '23975', Suspended: '23976' } as const;
const set = (input: Omit<SetInstanceStateInput, 'backend'> & { backend?: string }) =>
  stack.gql(SetInstanceStateDocument, { input: { backend: 'ibm', ...input } });
const sent = () => stack.ibm.received.map((r) => `${r.method} ${r.path}`);
const executionState = (piid: string) => stack.ibm.state.instances.get(piid)!.executionState;

describe('setInstanceState on IBM BPM: the documented instance actions', () => {
  it('SUSPENDED suspends an Active instance with PUT ?action=suspend and answers its new state', async () => {
    const answer = await set({ instanceId: PIID.Active, state: 'SUSPENDED' });
    expect(answer.data?.setInstanceState).toEqual({
      __typename: 'SetInstanceStateSuccess', backend: 'ibm', vendor: 'IBM_BPM', instanceId: PIID.Active,
      state: 'SUSPENDED', vendorState: 'Suspended', returnCode: null, status: null, properties: null,
    });
    expect(sent()).toEqual([`PUT /rest/bpm/wle/v1/process/${PIID.Active}?action=suspend&parts=header`]);
    expect(executionState(PIID.Active)).toBe('Suspended');
  });

  it('ACTIVE resumes a Suspended instance and retries a Failed one, reading which it is first', async () => {
    expect((await set({ instanceId: PIID.Suspended, state: 'ACTIVE' })).data?.setInstanceState).toMatchObject({ state: 'RUNNING', vendorState: 'Active' });
    expect((await set({ instanceId: PIID.Failed, state: 'ACTIVE' })).data?.setInstanceState).toMatchObject({ state: 'RUNNING', vendorState: 'Active' });
    expect(stack.ibm.state.actions.map((a) => `${a.piid} ${a.action}`)).toEqual([`${PIID.Suspended} resume`, `${PIID.Failed} retry`]);
    expect(sent().filter((s) => s.startsWith('GET'))).toHaveLength(2);
  });

  it('CANCELED terminates with POST, as the generated document has it', async () => {
    expect((await set({ instanceId: PIID.Active, state: 'CANCELED' })).data?.setInstanceState).toMatchObject({ state: 'CANCELED', vendorState: 'Terminated' });
    expect(sent()).toEqual([`POST /rest/bpm/wle/v1/process/${PIID.Active}?action=terminate&parts=header`]);
  });

  it('suspend, resume and a second resume: the last is IBM\'s 409 as an InvalidStateTransitionError naming both states', async () => {
    await set({ instanceId: PIID.Active, state: 'SUSPENDED' });
    await set({ instanceId: PIID.Active, state: 'ACTIVE' });
    const again = await set({ instanceId: PIID.Active, state: 'ACTIVE' });
    expect(again.data?.setInstanceState).toMatchObject({
      __typename: 'InvalidStateTransitionError', currentState: 'Active', requestedState: 'ACTIVE', errorBackend: 'ibm', vendorStatus: 409, vendorCode: 'CWTBG0014E',
    });
    const onCompleted = await set({ instanceId: PIID.Completed, state: 'SUSPENDED' });
    expect(onCompleted.data?.setInstanceState).toMatchObject({ __typename: 'InvalidStateTransitionError', currentState: 'Completed', requestedState: 'SUSPENDED' });
    expect(executionState(PIID.Completed)).toBe('Completed');
  });

  it('an unknown instance, which IBM answers with a 500 CWTBG0025E, is a NotFoundError that keeps status and code', async () => {
    const answer = await set({ instanceId: '999999', state: 'SUSPENDED' });
    expect(answer.data?.setInstanceState).toMatchObject({ __typename: 'NotFoundError', vendorStatus: 500, vendorCode: 'CWTBG0025E' });
  });

  it('a caller IBM does not allow is a PermissionDeniedError, and nothing changes', async () => {
    const answer = await set({ backend: 'ibm-user', instanceId: PIID.Active, state: 'CANCELED' });
    expect(answer.data?.setInstanceState).toMatchObject({ __typename: 'PermissionDeniedError', vendorCode: 'CWTBG0549E' });
    expect(executionState(PIID.Active)).toBe('Active');
  });

  it.each([
    [{ state: 'COMPLETED' as const }, 'state'],
    [{ state: 'PENDING' as const }, 'state'],
    [{ state: 'SUSPENDED' as const, returnCode: 'FAILURE' as const }, 'returnCode'],
    [{ status: 'paused' }, 'status'],
  ])('what IBM cannot express (%o) is an UnsupportedOperationError naming %s, with nothing sent', async (input, field) => {
    const answer = await set({ instanceId: PIID.Active, ...input });
    expect(answer.data?.setInstanceState).toMatchObject({ __typename: 'UnsupportedOperationError', vendor: 'IBM_BPM', operation: 'SET_INSTANCE_STATE' });
    expect((answer.data?.setInstanceState as { message: string }).message).toMatch(new RegExp(`^${field}: `));
    expect(stack.ibm.received).toHaveLength(0);
  });

  it('bad input is a ValidationError naming the field before anything is sent', async () => {
    expect((await set({ instanceId: 'abc', state: 'SUSPENDED' })).data?.setInstanceState).toMatchObject({ __typename: 'ValidationError', field: 'instanceId' });
    expect((await set({ instanceId: PIID.Active })).data?.setInstanceState).toMatchObject({ __typename: 'ValidationError', field: 'state' });
    expect(stack.ibm.received).toHaveLength(0);
  });

  it('a dry run shows the one request and changes nothing', async () => {
    const answer = await set({ instanceId: PIID.Active, state: 'SUSPENDED', dryRun: true });
    expect(answer.data?.setInstanceState).toMatchObject({ __typename: 'VendorRequestPreview', requests: [{ method: 'PUT' }] });
    expect(executionState(PIID.Active)).toBe('Active');
  });

  it('CSA refuses SUSPENDED as a state it does not have, sending nothing', async () => {
    const answer = await set({ backend: 'csa', instanceId: '90d9652b3752ad4f013752ae38cb0004', state: 'SUSPENDED' });
    expect(answer.data?.setInstanceState).toMatchObject({ __typename: 'UnsupportedOperationError', vendor: 'CSA' });
    expect(stack.csa.received).toHaveLength(0);
  });
});
