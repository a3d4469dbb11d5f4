import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/audit/audit-entry.js';
import { openAuditDatabase, type AuditTables } from '../../src/audit/audit-database.js';
import { deleteExpired, queryAuditLog } from '../../src/audit/audit-query.js';
import { toRow } from '../../src/audit/audit-rows.js';
import { AuditWriter } from '../../src/audit/audit-writer.js';
import { DATABASE_KINDS, scratch, type ScratchDatabase } from '../support/audit-databases.js';
import { ROOT } from '../support/spawned-program.js';

const entry = (i: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  id: `${String(i).padStart(8, '0')}-${randomUUID()}`,
  at: 1_780_000_000_000 + i * 1000,
  requestId: `req-${i}`,
  callerId: i % 2 ? 'frontend' : 'ops',
  callerRoles: ['approver'],
  backend: i % 3 ? 'k2' : 'ibm',
  vendor: i % 3 ? 'K2' : 'IBM_BPM',
  operation: 'UPDATE_TASK',
  clientMutationId: null,
  dryRun: i % 5 === 0,
  outcome: i % 4 ? 'UpdateTaskSuccess' : 'NotFoundError',
  vendorStatus: i % 4 ? 200 : 404,
  vendorCode: null,
  durationMs: 12,
  vendorRequest: 'POST /K2Services/SyncREST.svc/Task/Items/UpdateTask',
  input: { serialNumber: '***', action: { kind: '***' }, 'ünïcode <&>': '***' },
  ...extra,
});

