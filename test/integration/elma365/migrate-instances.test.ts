import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  JobDocument, MigrateInstancesDocument, SetInstanceStateDocument, UpdateAllVariablesDocument, UpdateProcessInstanceDocument, UpdateTaskDocument,
  type MigrateInstancesInput,
} from '../../__generated__/graphql.js';
import { ELMA_ADMIN_TOKEN, ELMA_USER_TOKEN, startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.elma.reset());

const NS = 'orders';
const CODE = 'order_approval';
const migrate = (input: Partial<MigrateInstancesInput>) =>
  stack.gql(MigrateInstancesDocument, { input: { backend: 'elma', namespace: NS, processCode: CODE, ...input } });
const instancesOf = (ns: string, code: string) => [...stack.elma.state.instances.values()].filter((i) => i.namespace === ns && i.code === code);
const latest = () => Math.max(...stack.elma.state.processes.get(`${NS}/${CODE}`)!.versions);
const snapshot = () => new Map([...stack.elma.state.instances.values()].map((i) => [i.id, { state: i.state, version: i.version }]));

describe('migrateInstances on ELMA365', () => {
  it('reports the listed instances that did not move when the answer names none, by reading them back, and never claims a move', async () => {
    const ids = ['0a0a0001-0000-4000-8000-000000000001', '0a0a0001-0000-4000-8000-000000000005', '0a0a0001-0000-4000-8000-000000000007'];
    // A server whose 200 says nothing of what it moved (the document does not show the body).
    stack.elma.injectFault({ status: 200, headers: { 'content-type': 'application/json' }, body: '{}' });
    const answer = await migrate({ instanceIds: ids });
    expect(answer.data?.migrateInstances).toMatchObject({
      __typename: 'MigrateInstancesSuccess', updatedCount: null, updatedIds: null,
      // The Pending one may or may not have moved: it is in neither list.
      notMovedIds: [ids[1], ids[2]], notMoved: [{ instanceId: ids[1], vendorState: 'exec' }, { instanceId: ids[2], vendorState: 'done' }],
    });
    expect(stack.elma.received.filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it('says nothing of what did not move in allActive mode', async () => {
    expect((await migrate({ allActive: true })).data?.migrateInstances).toMatchObject({ notMovedIds: null, notMoved: null });
  });

  it('moves the listed Pending instances to the latest version with the documented POST, leaving the rest as they were', async () => {
    const before = snapshot();
    const all = instancesOf(NS, CODE);
    const pending = all.filter((i) => i.state === 'wait' && i.version < latest()).slice(0, 2);
    const running = all.find((i) => i.state === 'exec')!;
    const ids = [...pending.map((i) => i.id), running.id];
    const answer = await migrate({ instanceIds: ids });
    expect(answer.data?.migrateInstances).toEqual({
      __typename: 'MigrateInstancesSuccess', backend: 'elma', vendor: 'ELMA365', namespace: NS, processCode: CODE,
      allActive: false, requestedIds: ids, excludedIds: [], updatedCount: 2, updatedIds: pending.map((i) => i.id),
      // ELMA365 moves only Pending instances: the running one is reported, with its state read back.
      notMovedIds: [running.id], notMoved: [{ instanceId: running.id, vendorState: 'exec' }],
    });
    expect(stack.elma.received.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /pub/v1/bpm/instance/bytemplate/${NS}/${CODE}/version`, `GET /pub/v1/bpm/instance/${running.id}/get`,
    ]);
    expect(stack.elma.received[0]).toMatchObject({ method: 'POST', path: `/pub/v1/bpm/instance/bytemplate/${NS}/${CODE}/version`, body: JSON.stringify({ instanceIds: ids }) });
    expect(stack.elma.received[0]!.headers.authorization).toBe(`Bearer ${ELMA_ADMIN_TOKEN}`);
    for (const [id, was] of before) {
      const now = stack.elma.state.instances.get(id)!;
      if (pending.some((p) => p.id === id)) expect(now).toMatchObject({ state: 'wait', version: latest() });
      else expect({ state: now.state, version: now.version }).toEqual(was);
    }
  });

  it('moves every active Pending instance but the excluded ones', async () => {
    const before = snapshot();
    const movable = instancesOf(NS, CODE).filter((i) => i.state === 'wait' && i.version < latest());
    const excluded = movable.slice(0, 2).map((i) => i.id);
    const answer = await migrate({ allActive: true, excludeIds: excluded });
    expect(answer.data?.migrateInstances).toMatchObject({ allActive: true, requestedIds: null, excludedIds: excluded, updatedCount: movable.length - 2 });
    expect(JSON.parse(stack.elma.received[0]!.body)).toEqual({ updateAllActive: true, unselectedIds: excluded });
    for (const [id, was] of before) {
      const now = stack.elma.state.instances.get(id)!;
      const moves = movable.some((m) => m.id === id) && !excluded.includes(id);
      expect({ state: now.state, version: now.version }).toEqual(moves ? { state: 'wait', version: latest() } : was);
    }
  });

  it('sends 10,000 ids in one request', async () => {
    const ids = stack.elma.addInstances(NS, CODE, 10_000, ['wait', 'exec'], 1);
    const answer = await migrate({ instanceIds: ids });
    expect(answer.data?.migrateInstances).toMatchObject({ __typename: 'MigrateInstancesSuccess', updatedCount: 5_000 });
    expect(stack.elma.received).toHaveLength(1);
  });

  it('runs 10,001 ids (more than one call takes) as a bulk job, with nothing sent before it answers', async () => {
    const ids = Array.from({ length: 10_001 }, (_, i) => `00000000-0000-4000-8000-${i.toString().padStart(12, '0')}`);
    const answer = await migrate({ instanceIds: ids });
    expect(answer.data?.migrateInstances).toMatchObject({ __typename: 'BulkJobStarted', job: { kind: 'MIGRATE_INSTANCES', total: 10_001, backend: 'elma' } });
    // The job runs on (two calls; these ids name no instance) and is done before the next test.
    const job = (answer.data?.migrateInstances as { job: { jobId: string } }).job;
    await expect.poll(async () => (await stack.gql(JobDocument, { id: job.jobId })).data?.job?.status, { timeout: 10_000 }).toMatch(/^(SUCCEEDED|PARTIAL|FAILED)$/);
    expect(stack.elma.received.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it.each<[string, Partial<MigrateInstancesInput>, string]>([
    ['both modes', { instanceIds: ['131141f6-0d89-4316-a8f1-bc816f0672ef'], allActive: true }, 'allActive'],
    ['neither mode', {}, 'instanceIds'],
    ['excludeIds without allActive', { instanceIds: ['131141f6-0d89-4316-a8f1-bc816f0672ef'], excludeIds: ['131141f6-0d89-4316-a8f1-bc816f0672ee'] }, 'excludeIds'],
    ['an id that is not a UUID', { instanceIds: ['42'] }, 'instanceIds[0]'],
    ['an excluded id that is not a UUID', { allActive: true, excludeIds: ['x'] }, 'excludeIds[0]'],
    ['a namespace with a slash', { namespace: 'orders/../admin', allActive: true }, 'namespace'],
    ['an encoded slash in the process code', { processCode: 'a%2F..', allActive: true }, 'processCode'],
    ['an empty process code', { processCode: '', allActive: true }, 'processCode'],
  ])('refuses %s with a ValidationError naming the field, and sends nothing', async (_title, input, field) => {
    expect((await migrate(input)).data?.migrateInstances).toMatchObject({ __typename: 'ValidationError', field });
    expect(stack.elma.received).toHaveLength(0);
  });
});

describe('ELMA365 errors as data', () => {
  it('answers an unknown process with NotFoundError', async () => {
    expect((await migrate({ processCode: 'no_such_process', allActive: true })).data?.migrateInstances).toMatchObject({ __typename: 'NotFoundError', vendorStatus: 404 });
  });

  it('answers an ordinary user\'s token with PermissionDeniedError carrying ELMA\'s message, and moves nothing', async () => {
    const before = snapshot();
    expect((await migrate({ backend: 'elma-user', allActive: true })).data?.migrateInstances).toMatchObject({
      __typename: 'PermissionDeniedError', vendorStatus: 403, message: 'Only a system administrator can perform bulk update of process instances',
    });
    expect(snapshot()).toEqual(before);
  });

  it('answers a bad token with AuthenticationError', async () => {
    expect((await migrate({ backend: 'elma-bad-token', allActive: true })).data?.migrateInstances).toMatchObject({ __typename: 'AuthenticationError', vendorStatus: 401 });
  });

  it('answers a 400 with VendorRejectedError', async () => {
    stack.elma.injectFault({ status: 400, headers: { 'content-type': 'application/json' }, body: '{"success":false,"error":"Invalid request parameters"}' });
    expect((await migrate({ allActive: true })).data?.migrateInstances).toEqual({
      __typename: 'VendorRejectedError', errorBackend: 'elma', vendorStatus: 400, vendorCode: null, message: 'Invalid request parameters',
    });
  });

  it('answers a 500 with BackendError and a 503 with a retryable BackendUnavailableError', async () => {
    stack.elma.injectFault({ status: 500, headers: { 'content-type': 'application/json' }, body: '{"success":false,"error":"internal error"}' });
    expect((await migrate({ allActive: true })).data?.migrateInstances).toMatchObject({ __typename: 'BackendError', vendorStatus: 500, message: 'internal error' });
    stack.elma.injectFault({ status: 503, body: '' }, 3);
    expect((await migrate({ allActive: true })).data?.migrateInstances).toMatchObject({ __typename: 'BackendUnavailableError', vendorStatus: 503, retryable: true });
    expect(stack.elma.received).toHaveLength(4); // the 500 once (not retried), the 503 three times
  });

  it('answers a backend that does not answer in time with BackendUnavailableError', async () => {
    stack.elma.injectFault({ delayMs: 2000 }, 3);
    expect((await migrate({ backend: 'elma-slow', allActive: true })).data?.migrateInstances).toMatchObject({ __typename: 'BackendUnavailableError', retryable: true });
  });

  it('never shows a token, whatever fails', async () => {
    stack.elma.injectFault({ status: 500, headers: { 'content-type': 'application/json' }, body: '{"success":false,"error":"boom"}' });
    const answers = [
      await migrate({ allActive: true }),
      await migrate({ backend: 'elma-user', allActive: true }),
      await migrate({ backend: 'elma-bad-token', allActive: true }),
    ];
    const seen = JSON.stringify(answers) + stack.logged.join('\n');
    for (const token of [ELMA_ADMIN_TOKEN, ELMA_USER_TOKEN, 'not-a-token']) expect(seen).not.toContain(token);
  });

  it('answers the other mutations with UnsupportedOperationError, sending nothing', async () => {
    const answers = [
      (await stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'elma', instanceId: 'x', folio: 'x' } })).data?.updateProcessInstance,
      (await stack.gql(UpdateTaskDocument, { input: { backend: 'elma', serialNumber: '1_1', action: { kind: 'WAKE' } } })).data?.updateTask,
      (await stack.gql(SetInstanceStateDocument, { input: { backend: 'elma', instanceId: 'x', state: 'ACTIVE' } })).data?.setInstanceState,
      (await stack.gql(UpdateAllVariablesDocument, { input: { backend: 'elma', instanceId: '1', variables: { a: 1 } } })).data?.updateAllVariables,
    ];
    expect(answers.map((a) => a?.__typename)).toEqual(Array(4).fill('UnsupportedOperationError'));
    expect(stack.elma.received).toHaveLength(0);
  });
});
