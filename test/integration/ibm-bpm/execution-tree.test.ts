import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ExecutionTreeDocument, ProcessInstanceDocument, UpdateAllVariablesDocument } from '../../__generated__/graphql.js';
import { startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.ibm.reset());

describe("an IBM instance's execution tree", () => {
  it('shows the process and its activities with the flowObjectId and processId a context needs', async () => {
    const answer = await stack.gql(ExecutionTreeDocument, { backend: 'ibm', id: '23972' });
    const [root] = (answer.data?.processInstance as { executionTree: { processId: string; children: { flowObjectId: string; kind: string; processId: string }[] }[] }).executionTree;
    expect(root!.processId).toMatch(/^25\./);
    expect(root!.children).toEqual(expect.arrayContaining([
      expect.objectContaining({ flowObjectId: 'bpdid:6a1b2c3d-sub-approval', kind: 'subprocess', processId: '25.0d7e5b1a-approval' }),
      expect.objectContaining({ flowObjectId: 'bpdid:9e8f7a6b-linked-billing', processId: '25.c4d3b2a1-billing' }),
    ]));
  });

  it('lets a client read, build contexts and write in one tool: the context built from the tree is accepted', async () => {
    const read = await stack.gql(ExecutionTreeDocument, { backend: 'ibm', id: '23972' });
    const [root] = (read.data?.processInstance as { executionTree: { children: { flowObjectId: string; processId: string }[] }[] }).executionTree;
    const activity = root!.children.find((c) => c.flowObjectId === 'bpdid:6a1b2c3d-sub-approval')!;
    const before = stack.ibm.received.length;
    const write = await stack.gql(UpdateAllVariablesDocument, { input: {
      backend: 'ibm', instanceId: '23972', variables: { approvalLevel: 2 },
      contexts: [{ activityId: activity.flowObjectId, processId: activity.processId, variables: ['approvalLevel'] }],
    } });
    expect(write.data?.updateAllVariables).toMatchObject({ __typename: 'UpdateAllVariablesSuccess' });
    expect(JSON.parse(stack.ibm.received[before]!.body)).toEqual({
      variables: { approvalLevel: 2 }, contexts: { 'bpdid:6a1b2c3d-sub-approval': { processId: '25.0d7e5b1a-approval', variables: ['approvalLevel'] } },
    });
  });

  it('costs no extra vendor call: it comes with the instance read', async () => {
    await stack.gql(ExecutionTreeDocument, { backend: 'ibm', id: '23972' });
    expect(stack.ibm.received).toHaveLength(1);
  });

  it('is null for vendors without one', async () => {
    const answer = await stack.gql(ExecutionTreeDocument, { backend: 'k2', id: '8' });
    expect(answer.data?.processInstance).toEqual({ __typename: 'ProcessInstance', executionTree: null });
    expect((await stack.gql(ProcessInstanceDocument, { backend: 'k2', id: '8' })).data?.processInstance).toMatchObject({ __typename: 'ProcessInstance' });
  });
});
