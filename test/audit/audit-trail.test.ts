import { createHash } from 'node:crypto';
import { startK2Emulator, type K2Emulator } from '@bpm-gateway/sandbox';
import { print } from 'graphql';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditSchemaTooNew, openAuditDatabase, type AuditTables } from '../../src/audit/audit-database.js';
import { queryAuditLog } from '../../src/audit/audit-query.js';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { UpdateProcessInstanceDocument, UpdateTaskDocument, UpdateTasksDocument } from '../__generated__/graphql.js';
import { DATABASE_KINDS, POSTGRES_URL, scratch, scratchSqlite, type ScratchDatabase } from '../support/audit-databases.js';
import { K2_SERVICE } from '../support/gateway-harness.js';
import { memoryLogger } from '../support/memory-logger.js';

let k2: K2Emulator | undefined;
let gateway: RunningGateway | undefined;
let db: ScratchDatabase | undefined;
afterEach(async () => {
  await gateway?.close();
  await k2?.close();
  await db?.drop();
  gateway = k2 = db = undefined;
});

async function start(kind: 'SQLite' | 'PostgreSQL', audit: Record<string, unknown> = {}, before: (location: ScratchDatabase['location']) => Promise<void> = async () => {}) {
  db = await scratch(kind);
  await before(db.location);
  k2 = await startK2Emulator({ users: [K2_SERVICE] });
  const log = memoryLogger();
  gateway = await startGateway(parseConfig({
    server: { port: 0 },
    audit: { ...db.location, ...audit },
    backends: [{ id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', username: K2_SERVICE.username, password: K2_SERVICE.password } }],
  }, 'test', {}), { logger: log.logger });
  return log;
}

const gql = async (document: Parameters<typeof print>[0], variables: unknown) => {
  const res = await fetch(`${gateway!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: print(document), variables }) });
  return { requestId: res.headers.get('x-request-id'), body: (await res.json()) as { data: Record<string, { __typename: string }> } };
};

describe.each(DATABASE_KINDS)('the audit trail on %s', (kind) => {
  it('records every mutation and dry run with its caller, outcome, vendor status and request line, values redacted; a restart keeps them', async () => {
    await start(kind);
    const approved = await gql(UpdateTaskDocument, { input: { backend: 'k2', serialNumber: '8_25', action: { kind: 'ACTION', name: 'Approve' }, clientMutationId: 'approve-8-25' } });
    expect(approved.body.data['updateTask']?.__typename).toBe('UpdateTaskSuccess');
    const missing = await gql(UpdateTaskDocument, { input: { backend: 'k2', serialNumber: '77_1', action: { kind: 'ACTION', name: 'Approve' } } });
    expect(missing.body.data['updateTask']?.__typename).toBe('NotFoundError');
    await gql(UpdateProcessInstanceDocument, { input: { backend: 'k2', instanceId: '8', folio: 'secret folio <&>', dryRun: true } });
    const location = db!.location;
    await gateway!.close();
    gateway = undefined;

    const reopened = await openAuditDatabase(location);
    try {
      const { entries } = await queryAuditLog(reopened, {}, 10, null);
      expect(entries.map((e) => e.outcome)).toEqual(['VendorRequestPreview', 'NotFoundError', 'UpdateTaskSuccess']);
      const [preview, notFound, success] = entries;
      expect(success).toMatchObject({
        requestId: approved.requestId, backend: 'k2', vendor: 'K2', operation: 'UPDATE_TASK', clientMutationId: 'approve-8-25', dryRun: false,
        vendorStatus: 200, vendorCode: null, vendorRequest: 'POST /K2Services/SyncREST.svc/Task/Items/UpdateTask', callerId: null,
        input: { serialNumber: '***', action: { kind: '***', name: '***' } },
      });
      expect(notFound).toMatchObject({ vendorStatus: 404, vendorRequest: 'POST /K2Services/SyncREST.svc/Task/Items/UpdateTask' });
      expect(preview).toMatchObject({ dryRun: true, operation: 'UPDATE_PROCESS_INSTANCE', vendorStatus: null, vendorRequest: 'POST /K2Services/REST.svc/Process/Instances/UpdateProcessInstance', input: { instanceId: '***', folio: '***' } });
      expect(JSON.stringify(entries)).not.toContain('secret folio');
      expect(JSON.stringify(entries)).not.toContain(K2_SERVICE.password);
      expect(success!.durationMs).toBeGreaterThanOrEqual(0);
    } finally {
      await reopened.destroy();
    }
  });

  it('records each item of an updateTasks batch besides the batch, with the call that decided it', async () => {
    await start(kind);
    const answer = await gql(UpdateTasksDocument, { input: { backend: 'k2', clientMutationId: 'reorg-1', items: [
      { serialNumber: '8_26', action: { kind: 'ACTION', name: 'Approve' } },
      { serialNumber: '8_25', action: { kind: 'ACTION', name: 'Approve' } },
    ] } });
    expect(answer.body.data['updateTasks']?.__typename).toBe('UpdateTasksSuccess');
    await gateway!.close();
    gateway = undefined;
    const reopened = await openAuditDatabase(db!.location);
    try {
      const { entries } = await queryAuditLog(reopened, { requestId: answer.requestId! }, 10, null);
      const byOperation = entries.map((e) => [e.operation, e.outcome, e.vendorRequest, e.clientMutationId]).sort();
      expect(byOperation).toEqual([
        // 8_26's Approve is not batchable: K2 refuses the call there, the read-back says why, and
        // 8_25, shown not applied, is sent alone; the batch's entry names its last call.
        ['UPDATE_TASK', 'UpdateTaskSuccess', 'POST /K2Services/SyncREST.svc/Task/Items/UpdateTask', 'reorg-1'],
        ['UPDATE_TASK', 'VendorRejectedError', 'POST /K2Services/SyncREST.svc/Task/Items/UpdateTasks', 'reorg-1'],
        ['UPDATE_TASKS', 'UpdateTasksSuccess', 'POST /K2Services/SyncREST.svc/Task/Items/UpdateTask', 'reorg-1'],
      ].sort());
      expect(entries.find((e) => e.outcome === 'UpdateTaskSuccess')?.input).toEqual({ serialNumber: '***', action: { kind: '***', name: '***' } });
    } finally {
      await reopened.destroy();
    }
  });

  it('keeps values with audit.recordValues', async () => {
    await start(kind, { recordValues: true });
    await gql(UpdateProcessInstanceDocument, { input: { backend: 'k2', instanceId: '8', folio: 'Folio <&> ✓' } });
    await gateway!.close();
    const reopened = await openAuditDatabase(db!.location);
    gateway = undefined;
    try {
      expect((await queryAuditLog(reopened, {}, 1, null)).entries[0]?.input).toEqual({ instanceId: '8', folio: 'Folio <&> ✓' });
    } finally {
      await reopened.destroy();
    }
  });
});

describe.skipIf(!POSTGRES_URL)('an audit database that goes away mid-run', () => {
  it('never fails a mutation: the entries are counted as lost in /metrics and logged', async () => {
    const log = await start('PostgreSQL');
    const act = (sn: string) => gql(UpdateTaskDocument, { input: { backend: 'k2', serialNumber: sn, action: { kind: 'SLEEP', sleepSeconds: 60 } } });
    expect((await act('8_25')).body.data['updateTask']?.__typename).toBe('UpdateTaskSuccess');
    const name = new URL((db!.location as { postgresUrl: string }).postgresUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
    for (const sn of ['8_26', '9_30', '2_24']) {
      const started = performance.now();
      expect((await act(sn)).body.data['updateTask']?.__typename).toBe('UpdateTaskSuccess');
      expect(performance.now() - started).toBeLessThan(1000);
    }
    await expect.poll(async () => {
      const metrics = await (await fetch(`${gateway!.url}/metrics`)).text();
      return Number(/bpm_gateway_audit_entries_lost_total (\d+)/.exec(metrics)?.[1] ?? 0);
    }, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    expect(log.lines.some((l) => l.includes('audit entries lost'))).toBe(true);
  });
});

/** A connection to the database itself, past the gateway's own opening (and its checks). */
const dialectOf = (location: ScratchDatabase['location']) =>
  'sqlitePath' in location ? new SqliteDialect({ database: new Database(location.sqlitePath) }) : new PostgresDialect({ pool: new pg.Pool({ connectionString: location.postgresUrl, max: 1 }) });

describe.each(DATABASE_KINDS)('an audit database on %s that a newer version has migrated', (kind) => {
  it('is left as it is, the log says which migrations this version does not know, and mutations go on, counted as lost', async () => {
    const newer = '0099_from_a_newer_version';
    const log = await start(kind, {}, async (location) => {
      const seeded = await openAuditDatabase(location);
      await sql`insert into kysely_migration (name, timestamp) values (${newer}, ${new Date().toISOString()})`.execute(seeded);
      await seeded.destroy();
    });
    const answer = await gql(UpdateTaskDocument, { input: { backend: 'k2', serialNumber: '8_25', action: { kind: 'SLEEP', sleepSeconds: 60 } } });
    expect(answer.body.data['updateTask']?.__typename).toBe('UpdateTaskSuccess');
    const refusal = log.lines.map((l) => JSON.parse(l) as { msg: string; err?: string; reason?: string }).find((l) => l.msg.startsWith('the audit database cannot be opened'));
    expect(refusal).toMatchObject({ err: 'AuditSchemaTooNew' });
    expect(refusal?.reason).toContain(`${newer} unknown to this version`);
    const metrics = await (await fetch(`${gateway!.url}/metrics`)).text();
    expect(Number(/bpm_gateway_audit_entries_lost_total (\d+)/.exec(metrics)?.[1])).toBe(1);
    await gateway!.close();
    gateway = undefined;
    // Nothing was changed or written: the newer version finds its database as it left it.
    const reopened = await openAuditDatabase(db!.location).catch((error: Error) => error);
    expect(reopened).toBeInstanceOf(AuditSchemaTooNew);
    expect((reopened as AuditSchemaTooNew).unknown).toEqual([newer]);
    const raw = new Kysely<AuditTables>({ dialect: dialectOf(db!.location) });
    try {
      expect((await sql<{ n: number | string }>`select count(*) as n from audit_entries`.execute(raw)).rows[0]?.n).toEqual(kind === 'SQLite' ? 0 : '0');
      expect((await sql<{ name: string }>`select name from kysely_migration order by name`.execute(raw)).rows.map((r) => r.name)).toEqual(['0001_audit_entries', '0002_audit_request_id_alone', newer]);
    } finally {
      await raw.destroy();
    }
  });
});

const AUDIT_LOG = `query($filter: AuditLogFilterInput, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id at requestId caller operation outcome dryRun vendorStatus vendorRequest input } }
  }
}`;
interface AuditLogAnswer { data: { auditLog: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; outcome: string; requestId: string } }[] } } | null; errors?: { extensions: { code: string } }[] }
const ask = async (query: string, variables: unknown = {}, headers: Record<string, string> = {}) =>
  (await (await fetch(`${gateway!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) })).json()) as AuditLogAnswer;

