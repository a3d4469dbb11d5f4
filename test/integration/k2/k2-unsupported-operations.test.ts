import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendsDocument, MigrateInstancesDocument, SetInstanceStateDocument, UpdateAllVariablesDocument } from '../../__generated__/graphql.js';
import { startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());

describe('what K2 does not offer', () => {
  it('lists K2 backends with exactly the two mutations, the batch, two reads and one list K2 has', async () => {
    const answer = await stack.gql(BackendsDocument, {});
    expect(answer.data?.backends[0]).toEqual({ id: 'k2', vendor: 'K2', operations: ['UPDATE_PROCESS_INSTANCE', 'UPDATE_TASK', 'UPDATE_TASKS', 'READ_PROCESS_INSTANCE', 'READ_TASK', 'LIST_TASKS'] });
    expect(answer.data?.backends.filter((b) => b.vendor === 'K2').map((b) => b.id)).toEqual(['k2', 'k2-viewer', 'k2-wrong-password', 'k2-slow', 'k2-batch', 'k2-batch-slow', 'k2-down']);
  });

  it('answers setInstanceState, updateAllVariables and migrateInstances with UnsupportedOperationError, sending nothing', async () => {
    stack.k2.reset();
    const state = await stack.gql(SetInstanceStateDocument, { input: { backend: 'k2', instanceId: '8', state: 'COMPLETED' } });
    const vars = await stack.gql(UpdateAllVariablesDocument, { input: { backend: 'k2', instanceId: '8', variables: { a: 1 } } });
    const migrate = await stack.gql(MigrateInstancesDocument, { input: { backend: 'k2', namespace: 'ns', processCode: 'p', allActive: true } });
    const expected = (operation: string) => ({
      __typename: 'UnsupportedOperationError', operation, vendor: 'K2', errorBackend: null, vendorStatus: null, vendorCode: null,
      message: `backend 'k2' (K2) has no ${operation} call: the vendor does not offer this operation`,
    });
    expect(state.data?.setInstanceState).toEqual(expected('SET_INSTANCE_STATE'));
    expect(vars.data?.updateAllVariables).toEqual(expected('UPDATE_ALL_VARIABLES'));
    expect(migrate.data?.migrateInstances).toEqual(expected('MIGRATE_INSTANCES'));
    expect(stack.k2.received).toHaveLength(0);
  });
});
