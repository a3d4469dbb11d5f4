import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
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

/** Whether the database runs in this process (SQLite), where every write costs the gateway's own CPU and event loop. */
export const isEmbedded = (db: Kysely<AuditTables>): boolean => sqliteFiles.has(db);

/** The SQLite file behind a Kysely instance, for the writer's prepared insert. */
const sqliteFiles = new WeakMap<Kysely<AuditTables>, Database.Database>();

/**
 * Opens the audit database, SQLite (a file, nothing to install) or PostgreSQL, and brings its
 * schema up to date. One query code for both: Kysely writes each dialect's SQL.
 */
export async function openAuditDatabase(location: AuditLocation, onConnectionError: (error: Error) => void = () => {}): Promise<Kysely<AuditTables>> {
  let db: Kysely<AuditTables>;
  if ('sqlitePath' in location) {
    if (location.sqlitePath !== ':memory:') mkdirSync(dirname(location.sqlitePath), { recursive: true });
    const file = new Database(location.sqlitePath);
    // First: every later statement, the switch to WAL included, waits for another process's lock
    // (gateway workers, a second gateway on the same file) instead of failing at once.
    file.pragma('busy_timeout = 5000');
    // WAL: readers (auditLog) do not wait for the batch writer, nor it for them.
    file.pragma('journal_mode = WAL');
    // NORMAL: in WAL mode the file stays consistent; only a power cut can lose the last commits,
    // no more than the writer's in-memory queue already holds. It spares an fsync per batch.
    file.pragma('synchronous = NORMAL');
    db = new Kysely<AuditTables>({ dialect: new SqliteDialect({ database: file }) });
    sqliteFiles.set(db, file);
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
 * shared volume) can both find migration 0001 pending: one commits it, the other's transaction
 * then fails (SQLITE_BUSY, or "table audit_entries already exists") and is rolled back, DDL
 * included. The loser tries again and finds nothing left to do; an error that is not such a
 * race fails every attempt and is thrown.
 */
async function migrate(db: Kysely<AuditTables>, sqlite: boolean): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const { error } = await new Migrator({ db, provider: auditMigrations }).migrateToLatest();
    if (!error) return;
    if (!sqlite || attempt === 5) throw error instanceof Error ? error : new Error(String(error));
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
  }
}

/** Writes rows; rejects when the database refuses them. */
export type RowInserter = (rows: readonly AuditRow[]) => Promise<void>;

const COLUMNS = ['id', 'at', 'request_id', 'caller_id', 'caller_roles', 'backend', 'vendor', 'operation', 'client_mutation_id', 'dry_run', 'outcome', 'vendor_status', 'vendor_code', 'duration_ms', 'vendor_request', 'input'] as const satisfies readonly (keyof AuditRow)[];

/**
 * The batch writer's insert. SQLite runs in the gateway's own process, so its cost is the
 * gateway's: one statement prepared once and run per row inside a transaction per chunk costs
 * half of what a multi-row INSERT compiled by Kysely for every batch does (measured: 25 against
 * 47 µs per entry, entry built included). It is synchronous: the writer keeps SQLite batches small and yields between
 * them. PostgreSQL does its work in its own process: one Kysely INSERT per batch.
 */
export function rowInserter(db: Kysely<AuditTables>): RowInserter {
  const file = sqliteFiles.get(db);
  if (!file) return async (rows) => { await db.insertInto('audit_entries').values([...rows]).execute(); };
  // Positional parameters: binding by name costs a lookup per column per row.
  const insert = file.prepare(`insert into audit_entries (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})`);
  const insertAll = file.transaction((rows: readonly AuditRow[]) => { for (const row of rows) insert.run(COLUMNS.map((c) => row[c])); });
  return async (rows) => insertAll(rows);
}
