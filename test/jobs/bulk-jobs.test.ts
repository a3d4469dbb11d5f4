import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CancelJobDocument, JobDocument, JobsDocument, MigrateInstancesDocument, UpdateTasksDocument, type UpdateTaskItemInput } from '../__generated__/graphql.js';
import { startStack, type Stack } from '../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => { stack.k2.reset(); stack.elma.reset(); });

/** Adds tasks like 8_25 (batchable Approve) as 200_1, 200_2, …. */
function addTasks(count: number): string[] {
  const model = stack.k2.state.tasks.get('8_25')!;
  return Array.from({ length: count }, (_, i) => {
    const serialNumber = `200_${i + 1}`;
    stack.k2.state.tasks.set(serialNumber, { ...structuredClone(model), serialNumber });
    return serialNumber;
  });
}
const approve = (serialNumber: string): UpdateTaskItemInput => ({ serialNumber, action: { kind: 'ACTION', name: 'Approve' } });

async function started(answer: { data?: Record<string, unknown> | null }, field: string) {
  const result = answer.data?.[field] as { __typename: string; job?: { jobId: string; id: string; status: string } };
  if (result?.__typename !== 'BulkJobStarted') throw new Error(`expected BulkJobStarted, got ${JSON.stringify(answer)}`);
  return result.job!;
}

/** Reads the job until it has finished (or fails the test after 20 s). */
async function finished(id: string) {
  const until = Date.now() + 20_000;
  for (;;) {
    const job = (await stack.gql(JobDocument, { id })).data?.job;
    if (job && !['QUEUED', 'RUNNING'].includes(job.status)) return job;
    if (Date.now() > until) throw new Error(`job ${id} did not finish: ${JSON.stringify(job)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('bulk jobs', () => {
  it('updateTasks with runAsJob answers BulkJobStarted at once and runs ⌈10/3⌉ = 4 UpdateTasks calls; the job reads back every item', async () => {
    const serials = addTasks(10);
    const job = await started(await stack.gql(UpdateTasksDocument, { input: { backend: 'k2-batch', items: serials.map(approve), runAsJob: true } }), 'updateTasks');
    expect(job).toMatchObject({ status: 'QUEUED', kind: 'UPDATE_TASKS', total: 10, processed: 0, backend: 'k2-batch' });
    expect(job.id).toBe(`gid://bpm/BulkJob/k2-batch/${job.jobId}`);
    const done = await finished(job.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', processed: 10, succeeded: 10, failed: 0, unknown: 0 });
    expect(done.finishedAt).not.toBeNull();
    expect(stack.k2.received.filter((r) => r.path.endsWith('/UpdateTasks'))).toHaveLength(4);
    expect(done.items.edges.map((e) => [e.node.key, e.node.status, e.node.outcome])).toEqual(serials.map((s) => [s, 'SUCCEEDED', 'UpdateTaskSuccess']));
    const page = (await stack.gql(JobDocument, { id: job.jobId, first: 4, after: '3' })).data?.job?.items;
    expect(page?.edges.map((e) => e.node.key)).toEqual(serials.slice(4, 8));
    expect(page?.pageInfo).toEqual({ hasNextPage: true, endCursor: '7' });
  });

  it('a job with refused items ends PARTIAL, and items(status:) lists them with the vendor\'s refusal', async () => {
    const serials = addTasks(2);
    const job = await started(await stack.gql(UpdateTasksDocument, { input: { backend: 'k2-batch', items: [approve('8_26'), ...serials.map(approve)], runAsJob: true } }), 'updateTasks');
    const done = await finished(job.id);
    expect(done).toMatchObject({ status: 'PARTIAL', succeeded: 2, failed: 1 });
    const refused = (await stack.gql(JobDocument, { id: job.id, status: 'FAILED' })).data?.job?.items.edges;
    expect(refused?.map((e) => [e.node.key, e.node.outcome])).toEqual([['8_26', 'VendorRejectedError']]);
    expect(refused?.[0]?.node.message).toMatch(/not batchable/);
  });

  it('migrateInstances with 12,000 ids (more than one call takes) runs as a job of ⌈12000/10000⌉ = 2 ELMA365 calls, every listed instance moved', async () => {
    const ids = stack.elma.addInstances('orders', 'order_approval', 12_000, ['wait'], 1);
    const answer = await stack.gql(MigrateInstancesDocument, { input: { backend: 'elma', namespace: 'orders', processCode: 'order_approval', instanceIds: ids } });
    const job = await started(answer, 'migrateInstances');
    const done = await finished(job.id);
    expect(done).toMatchObject({ kind: 'MIGRATE_INSTANCES', status: 'SUCCEEDED', total: 12_000, succeeded: 12_000 });
    expect(stack.elma.received.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(ids.every((id) => stack.elma.state.instances.get(id)!.version === 3)).toBe(true);
  });

  it('checks every call before queuing: a bad item is a ValidationError naming it, and no job is made', async () => {
    const before = (await stack.gql(JobsDocument, {})).data?.jobs.edges.length;
    const refused = await stack.gql(UpdateTasksDocument, { input: { backend: 'k2-batch', items: [approve('8_25'), { serialNumber: 'x y', action: { kind: 'WAKE' } }], runAsJob: true } });
    expect(refused.data?.updateTasks).toMatchObject({ __typename: 'ValidationError', field: 'items[1].serialNumber' });
    const allActive = await stack.gql(MigrateInstancesDocument, { input: { backend: 'elma', namespace: 'orders', processCode: 'order_approval', allActive: true, runAsJob: true } });
    expect(allActive.data?.migrateInstances).toMatchObject({ __typename: 'ValidationError', field: 'runAsJob' });
    expect((await stack.gql(JobsDocument, {})).data?.jobs.edges.length).toBe(before);
  });

  it('cancelJob stops before the next chunk: items not sent are CANCELED', async () => {
    const serials = addTasks(9);
    stack.k2.slowNext('POST', 400);
    const job = await started(await stack.gql(UpdateTasksDocument, { input: { backend: 'k2-batch', items: serials.map(approve), runAsJob: true } }), 'updateTasks');
    await new Promise((r) => setTimeout(r, 100));
    const canceled = (await stack.gql(CancelJobDocument, { id: job.id })).data?.cancelJob;
    expect(canceled?.jobId).toBe(job.jobId);
    const done = await finished(job.id);
    expect(done.status).toBe('CANCELED');
    expect(done.succeeded).toBe(3);
    expect(done.items.edges.map((e) => e.node.status)).toEqual([...Array(3).fill('SUCCEEDED'), ...Array(6).fill('CANCELED')]);
    expect(stack.k2.received.filter((r) => r.path.endsWith('/UpdateTasks'))).toHaveLength(1);
  });

  it('jobs lists newest first, and node() reads a job by its global id', async () => {
    const a = await started(await stack.gql(UpdateTasksDocument, { input: { backend: 'k2', items: [approve('8_25')], runAsJob: true } }), 'updateTasks');
    const b = await started(await stack.gql(UpdateTasksDocument, { input: { backend: 'k2', items: [approve('2_24')], runAsJob: true } }), 'updateTasks');
    const listed = (await stack.gql(JobsDocument, { first: 2 })).data?.jobs;
    expect(listed?.edges.map((e) => e.node.jobId)).toEqual([b.jobId, a.jobId]);
    const node = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ node(id: "${a.id}") { __typename ... on BulkJob { jobId } } }` }),
    }).then((r) => r.json());
    expect(node).toMatchObject({ data: { node: { __typename: 'BulkJob', jobId: a.jobId } } });
    await finished(a.id);
    await finished(b.id);
  });
});
