import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { auditMigrations } from './audit-migrations.js';

/** The audit table as Kysely sees it: one row per AuditEntry, in the database's own types. */
export interface AuditRow {
  id: string;
  /** PostgreSQL's bigint comes back as a string; SQLite's integer as a number. */
  at: number | string;
  request_id: string;
  caller_id: string | null;
  caller_roles: string;
  backend: string;
  vendor: string;
  operation: string;
  client_mutation_id: string | null;
  dry_run: number;
  outcome: string;
  vendor_status: number | null;
  vendor_code: string | null;
  duration_ms: number;
  vendor_request: string | null;
  input: string;
}
export interface AuditTables { audit_entries: AuditRow }

export type AuditLocation = { sqlitePath: string } | { postgresUrl: string };

/**
 * Every connection to the audit file, the write thread's included, in this order. First
 * busy_timeout: every later statement, the switch to WAL included, waits for another
 * connection's lock (the write thread, a second gateway on the same file) instead of failing at
 * once. WAL: readers (auditLog) do not wait for the writer, nor it for them. NORMAL: in WAL mode
 * the file stays consistent; only a power cut can lose the last commits, no more than the
 * writer's in-memory queue already holds, and it spares an fsync per batch. Pages of 16 KB (a
 * new file only; an existing one keeps its size) and a checkpoint every 2000 pages (32 MB of WAL)
 * rather than every 1000 of 4 KB: a commit writes its pages one write() each, and a checkpoint
 * copies and syncs them, so fewer, larger pages took a quarter to 40 % off an entry's write cost
 * in the audit table's own benchmark (21 -> 12-16 µs a row).
 */
export const SQLITE_PRAGMAS = ['busy_timeout = 5000', 'page_size = 16384', 'journal_mode = WAL', 'synchronous = NORMAL', 'wal_autocheckpoint = 2000'] as const;

/** The SQLite file behind a Kysely instance (its connection and path), for the batch writer. */
export const sqliteFileOf = (db: Kysely<AuditTables>): SqliteFile | undefined => sqliteFiles.get(db);
export interface SqliteFile { connection: Database.Database; path: string }
const sqliteFiles = new WeakMap<Kysely<AuditTables>, SqliteFile>();

/**
 * Opens the audit database, SQLite (a file, nothing to install) or PostgreSQL, and brings its
 * schema up to date. One query code for both: Kysely writes each dialect's SQL.
 */
export async function openAuditDatabase(location: AuditLocation, onConnectionError: (error: Error) => void = () => {}): Promise<Kysely<AuditTables>> {
  let db: Kysely<AuditTables>;
  if ('sqlitePath' in location) {
    if (location.sqlitePath !== ':memory:') mkdirSync(dirname(location.sqlitePath), { recursive: true });
    const file = new Database(location.sqlitePath);
    for (const pragma of SQLITE_PRAGMAS) file.pragma(pragma);
    db = new Kysely<AuditTables>({ dialect: new SqliteDialect({ database: file }) });
    sqliteFiles.set(db, { connection: file, path: location.sqlitePath });
  } else {
    // A small pool: the writer needs one connection, queries another.
    const pool = new pg.Pool({ connectionString: location.postgresUrl, max: 4, connectionTimeoutMillis: 5000 });
    // An idle connection the server drops (a restart, a failover) is an 'error' event: unheard,
    // it would end the process. The next query opens a new one, or fails and is counted.
    pool.on('error', onConnectionError);
    // The same for a connection in use when the server goes (pg-pool listens on idle ones only):
    // its query fails, the writer counts the batch as lost, and nothing is left unheard.
    pool.on('connect', (client) => client.on('error', onConnectionError));
    db = new Kysely<AuditTables>({ dialect: new PostgresDialect({ pool }) });
  }
  try {
    await migrate(db, 'sqlitePath' in location);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/**
 * PostgreSQL migrations take Kysely's advisory lock. Kysely's SQLite lock is a no-op (it assumes
 * one connection), so two processes starting on one new file (gateway workers, replicas on a
 * shared volume) can both find a migration pending. Kysely runs SQLite's migrations outside a
 * transaction, so the loser's step fails (SQLITE_BUSY, or "table audit_entries already exists")
 * with the winner's done or under way; the loser tries again and finds nothing left to do, and
 * migrations after 0001 are written so that a repeated step is harmless. An error that is not
 * such a race fails every attempt and is thrown.
 */
async function migrate(db: Kysely<AuditTables>, sqlite: boolean): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const { error } = await new Migrator({ db, provider: auditMigrations }).migrateToLatest();
    if (!error) return;
    // Kysely refuses a database with migrations it was not given before it runs any: only then
    // is the table read to say so (a newer version that migrated first, or while this one waited
    // for the lock), and that is not retried.
    await refuseNewerSchema(db);
    if (!sqlite || attempt === 5) throw error instanceof Error ? error : new Error(String(error));
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
  }
}

/**
 * A database a newer gateway has migrated (an upgrade rolled back, or replicas of two versions on
 * one database): Kysely would refuse it with "corrupted migrations", which says neither why nor
 * what to do. This version does not know what the newer schema wants of a row, so, starting on
 * it, it writes none rather than rows the newer version might misread (one already running when
 * the newer one migrates goes on writing until it restarts); the message names the migrations
 * and the ways on.
 */
export class AuditSchemaTooNew extends Error {
  override readonly name = 'AuditSchemaTooNew';
  constructor(readonly unknown: readonly string[]) {
    super(`the audit database was migrated by a newer version of the gateway, or holds another application's Kysely migrations (migration${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} unknown to this version): run the newer version again, or point audit.sqlitePath or audit.postgresUrl at another database`);
  }
}

async function refuseNewerSchema(db: Kysely<AuditTables>): Promise<void> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === 'kysely_migration')) return;
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const known = new Set(Object.keys(await auditMigrations.getMigrations()));
  const unknown = rows.map((r) => r.name).filter((name) => !known.has(name)).sort();
  if (unknown.length) throw new AuditSchemaTooNew(unknown);
}
