import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TaskDocument } from '../../__generated__/graphql.js';
import { startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.k2.reset());

const raw = async (query: string) =>
  (await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json() as Promise<{ data: Record<string, unknown> }>;

describe('task', () => {
  it('reads a K2 worklist item with its actions, instance and activity fields', async () => {
    const answer = await stack.gql(TaskDocument, { backend: 'k2', serialNumber: '8_25' });
    expect(answer.data?.task).toEqual({
      __typename: 'Task', id: 'gid://bpm/Task/k2/8_25', serialNumber: '8_25', backend: 'k2', vendor: 'K2', status: 'Available', allocatedUser: 'K2:ACME\\alice', priority: 1,
      processInstanceId: '8', folio: 'Order-ACME-Updated',
      actions: [{ name: 'Approve', batchable: true }, { name: 'Reject', batchable: true }, { name: 'Rework', batchable: true }],
      activityVariables: [{ name: 'Comment', type: 'STRING', value: '' }],
    });
    expect(stack.k2.received.map((r) => r.path)).toEqual(['/K2Services/REST.svc/Worklist/Items(8_25)?allocate=false&piDataField=true&actDataField=true&actXmlField=true']);
  });

  it('does not allocate the task to the gateway\'s account by reading it', async () => {
    await stack.gql(TaskDocument, { backend: 'k2', serialNumber: '8_25' });
    await stack.gql(TaskDocument, { backend: 'k2', serialNumber: '8_25' });
    expect(stack.k2.state.tasks.get('8_25')).toMatchObject({ status: 'Available', allocatedUser: 'K2:ACME\\alice' });
  });

  it('answers unknown, malformed and unsupported reads with typed errors', async () => {
    expect((await stack.gql(TaskDocument, { backend: 'k2', serialNumber: '77_1' })).data?.task.__typename).toBe('NotFoundError');
    expect((await stack.gql(TaskDocument, { backend: 'k2', serialNumber: '8-25' })).data?.task).toMatchObject({ __typename: 'ValidationError', field: 'serialNumber' });
    expect((await stack.gql(TaskDocument, { backend: 'csa', serialNumber: '8_25' })).data?.task).toMatchObject({ __typename: 'UnsupportedOperationError', operation: 'READ_TASK', vendor: 'CSA' });
  });

  it('shows a redirected task with its new user when the mutation selects it', async () => {
    const data = await raw(`mutation { updateTask(input: {backend: "k2", serialNumber: "8_25", action: {kind: REDIRECT, user: "K2:ACME\\\\bob"}}) {
      ... on UpdateTaskSuccess { task { allocatedUser status } } } }`);
    expect(data.data).toEqual({ updateTask: { task: { allocatedUser: 'K2:ACME\\bob', status: 'Available' } } });
  });

  it('answers task: null after an action completed it (K2 no longer lists it)', async () => {
    const data = await raw(`mutation { updateTask(input: {backend: "k2", serialNumber: "8_25", action: {kind: ACTION, name: "Approve"}}) {
      ... on UpdateTaskSuccess { vendorAction task { status } } } }`);
    expect(data.data).toEqual({ updateTask: { vendorAction: 'a:Approve', task: null } });
  });
});
