import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openAuditDatabase, type AuditLocation } from '../src/audit/audit-database.js';
import type { AuditEntry } from '../src/audit/audit-entry.js';
import { queryAuditLog } from '../src/audit/audit-query.js';
import { AuditWriter } from '../src/audit/audit-writer.js';

/**
 * `npm run bench:audit [-- --entries 100000]`: fills a fresh audit database (SQLite, and the
 * PostgreSQL at POSTGRES_URL when set, in a database it creates) through the batch writer, then
 * times filtered `auditLog` queries (a page of 20, newest first): the median and the slowest of
 * 30 each, beside the goal of 50 ms. Not a test: a figure to read.
 */
const { values } = parseArgs({ options: { entries: { type: 'string', default: '100000' }, seconds: { type: 'string' }, concurrency: { type: 'string' } } });
const count = Number(values.entries);
const BACKENDS = ['k2', 'k2-us', 'csa', 'ibm', 'elma'];
const OUTCOMES = ['UpdateTaskSuccess', 'NotFoundError', 'VendorRequestPreview', 'BackendUnavailableError'];
const START = Date.now() - 30 * 86_400_000;

const entry = (i: number): AuditEntry => ({
  id: `${(START + i).toString(36).padStart(9, '0')}-${String(i).padStart(8, '0')}`,
  at: START + i * 20,
  requestId: `req-${i}`,
  callerId: `caller-${i % 50}`,
  callerRoles: ['approver'],
  backend: BACKENDS[i % BACKENDS.length]!,
  vendor: 'K2',
  operation: i % 3 ? 'UPDATE_TASK' : 'UPDATE_PROCESS_INSTANCE',
  clientMutationId: null,
  dryRun: i % 10 === 0,
  outcome: OUTCOMES[i % OUTCOMES.length]!,
  vendorStatus: 200,
  vendorCode: null,
  durationMs: 12,
  vendorRequest: 'POST /K2Services/SyncREST.svc/Task/Items/UpdateTask',
  input: { serialNumber: '***', action: { kind: '***' } },
});

const FILTERS: [string, Parameters<typeof queryAuditLog>[1]][] = [
  ['no filter', {}],
  ['backend', { backend: 'csa' }],
  ['caller + outcome', { callerId: 'caller-7', outcome: 'NotFoundError' }],
  ['request id', { requestId: `req-${Math.floor(count / 2)}` }],
  ['a day, one backend', { backend: 'ibm', since: START + count * 10, until: START + count * 10 + 86_400_000 }],
];

async function run(name: string, location: AuditLocation): Promise<void> {
  const db = await openAuditDatabase(location);
  const started = performance.now();
  let lost = 0;
  const writer = new AuditWriter(db, { maxQueue: count + 1, batchSize: 500, flushIntervalMs: 50, onLost: (n) => { lost += n; } });
  for (let i = 0; i < count; i++) writer.record(entry(i));
  await writer.close(600_000);
  console.log(`${name}: ${count} entries written in ${((performance.now() - started) / 1000).toFixed(1)} s (lost ${lost})`);
  for (const [label, filter] of FILTERS) {
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      await queryAuditLog(db, filter, 20, null);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`${name} ${label.padEnd(20)} median ${times[15]!.toFixed(2)} ms, slowest ${times[29]!.toFixed(2)} ms (goal ≤ 50 ms)`);
  }
  await db.destroy();
}

const dir = mkdtempSync(join(tmpdir(), 'bpm-audit-bench-'));
try {
  await run('SQLite', { sqlitePath: join(dir, 'audit.sqlite') });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (process.env.POSTGRES_URL) {
  const pg = (await import('pg')).default;
  const name = `bpm_audit_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(process.env.POSTGRES_URL);
    url.pathname = `/${name}`;
    await run('PostgreSQL', { postgresUrl: url.href });
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