describe.each(DATABASE_KINDS)('auditLog on %s', (kind) => {
  it('answers the entries newest first as a connection, pages to the end, filters, and node() reads an entry again', async () => {
    await start(kind);
    await gql(UpdateTaskDocument, { input: { backend: 'k2', serialNumber: '8_25', action: { kind: 'ACTION', name: 'Approve' } } });
    await gql(UpdateTaskDocument, { input: { backend: 'k2', serialNumber: '77_1', action: { kind: 'ACTION', name: 'Approve' } } });
    await gql(UpdateTaskDocument, { input: { backend: 'k2', serialNumber: '8_26', action: { kind: 'SLEEP', sleepSeconds: 60 }, dryRun: true } });
    await expect.poll(async () => (await ask(AUDIT_LOG)).data?.auditLog.edges.length, { timeout: 5000 }).toBe(3);
    const first = await ask(AUDIT_LOG, { first: 2 });
    expect(first.data!.auditLog.edges.map((e) => e.node.outcome)).toEqual(['VendorRequestPreview', 'NotFoundError']);
    expect(first.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    const second = await ask(AUDIT_LOG, { first: 2, after: first.data!.auditLog.pageInfo.endCursor });
    expect(second.data!.auditLog.edges.map((e) => e.node.outcome)).toEqual(['UpdateTaskSuccess']);
    expect(second.data!.auditLog.pageInfo.hasNextPage).toBe(false);
    expect((await ask(AUDIT_LOG, { filter: { outcome: 'NotFoundError' } })).data!.auditLog.edges).toHaveLength(1);
    expect((await ask(AUDIT_LOG, { filter: { since: new Date(Date.now() + 60_000).toISOString() } })).data!.auditLog.edges).toHaveLength(0);
    const id = second.data!.auditLog.edges[0]!.node.id;
    const again = (await ask('query($id: ID!) { node(id: $id) { id ... on AuditEntry { outcome } } }', { id })) as unknown as { data: { node: unknown } };
    expect(again.data.node).toEqual({ id, outcome: 'UpdateTaskSuccess' });
    expect((await ask(AUDIT_LOG, { after: 'bm9wZQ' })).errors?.[0]?.extensions.code).toBe('VALIDATION');
  });
});

describe('who may read the audit log', () => {
  it('with server.auth on, only callers with an auditor role; everyone else gets PERMISSION_DENIED', async () => {
    db = scratchSqlite();
    k2 = await startK2Emulator({ users: [K2_SERVICE] });
    const sha = (key: string) => createHash('sha256').update(key).digest('hex');
    gateway = await startGateway(parseConfig({
      server: { port: 0, auth: { type: 'apiKeys', keys: [{ id: 'app', sha256: sha('app-key-0123456789abcdef'), roles: ['approver'] }, { id: 'compliance', sha256: sha('audit-key-0123456789abcdef'), roles: ['auditor'] }] } },
      audit: db.location,
      backends: [{ id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', username: K2_SERVICE.username, password: K2_SERVICE.password } }],
    }, 'test', {}), { logger: memoryLogger().logger });
    const denied = await ask(AUDIT_LOG, {}, { 'x-api-key': 'app-key-0123456789abcdef' });
    expect(denied.errors?.[0]?.extensions.code).toBe('PERMISSION_DENIED');
    expect(denied.data).toBeNull();
    const allowed = await ask(AUDIT_LOG, {}, { 'x-api-key': 'audit-key-0123456789abcdef' });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.auditLog.edges).toEqual([]);
  });
});
