import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CSA_STATES, type CsaState } from '../../../src/vendors/csa/csa-state-rules.js';
import { SetInstanceStateDocument, type SetInstanceStateInput } from '../../__generated__/graphql.js';
import { CSA_ADMIN, CSA_TRANSPORT, startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.csa.reset());

const ACTIVE_ID = '90d9652b3752ad4f013752ae38cb0004';
/** What `state` says for each CSA word (`vendorState`), as ProcessInstance.state does. */
const NORMALISED: Record<CsaState, string> = {
  INITIALIZED: 'NOT_STARTED', READY: 'NOT_STARTED', PENDING: 'WAITING', ACTIVE: 'RUNNING', COMPLETED: 'COMPLETED', ERROR: 'FAILED', CANCELED: 'CANCELED',
};
const set = (input: Omit<SetInstanceStateInput, 'backend' | 'instanceId'> & { backend?: string; instanceId?: string }) =>
  stack.gql(SetInstanceStateDocument, { input: { backend: 'csa', instanceId: ACTIVE_ID, ...input } });
const requests = () => stack.csa.received.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`);
const basicAuth = `Basic ${Buffer.from(`${CSA_TRANSPORT.username}:${CSA_TRANSPORT.password}`).toString('base64')}`;

/** The documented rule: terminal states stay, ACTIVE never goes back to READY, all else moves. */
const allowed = (from: CsaState, to: CsaState) =>
  from === to || (!['COMPLETED', 'ERROR', 'CANCELED'].includes(from) && !(from === 'ACTIVE' && to === 'READY'));

describe('setInstanceState on CSA', () => {
  it('moves an ACTIVE instance to COMPLETED with return code and status, answering the updated instance as typed fields', async () => {
    const answer = await set({ state: 'COMPLETED', returnCode: 'SUCCESS', status: 'Done <by> the gateway & co ✓' });
    expect(answer.data?.setInstanceState).toEqual({
      __typename: 'SetInstanceStateSuccess', backend: 'csa', vendor: 'CSA', instanceId: ACTIVE_ID,
      state: 'COMPLETED', vendorState: 'COMPLETED', returnCode: 'SUCCESS', status: 'Done <by> the gateway & co ✓',
      properties: [
        { name: 'REQUEST_ID', type: 'STRING', values: ['REQ-2026-0004'] },
        { name: 'REPLICAS', type: 'INTEGER', values: ['3'] },
        { name: 'BLUE_GREEN', type: 'BOOLEAN', values: ['true'] },
        { name: 'ENVIRONMENTS', type: 'LIST', values: ['staging', 'prod'] },
      ],
    });
    expect(stack.csa.state.instances.get(ACTIVE_ID)).toMatchObject({ state: 'COMPLETED', returnCode: 'SUCCESS', status: 'Done <by> the gateway & co ✓' });
    const [read, put] = stack.csa.received;
    expect(read).toMatchObject({ method: 'GET', path: `/csa/rest/processinstances/${ACTIVE_ID}?userIdentifier=${CSA_ADMIN}`, body: '' });
    expect(put).toMatchObject({
      method: 'PUT',
      path: `/csa/rest/processinstances/${ACTIVE_ID}?userIdentifier=${CSA_ADMIN}&scope=view&view=processinstancestate&action=merge`,
      body: `<ProcessInstance><id>${ACTIVE_ID}</id><processInstanceState><name>COMPLETED</name></processInstanceState>` +
        '<processReturnCode><name>SUCCESS</name></processReturnCode><status>Done &lt;by&gt; the gateway &amp; co ✓</status></ProcessInstance>',
    });
    expect(put!.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(put!.headers.accept).toBe('application/xml');
    expect(put!.headers.authorization).toBe(basicAuth);
  });

  it('sets only a return code or only a status without reading the instance first', async () => {
    expect((await set({ returnCode: 'TIMEOUT' })).data?.setInstanceState).toMatchObject({ state: 'RUNNING', vendorState: 'ACTIVE', returnCode: 'TIMEOUT' });
    expect((await set({ status: 'still going' })).data?.setInstanceState).toMatchObject({ status: 'still going', returnCode: 'TIMEOUT' });
    expect(requests()).toEqual([`PUT /csa/rest/processinstances/${ACTIVE_ID}`, `PUT /csa/rest/processinstances/${ACTIVE_ID}`]);
  });

  describe('every one of the 7 × 7 state pairs', () => {
    const pairs = CSA_STATES.flatMap((from) => CSA_STATES.map((to) => [from, to, allowed(from, to)] as const));

    it.each(pairs)('%s → %s (allowed: %s)', async (from, to, ok) => {
      stack.csa.setInstanceState(ACTIVE_ID, from);
      const answer = await set({ state: to });
      if (ok) {
        expect(answer.data?.setInstanceState).toMatchObject({ __typename: 'SetInstanceStateSuccess', vendorState: to, state: NORMALISED[to] });
        expect(stack.csa.state.instances.get(ACTIVE_ID)!.state).toBe(to);
      } else {
        expect(answer.data?.setInstanceState).toMatchObject({
          __typename: 'InvalidStateTransitionError', currentState: from, requestedState: to, errorBackend: 'csa', vendorStatus: null,
        });
        expect(requests()).toEqual([`GET /csa/rest/processinstances/${ACTIVE_ID}`]); // refused before any write
        expect(stack.csa.state.instances.get(ACTIVE_ID)!.state).toBe(from);
      }
    });
  });

  it('reads an instance once per request however often the request touches it, and knows what its own writes did', async () => {
    const doc = `mutation {
      a: setInstanceState(input: {backend: "csa", instanceId: "${ACTIVE_ID}", state: PENDING}) { __typename }
      b: setInstanceState(input: {backend: "csa", instanceId: "${ACTIVE_ID}", state: COMPLETED}) { __typename }
      c: setInstanceState(input: {backend: "csa", instanceId: "${ACTIVE_ID}", state: ACTIVE}) { __typename ... on InvalidStateTransitionError { currentState requestedState } }
    }`;
    const res = await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: doc }) });
    expect(((await res.json()) as { data: unknown }).data).toEqual({
      a: { __typename: 'SetInstanceStateSuccess' },
      b: { __typename: 'SetInstanceStateSuccess' },
      c: { __typename: 'InvalidStateTransitionError', currentState: 'COMPLETED', requestedState: 'ACTIVE' },
    });
    const path = `/csa/rest/processinstances/${ACTIVE_ID}`;
    expect(requests()).toEqual([`GET ${path}`, `PUT ${path}`, `PUT ${path}`]);
  });

  it('reads afresh in the next request', async () => {
    await set({ state: 'COMPLETED' });
    stack.csa.setInstanceState(ACTIVE_ID, 'ACTIVE');
    expect((await set({ state: 'PENDING' })).data?.setInstanceState).toMatchObject({ __typename: 'SetInstanceStateSuccess', state: 'WAITING', vendorState: 'PENDING' });
  });
});

describe("CSA's own refusal, when the read was stale", () => {
  it('maps the refusal of a write that raced another writer to InvalidStateTransitionError with the state read afresh', async () => {
    stack.csa.onceBefore('PUT', () => stack.csa.setInstanceState(ACTIVE_ID, 'COMPLETED'));
    const answer = await set({ state: 'PENDING' });
    expect(answer.data?.setInstanceState).toEqual({
      __typename: 'InvalidStateTransitionError', errorBackend: 'csa', vendorStatus: 409, vendorCode: 'InvalidStateTransition',
      currentState: 'COMPLETED', requestedState: 'PENDING',
      message: 'Process instance state cannot be changed from COMPLETED to PENDING: COMPLETED is a terminal state',
    });
    const path = `/csa/rest/processinstances/${ACTIVE_ID}`;
    expect(requests()).toEqual([`GET ${path}`, `PUT ${path}`, `GET ${path}`]);
    expect(stack.csa.state.instances.get(ACTIVE_ID)!.state).toBe('COMPLETED');
  });
});

describe('a CSA that refuses state changes with 500 (the documents truncate the status)', () => {
  let stack500: Stack;
  beforeAll(async () => { stack500 = await startStack({ csa: { stateRefusalStatus: 500 } }); });
  afterAll(() => stack500.close());

  it('still maps the refusal by what its body says', async () => {
    stack500.csa.onceBefore('PUT', () => stack500.csa.setInstanceState(ACTIVE_ID, 'CANCELED'));
    const answer = await stack500.gql(SetInstanceStateDocument, { input: { backend: 'csa', instanceId: ACTIVE_ID, state: 'COMPLETED' } });
    expect(answer.data?.setInstanceState).toMatchObject({
      __typename: 'InvalidStateTransitionError', vendorStatus: 500, currentState: 'CANCELED', requestedState: 'COMPLETED',
    });
  });
});
