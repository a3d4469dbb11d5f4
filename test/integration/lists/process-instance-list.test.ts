import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../src/core/page-cursor.js';
import { ProcessInstancesDocument, type ProcessInstancesQuery, type ProcessInstancesQueryVariables } from '../../__generated__/graphql.js';
import { startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => { stack.elma.reset(); stack.elma.received.length = 0; });

type Connection = Extract<ProcessInstancesQuery['processInstances'], { __typename: 'ProcessInstanceConnection' }>;
const ORDERS = { backend: 'elma', namespace: 'orders', processCode: 'order_approval' };
const list = async (variables: Partial<ProcessInstancesQueryVariables> = {}): Promise<Connection> => {
  const answer = await stack.gql(ProcessInstancesDocument, { ...ORDERS, ...variables });
  if (answer.data?.processInstances.__typename !== 'ProcessInstanceConnection') throw new Error(JSON.stringify(answer));
  return answer.data.processInstances;
};

describe('processInstances (ELMA365 bytemplate list) as a connection', () => {
  it('pages to the end, newest first, with the total the vendor gives, asking one item more than the page', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const page: Connection = await list({ first: 4, after });
      expect(page.totalCount).toBe(10);
      seen.push(...page.edges.map((e) => e.node.instanceId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    const bodies = stack.elma.received.map((r) => JSON.parse(r.body));
    expect(bodies).toEqual([0, 4, 8].map((from) => ({ from, size: 5, sortExpressions: [{ field: '__createdAt', ascending: false }] })));
    expect(stack.elma.received[0]?.path).toBe('/pub/v1/bpm/instance/bytemplate/orders/order_approval/list');
  });

  it('answers instances with global ids, the same a read of each answers', async () => {
    const page = await list({ first: 1 });
    const node = page.edges[0]!.node;
    expect(node.id).toBe(`gid://bpm/ProcessInstance/elma/${node.instanceId}`);
    expect(node).toMatchObject({ backend: 'elma', version: expect.any(Number) });
  });

  it('keeps unfinished instances with activeOnly', async () => {
    const page = await list({ activeOnly: true, first: 100 });
    expect(new Set(page.edges.map((e) => e.node.vendorState))).toEqual(new Set(['exec', 'wait']));
    expect(JSON.parse(stack.elma.received[0]!.body)).toMatchObject({ active: true });
  });

  it('answers an empty page for a page past the end', async () => {
    const page = await list({ after: encodeCursor('processInstances', 10) });
    expect(page).toEqual({ __typename: 'ProcessInstanceConnection', totalCount: 10, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('answers a process ELMA365 does not know as NotFoundError, and a code that could leave the path as a ValidationError before any call', async () => {
    expect((await stack.gql(ProcessInstancesDocument, { ...ORDERS, processCode: 'nope' })).data?.processInstances).toMatchObject({ __typename: 'NotFoundError', vendorStatus: 404 });
    stack.elma.received.length = 0;
    expect((await stack.gql(ProcessInstancesDocument, { ...ORDERS, namespace: '../orders' })).data?.processInstances).toMatchObject({ __typename: 'ValidationError', field: 'namespace' });
    expect(stack.elma.received).toHaveLength(0);
  });

  it('answers UnsupportedOperationError on a vendor without an instance list', async () => {
    const answer = await stack.gql(ProcessInstancesDocument, { ...ORDERS, backend: 'k2' });
    expect(answer.data?.processInstances).toMatchObject({ __typename: 'UnsupportedOperationError', operation: 'LIST_PROCESS_INSTANCES', vendor: 'K2' });
  });
});
