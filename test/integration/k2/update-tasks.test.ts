import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpdateTasksDocument, type UpdateTaskItemInput } from '../../__generated__/graphql.js';
import { startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.k2.reset());

const task = (serial: string) => stack.k2.state.tasks.get(serial)!;
/** Adds tasks like 8_25 (batchable Approve, Reject, Rework) as 100_1, 100_2, …: the seed has five. */
function addTasks(count: number): string[] {
  const model = task('8_25');
  return Array.from({ length: count }, (_, i) => {
    const serialNumber = `100_${i + 1}`;
    stack.k2.state.tasks.set(serialNumber, { ...structuredClone(model), serialNumber });
    return serialNumber;
  });
}
const approve = (serialNumber: string): UpdateTaskItemInput => ({ serialNumber, action: { kind: 'ACTION', name: 'Approve' } });
const updateTasks = (items: UpdateTaskItemInput[], backend = 'k2-batch', extra: { dryRun?: boolean } = {}) =>
  stack.gql(UpdateTasksDocument, { input: { backend, items, ...extra } });
const batchCalls = () => stack.k2.received.filter((r) => r.path.endsWith('/Task/Items/UpdateTasks'));
const success = (answer: Awaited<ReturnType<typeof updateTasks>>) => {
  const result = answer.data?.updateTasks;
  if (result?.__typename !== 'UpdateTasksSuccess') throw new Error(`expected UpdateTasksSuccess, got ${JSON.stringify(answer)}`);
  return result;
};

