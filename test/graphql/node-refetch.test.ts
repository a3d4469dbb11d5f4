import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/core/global-id.js';
import { NodeDocument, NodesDocument, ProcessInstanceDocument, TaskDocument } from '../__generated__/graphql.js';
import { startStack, type Stack } from '../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());

/** One instance from each vendor's sandbox data, and K2's task. */
const INSTANCES = [
  ['k2', '8'], ['csa', '90d9652b3752ad4f013752ae38cb0004'], ['ibm', '23972'], ['elma', '0a0a0001-0000-4000-8000-000000000010'],
] as const;

describe('node(id)', () => {
  it('reads again every id the reads hand out, from every vendor', async () => {
    for (const [backend, id] of INSTANCES) {
      const read = await stack.gql(ProcessInstanceDocument, { backend, id });
      const instance = read.data?.processInstance;
      if (instance?.__typename !== 'ProcessInstance') throw new Error(`${backend}/${id}: ${JSON.stringify(read)}`);
      expect(instance.id).toBe(toGlobalId('ProcessInstance', backend, id));
      const again = await stack.gql(NodeDocument, { id: instance.id });
      expect(again.errors).toBeUndefined();
      expect(again.data?.node).toMatchObject({ __typename: 'ProcessInstance', id: instance.id, instanceId: id, backend });
    }
    const task = (await stack.gql(TaskDocument, { backend: 'k2', serialNumber: '8_25' })).data?.task;
    if (task?.__typename !== 'Task') throw new Error('no task');
    expect((await stack.gql(NodeDocument, { id: task.id })).data?.node).toEqual({ __typename: 'Task', id: task.id, serialNumber: '8_25', backend: 'k2', status: 'Available' });
  });

  it('reads many through the same loaders: three IBM instances are one bulk call', async () => {
    stack.ibm.received.length = 0;
    const ids = ['23972', '23974', '23976'].map((id) => toGlobalId('ProcessInstance', 'ibm', id));
    const answer = await stack.gql(NodesDocument, { ids: [...ids, toGlobalId('Task', 'k2', '8_25')] });
    expect(answer.data?.nodes).toEqual([...ids.map((id) => ({ __typename: 'ProcessInstance', id })), { __typename: 'Task', id: 'gid://bpm/Task/k2/8_25' }]);
    expect(stack.ibm.received).toHaveLength(1);
  });

  it.each([
    ['a forged id', 'gid://bpm/ProcessInstance/k2/8%2', 'VALIDATION'],
    ['a vendor id where a global one belongs', '8', 'VALIDATION'],
    ["another deployment's backend", toGlobalId('ProcessInstance', 'k2-elsewhere', '8'), 'UNKNOWN_BACKEND'],
    ['an instance that does not exist', toGlobalId('ProcessInstance', 'k2', '999'), 'NOT_FOUND'],
    ['a backend that is down', toGlobalId('ProcessInstance', 'k2-down', '8'), 'BACKEND_UNAVAILABLE'],
    ['an id the vendor cannot have', toGlobalId('ProcessInstance', 'k2', 'abc'), 'VALIDATION'],
  ])('answers %s as null with an error that says why', async (_, id, code) => {
    const answer = await stack.gql(NodeDocument, { id });
    expect(answer.data).toEqual({ node: null });
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]).toMatchObject({ path: ['node'], extensions: { code } });
    expect(answer.errors?.[0]?.message).toMatch(/\S/);
  });

  it('nodes keeps the readable ones and says why for each of the others, at its index', async () => {
    const answer = await stack.gql(NodesDocument, { ids: [toGlobalId('ProcessInstance', 'k2', '8'), 'nonsense', toGlobalId('ProcessInstance', 'k2', '999')] });
    expect(answer.data?.nodes).toEqual([{ __typename: 'ProcessInstance', id: 'gid://bpm/ProcessInstance/k2/8' }, null, null]);
    expect(answer.errors?.map((e) => [(e as { path?: unknown }).path, e.extensions?.['code']])).toEqual([[['nodes', 1], 'VALIDATION'], [['nodes', 2], 'NOT_FOUND']]);
  });

  it('refuses more than 100 ids before any call', async () => {
    stack.k2.received.length = 0;
    const answer = await stack.gql(NodesDocument, { ids: Array.from({ length: 101 }, (_, i) => toGlobalId('ProcessInstance', 'k2', String(i))) });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'ids' });
    expect(stack.k2.received).toHaveLength(0);
  });
});