describe.each(DATABASE_KINDS)('the audit store on %s', (kind) => {
  const opened: Kysely<AuditTables>[] = [];
  const scratches: ScratchDatabase[] = [];
  const open = async (s: ScratchDatabase) => { const db = await openAuditDatabase(s.location); opened.push(db); return db; };
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.destroy().catch(() => undefined);
    for (const s of scratches.splice(0)) await s.drop();
  });
  const fresh = async () => { const s = await scratch(kind); scratches.push(s); return s; };

  it('writes batches off the caller, reads them back newest first, and pages by keyset to the end', async () => {
    const s = await fresh();
    const db = await open(s);
    const lost: number[] = [];
    const writer = new AuditWriter(db, { maxQueue: 1000, batchSize: 7, flushIntervalMs: 20, onLost: (n) => lost.push(n) });
    for (let i = 1; i <= 25; i++) writer.record(entry(i));
    await writer.close();
    expect(lost).toEqual([]);
    const seen: AuditEntry[] = [];
    let after = null;
    for (;;) {
      const page = await queryAuditLog(db, {}, 10, after);
      seen.push(...page.entries);
      if (!page.hasNextPage) break;
      const last = page.entries.at(-1)!;
      after = { at: last.at, id: last.id };
    }
    expect(seen.map((e) => e.requestId)).toEqual(Array.from({ length: 25 }, (_, i) => `req-${25 - i}`));
    expect(seen.at(-1)).toEqual(entry(1, { id: seen.at(-1)!.id }));
  });

  it('filters by backend, operation, caller, outcome, request id and time, each alone and together', async () => {
    const db = await open(await fresh());
    const writer = new AuditWriter(db, { maxQueue: 1000, batchSize: 100, flushIntervalMs: 1000, onLost: () => {} });
    for (let i = 1; i <= 60; i++) writer.record(entry(i));
    await writer.close();
    const ids = async (filter: Parameters<typeof queryAuditLog>[1]) => (await queryAuditLog(db, filter, 100, null)).entries.map((e) => Number(e.requestId.slice(4)));
    expect(await ids({ backend: 'ibm' })).toEqual([60, 57, 54, 51, 48, 45, 42, 39, 36, 33, 30, 27, 24, 21, 18, 15, 12, 9, 6, 3]);
    expect(await ids({ outcome: 'NotFoundError', callerId: 'ops' })).toEqual([60, 56, 52, 48, 44, 40, 36, 32, 28, 24, 20, 16, 12, 8, 4]);
    expect(await ids({ requestId: 'req-7' })).toEqual([7]);
    expect(await ids({ since: entry(10).at, until: entry(13).at })).toEqual([12, 11, 10]);
    expect(await ids({ operation: 'MIGRATE_INSTANCES' })).toEqual([]);
  });

  it('keeps entries across a restart, and migrations run once however often the gateway starts', async () => {
    const s = await fresh();
    const first = await open(s);
    const writer = new AuditWriter(first, { maxQueue: 10, batchSize: 10, flushIntervalMs: 1000, onLost: () => {} });
    writer.record(entry(1));
    await writer.close();
    await first.destroy();
    opened.splice(opened.indexOf(first), 1);
    const [a, b] = await Promise.all([open(s), open(s)]);
    expect((await queryAuditLog(a!, {}, 10, null)).entries.map((e) => e.requestId)).toEqual(['req-1']);
    expect((await queryAuditLog(b!, {}, 10, null)).entries).toHaveLength(1);
  });

  it('finishes migration 0002 on the next start when a process was killed between its two steps', async () => {
    const s = await fresh();
    const first = await open(s);
    // As a kill between the steps leaves it: the old index gone, the new one not made, 0002 unrecorded.
    await sql`drop index audit_request_id`.execute(first);
    await sql`delete from kysely_migration where name = '0002_audit_request_id_alone'`.execute(first);
    await first.destroy();
    opened.splice(opened.indexOf(first), 1);
    const again = await open(s);
    const indexes = kind === 'SQLite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'audit_entries'`.execute(again)
      : await sql<{ name: string }>`select indexname as name from pg_indexes where tablename = 'audit_entries'`.execute(again);
    const names = indexes.rows.map((r) => r.name);
    expect(names).toContain('audit_request_id');
    expect(names).not.toContain('audit_request_id_at');
  });

  it('lets several processes start on one new database at once: each migrates or finds it migrated, and all write', async () => {
    const s = await fresh();
    // Separate processes, as gateway workers or replicas are: SQLite's locks are per process.
    const script = `
      const { openAuditDatabase } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/src/audit/audit-database.js')).href)});
      const db = await openAuditDatabase(JSON.parse(process.argv[1]));
      await db.insertInto('audit_entries').values(JSON.parse(process.argv[2])).execute();
      await db.destroy();`;
    const row = (i: number) => JSON.stringify(toRow(entry(i)));
    const runs = Array.from({ length: 6 }, (_, i) => new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(s.location), row(i + 1)]);
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      child.on('exit', (code) => resolve({ code, stderr }));
    }));
    expect(await Promise.all(runs)).toEqual(Array.from({ length: 6 }, () => ({ code: 0, stderr: '' })));
    const db = await open(s);
    expect((await queryAuditLog(db, {}, 10, null)).entries).toHaveLength(6);
  });

  it('counts what it cannot write when the database goes away, never throwing at the caller, memory bounded by the queue', async () => {
    const s = await fresh();
    const db = await open(s);
    const lost: string[] = [];
    const writer = new AuditWriter(db, { maxQueue: 5, batchSize: 100, flushIntervalMs: 10_000, onLost: (n, why) => lost.push(`${n}: ${why}`) });
    await db.destroy();
    // SQLite is written by a thread with a connection of its own, opened at the first batch:
    // the file is gone, and a directory stands where it was.
    if ('sqlitePath' in s.location) {
      rmSync(s.location.sqlitePath, { force: true });
      mkdirSync(s.location.sqlitePath);
    }
    for (let i = 1; i <= 8; i++) expect(() => writer.record(entry(i))).not.toThrow();
    await writer.flush();
    await writer.close();
    expect(lost.filter((l) => l.includes('queue is full'))).toHaveLength(3);
    expect(lost.filter((l) => l.startsWith('5: the audit database refused'))).toHaveLength(1);
  });

  it.runIf(kind === 'SQLite')('writes a SQLite file from a thread of its own: the event loop stays mostly idle while 20,000 entries are written', async () => {
    const db = await open(await fresh());
    const writer = new AuditWriter(db, { maxQueue: 30_000, batchSize: 1000, flushIntervalMs: 10_000, onLost: () => {} });
    const entries = Array.from({ length: 20_000 }, (_, i) => entry(i + 1));
    const before = performance.eventLoopUtilization();
    for (const e of entries) writer.record(e);
    await writer.flush();
    // Written in this thread, SQLite's work (the table and its indexes) keeps the loop busy
    // throughout: utilization 1.0 (measured with an in-memory file, which is written here). From
    // the thread, 0.60 to 0.66 on a slow machine (the entries' encoding, the batches' transfer, a
    // cold JIT), where a bound of 0.6 failed: the bound sits between the two.
    const busy = performance.eventLoopUtilization(before).utilization;
    await writer.close();
    expect(busy).toBeLessThan(0.85);
    const counted = await db.selectFrom('audit_entries').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(counted.n)).toBe(20_000);
  });

  it('deletes what is older than the retention', async () => {
    const db = await open(await fresh());
    const writer = new AuditWriter(db, { maxQueue: 10, batchSize: 10, flushIntervalMs: 1000, onLost: () => {} });
    const now = Date.now();
    writer.record(entry(1, { at: now - 40 * 86_400_000 }));
    writer.record(entry(2, { at: now - 10 * 86_400_000 }));
    await writer.close();
    expect(await deleteExpired(db, 30, now)).toBe(1);
    expect((await queryAuditLog(db, {}, 10, null)).entries.map((e) => e.requestId)).toEqual(['req-2']);
  });
});