describe('updateTasks on K2: UpdateTasks calls of updateTasksChunkSize items', () => {
  it('sends 7 approvals as ⌈7/3⌉ = 3 UpdateTasks calls of the documented shape, one success per item in order', async () => {
    const serials = addTasks(7);
    const result = success(await updateTasks(serials.map(approve)));
    expect(result).toMatchObject({ backend: 'k2-batch', vendor: 'K2', succeeded: 7, failed: 0, unknown: 0 });
    expect(result.items.map((i) => i.__typename === 'UpdateTaskSuccess' && i.serialNumber)).toEqual(serials);
    expect(stack.k2.received).toHaveLength(3);
    expect(batchCalls()[0]!.body).toBe(
      '<?xml version="1.0" encoding="utf-8"?><t:UpdateTaskCollection xmlns:t="http://schemas.k2.com/task/d1">' +
        '<t:UpdateTask ID="1" Action="a:Approve"><t:Task SerialNumber="100_1"></t:Task></t:UpdateTask>' +
        '<t:UpdateTask ID="2" Action="a:Approve"><t:Task SerialNumber="100_2"></t:Task></t:UpdateTask>' +
        '<t:UpdateTask ID="3" Action="a:Approve"><t:Task SerialNumber="100_3"></t:Task></t:UpdateTask>' +
        '</t:UpdateTaskCollection>',
    );
    expect(batchCalls()[2]!.body).toContain('ID="7"');
    expect(serials.every((s) => task(s).status === 'Completed')).toBe(true);
  });

  it('a refused chunk is read back: applied items succeed, the refused one fails alone, the rest are sent alone once', async () => {
    const serials = addTasks(3);
    // The emulator stops at the first failing item: 100_1 is applied, 8_26's Approve is not batchable, 100_2 and 100_3 are not reached.
    const items = [approve(serials[0]!), approve('8_26'), approve(serials[1]!)];
    const result = success(await updateTasks(items));
    expect(result.items.map((i) => i.__typename)).toEqual(['BackendUnavailableError', 'VendorRejectedError', 'UpdateTaskSuccess']);
    // 100_1 was applied, but once actioned the task is gone: the read cannot tell that from never there.
    expect(result.items[0]).toMatchObject({ retryable: false, message: expect.stringMatching(/^outcome unknown: /) });
    expect(result.items[1]).toMatchObject({ message: expect.stringMatching(/not batchable/) });
    expect(result).toMatchObject({ succeeded: 1, failed: 1, unknown: 1 });
    expect(task(serials[0]!).status).toBe('Completed');
    expect(task('8_26').status).toBe('Available');
    // One batch call, three reads, one single UpdateTask for 100_2: never the batch again.
    expect(stack.k2.received.map((r) => r.path.replace(/^\/K2Services\//, '').replace(/\?.*/, ''))).toEqual([
      'SyncREST.svc/Task/Items/UpdateTasks',
      'REST.svc/Worklist/Items(100_1)', 'REST.svc/Worklist/Items(8_26)', 'REST.svc/Worklist/Items(100_2)',
      'SyncREST.svc/Task/Items/UpdateTask',
    ]);
  });

  it('a chunk in doubt (applied, answered after the timeout) marks its items unknown and is never sent again; later chunks still run', async () => {
    const serials = addTasks(6);
    stack.k2.slowNext('POST', 1000);
    const result = success(await updateTasks(serials.map(approve), 'k2-batch-slow'));
    expect(result).toMatchObject({ succeeded: 3, failed: 0, unknown: 3 });
    expect(result.items.slice(0, 3).every((i) => i.__typename === 'BackendUnavailableError' && i.retryable === false)).toBe(true);
    await new Promise((r) => setTimeout(r, 800));
    expect(batchCalls()).toHaveLength(2);
    expect(serials.every((s) => task(s).status === 'Completed')).toBe(true);
  });

  it('a refusal of the whole call before any item (401) fails each item with it, reading nothing back', async () => {
    const serials = addTasks(2);
    const result = success(await updateTasks(serials.map(approve), 'k2-wrong-password'));
    expect(result.items.map((i) => i.__typename)).toEqual(['AuthenticationError', 'AuthenticationError']);
    expect(stack.k2.received.every((r) => r.path.endsWith('/UpdateTasks'))).toBe(true);
  });

  it('mixes action kinds; redirect and sleep read back as applied after a later item is refused', async () => {
    const items: UpdateTaskItemInput[] = [
      { serialNumber: '8_25', action: { kind: 'REDIRECT', user: 'K2:ACME\\bob' } },
      { serialNumber: '2_24', action: { kind: 'SLEEP', sleepSeconds: 600 } },
      { serialNumber: '9_30', action: { kind: 'ACTION', name: 'Decline' } },
    ];
    const result = success(await updateTasks(items));
    expect(result.items.map((i) => i.__typename)).toEqual(['UpdateTaskSuccess', 'UpdateTaskSuccess', 'VendorRejectedError']);
    expect(result.items[0]).toMatchObject({ vendorAction: 'r:K2:ACME\\bob' });
    expect(task('8_25').allocatedUser).toBe('K2:ACME\\bob');
    expect(task('2_24').status).toBe('Sleeping');
  });

  it('bad input is one ValidationError naming items[i] before anything is sent', async () => {
    const refused = await updateTasks([approve('8_25'), { serialNumber: '8_26', action: { kind: 'ACTION' } }]);
    expect(refused.data?.updateTasks).toMatchObject({ __typename: 'ValidationError', field: 'items[1].action.name' });
    const twice = await updateTasks([approve('8_25'), approve('8_25')]);
    expect(twice.data?.updateTasks).toMatchObject({ __typename: 'ValidationError', field: 'items[1].serialNumber' });
    expect((await updateTasks([])).data?.updateTasks).toMatchObject({ __typename: 'ValidationError', field: 'items' });
    const hostile = await updateTasks([{ serialNumber: '8_25', action: { kind: 'ACTION', name: 'A\u0000' } }]);
    expect(hostile.data?.updateTasks).toMatchObject({ __typename: 'ValidationError', field: 'items[0].action.name' });
    expect(stack.k2.received).toHaveLength(0);
  });

  it('a dry run shows one request per chunk and changes nothing', async () => {
    const serials = addTasks(4);
    const answer = await updateTasks(serials.map(approve), 'k2-batch', { dryRun: true });
    expect(answer.data?.updateTasks).toMatchObject({ __typename: 'VendorRequestPreview', operation: 'UPDATE_TASKS' });
    const preview = answer.data?.updateTasks as { requests: { method: string; url: string; body: string }[] };
    expect(preview.requests.map((r) => r.url.replace(/^.*K2Services\//, ''))).toEqual(['SyncREST.svc/Task/Items/UpdateTasks', 'SyncREST.svc/Task/Items/UpdateTasks']);
    expect(stack.k2.received).toHaveLength(0);
  });

  it('is priced before it runs at one vendor call per chunk: 1,000 items in chunks of 3 (334 calls) exceed the limit, nothing is sent', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => approve(`100_${i + 1}`));
    const refused = await updateTasks(items);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'VENDOR_CALL_LIMIT_EXCEEDED' }, message: expect.stringContaining('334 vendor calls') });
    expect(stack.k2.received).toHaveLength(0);
  });

  it('a backend without a batch call answers UnsupportedOperationError', async () => {
    const answer = await stack.gql(UpdateTasksDocument, { input: { backend: 'ibm', items: [approve('8_25')] } });
    expect(answer.data?.updateTasks).toMatchObject({ __typename: 'UnsupportedOperationError', operation: 'UPDATE_TASKS' });
  });
});
