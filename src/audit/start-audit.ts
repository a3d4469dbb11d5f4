import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { GatewayConfig } from '../config/config-schema.js';
import type { Logger } from '../observability/logger.js';
import type { AuditTables } from './audit-database.js';
import { auditEntryOf, type AuditFacts } from './audit-record.js';
import type { AuditWriter } from './audit-writer.js';

export interface RunningAudit {
  /** Queues the entry of a finished mutation; never throws, never waits. */
  record(facts: AuditFacts): void;
  db: Kysely<AuditTables> | null;
  close(graceMs?: number): Promise<void>;
}

const SQLITE_FILE = 'audit.sqlite';
const RETENTION_SWEEP_MS = 3_600_000;
/**
 * SQLite is written from a thread of its own (audit-row-inserter), and each commit rewrites every
 * page it touched (table and indexes) to the WAL: fewer, larger transactions cost less per row
 * (measured: about a quarter less at 1,000 rows a second than at 100 every 200 ms). An entry is
 * readable in auditLog within a second.
 */
const SQLITE = { batchSize: 1000, flushIntervalMs: 1000 };
const POSTGRES = { batchSize: 500, flushIntervalMs: 200 };

/**
 * Opens the audit database (migrating it), starts the batch writer and the hourly retention
 * sweep. Loaded only when audit is enabled. A database that cannot be opened does not stop
 * the gateway: it is logged, and every entry is counted as lost, as when it goes away later.
 */
export async function startAudit(config: GatewayConfig['audit'], dataDir: string, logger: Logger, onLost: (entries: number) => void): Promise<RunningAudit> {
  const [{ openAuditDatabase, sqliteFileOf, AuditSchemaTooNew }, { AuditWriter: Writer }, { deleteExpired }] = await Promise.all([
    import('./audit-database.js'), import('./audit-writer.js'), import('./audit-query.js'),
  ]);
  const lost = (entries: number, reason: string) => {
    onLost(entries);
    logger.warn({ entries, reason }, 'audit entries lost');
  };
  let db: Kysely<AuditTables> | null = null;
  try {
    db = await openAuditDatabase(
      config.postgresUrl ? { postgresUrl: config.postgresUrl } : { sqlitePath: config.sqlitePath ?? join(dataDir, SQLITE_FILE) },
      (error) => logger.warn({ err: error.name, code: (error as { code?: string }).code }, 'the audit database dropped a connection'),
    );
  } catch (error) {
    // The message of a driver may hold the URL, password included: only its class and code;
    // the gateway's own refusal names migrations only, so its reason is said.
    const reason = error instanceof AuditSchemaTooNew ? { reason: error.message } : {};
    logger.error({ err: (error as Error).name, code: (error as { code?: string }).code, ...reason }, 'the audit database cannot be opened; mutations go on, unrecorded (counted in bpm_gateway_audit_entries_lost_total)');
  }
  const writer: AuditWriter | null = db ? new Writer(db, { maxQueue: config.maxQueue, ...(sqliteFileOf(db) ? SQLITE : POSTGRES), onLost: lost }) : null;
  const sweep = async () => {
    if (!db) return;
    try {
      const deleted = await deleteExpired(db, config.retainDays);
      if (deleted) logger.info({ deleted, retainDays: config.retainDays }, 'audit entries past retention deleted');
    } catch (error) {
      logger.warn({ err: (error as Error).name }, 'the audit retention sweep failed; it runs again in an hour');
    }
  };
  await sweep();
  const timer = setInterval(() => void sweep(), RETENTION_SWEEP_MS);
  timer.unref();
  return {
    db,
    record(facts) {
      if (!writer) return lost(1, 'the audit database could not be opened');
      writer.record(auditEntryOf(facts, config.recordValues));
    },
    async close(graceMs = 5000) {
      clearInterval(timer);
      await writer?.close(graceMs);
      await db?.destroy().catch(() => undefined);
    },
  };
}
