import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../src/core/page-cursor.js';
import { TasksDocument, type TasksQuery, type TasksQueryVariables } from '../../__generated__/graphql.js';
import { startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => { stack.k2.reset(); stack.k2.received.length = 0; });

type Connection = Extract<TasksQuery['tasks'], { __typename: 'TaskConnection' }>;
const list = async (variables: Partial<TasksQueryVariables> = {}): Promise<Connection> => {
  const answer = await stack.gql(TasksDocument, { backend: 'k2', ...variables });
  if (answer.data?.tasks.__typename !== 'TaskConnection') throw new Error(JSON.stringify(answer));
  return answer.data.tasks;
};
const serials = (c: Connection) => c.edges.map((e) => e.node.serialNumber);

describe('tasks (K2 Task/Items/Filtered) as a connection', () => {
  it('pages through the whole worklist to the end, each page one vendor call, with the total', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    for (;;) {
      const page: Connection = await list({ first: 2, after });
      pages++;
      expect(page.totalCount).toBe(5);
      seen.push(...serials(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['2_24', '8_25', '8_26', '9_30', '9_31']);
    expect(pages).toBe(3);
    expect(stack.k2.received.map((r) => `${r.method} ${r.path}`)).toEqual(Array(3).fill('POST /K2Services/SyncREST.svc/Task/Items/Filtered'));
  });

  it('sends the filters and the sort as the documented Criteria, and answers the tasks with global ids', async () => {
    const page = await list({ filter: { folioContains: 'Demo' }, sort: { field: 'START_DATE', direction: 'DESC' } });
    expect(stack.k2.received[0]?.body).toBe('<Criteria xmlns="http://schemas.k2.com/worklist/d1"><Filter Field="ProcessFolio" Comparison="Like" ValueType="String">Demo</Filter><Sort Field="ProcessStartDate" Order="Descending"></Sort></Criteria>');
    expect(page.edges.map((e) => e.node)).toEqual([{
      id: 'gid://bpm/Task/k2/2_24', serialNumber: '2_24', backend: 'k2', status: 'Available', priority: 1, folio: 'Classic Rework Demo2',
      processInstanceId: '2', actions: expect.arrayContaining([{ name: 'Approve', batchable: true }]),
    }]);
  });

  it('combines criteria, and an empty result is an empty page', async () => {
    expect(serials(await list({ filter: { processFullName: 'K2 Examples\\Order Process', status: 'Available' } }))).toEqual(['8_25', '8_26']);
    const none = await list({ filter: { status: 'Nope' } });
    expect(none).toEqual({ __typename: 'TaskConnection', totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('sends hostile filter text escaped, and refuses what XML cannot carry before any call', async () => {
    const page = await list({ filter: { folioContains: '<Demo & "co">' } });
    expect(page.edges).toEqual([]);
    expect(stack.k2.received[0]?.body).toContain('>&lt;Demo &amp; "co"&gt;</Filter>');
    stack.k2.received.length = 0;
    const refused = await stack.gql(TasksDocument, { backend: 'k2', filter: { folioContains: 'a\u0001b' } });
    expect(refused.data?.tasks).toMatchObject({ __typename: 'ValidationError', field: 'filter.folioContains' });
    expect(stack.k2.received).toHaveLength(0);
  });

  it.each([
    ['first: 0', { first: 0 }, 'first'],
    ['first: 101', { first: 101 }, 'first'],
    ['a forged cursor', { after: 'bm90LWEtY3Vyc29y' }, 'after'],
    ["another list's cursor", { after: encodeCursor('processInstances', 2) }, 'after'],
  ])('refuses %s as a ValidationError naming the argument, before any call', async (_, variables, field) => {
    const answer = await stack.gql(TasksDocument, { backend: 'k2', ...variables });
    expect(answer.data?.tasks).toMatchObject({ __typename: 'ValidationError', field });
    expect(stack.k2.received).toHaveLength(0);
  });

  it('reads what the collection lacks (allocated user, activity fields) only when selected, one read per task', async () => {
    const answer = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tasks(backend: "k2", filter: { processFullName: "K2 Examples\\\\Order Process" }) { ... on TaskConnection { edges { node { serialNumber allocatedUser activityVariables { name } } } } } }' }),
    });
    const body = (await answer.json()) as { data: { tasks: { edges: { node: unknown }[] } } };
    expect(body.data.tasks.edges.map((e) => e.node)).toEqual([
      { serialNumber: '8_25', allocatedUser: 'K2:ACME\\alice', activityVariables: [{ name: 'Comment' }] },
      expect.objectContaining({ serialNumber: '8_26' }),
    ]);
    expect(stack.k2.received.map((r) => r.path.replace(/\?.*/, ''))).toEqual([
      '/K2Services/SyncREST.svc/Task/Items/Filtered', '/K2Services/REST.svc/Worklist/Items(8_25)', '/K2Services/REST.svc/Worklist/Items(8_26)',
    ]);
  });

  it('keeps the page when a listed task cannot be read for what the list lacked: the error stays at that field', async () => {
    // The task is completed by someone else between the list and its own read.
    stack.k2.onceBefore('GET', () => { stack.k2.state.tasks.get('8_25')!.status = 'Completed'; });
    const res = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tasks(backend: "k2", filter: { processFullName: "K2 Examples\\\\Order Process" }) { ... on TaskConnection { edges { node { serialNumber allocatedUser activityVariables { name } } } } } backends { id } }' }),
    });
    const body = (await res.json()) as { data: { tasks: { edges: { node: unknown }[] }; backends: unknown[] }; errors: { path: unknown[]; extensions: { code: string } }[] };
    expect(body.data.backends.length).toBeGreaterThan(0);
    expect(body.data.tasks.edges.map((e) => e.node)).toEqual([
      { serialNumber: '8_25', allocatedUser: null, activityVariables: null },
      { serialNumber: '8_26', allocatedUser: expect.any(String), activityVariables: expect.any(Array) },
    ]);
    expect(body.errors.map((e) => [e.path.join('.'), e.extensions.code]).sort()).toEqual([
      ['tasks.edges.0.node.activityVariables', 'NOT_FOUND'], ['tasks.edges.0.node.allocatedUser', 'NOT_FOUND'],
    ]);
  });

  it('answers UnsupportedOperationError on a vendor without a worklist list', async () => {
    const answer = await stack.gql(TasksDocument, { backend: 'ibm' });
    expect(answer.data?.tasks).toMatchObject({ __typename: 'UnsupportedOperationError', operation: 'LIST_TASKS', vendor: 'IBM_BPM' });
  });
});
