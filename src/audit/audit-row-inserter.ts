import type { Kysely } from 'kysely';
import { sqliteFileOf, type AuditRow, type AuditTables } from './audit-database.js';
import { startSqliteWriteThread } from './sqlite-write-thread.js';

/** Writes rows (rejecting when the database refuses them), and lets go of what it holds. */
export interface RowInserter {
  insert(rows: readonly AuditRow[]): Promise<void>;
  close(): Promise<void>;
}

/** Every column, in the order of the positional INSERT. */
export const AUDIT_COLUMNS = ['id', 'at', 'request_id', 'caller_id', 'caller_roles', 'backend', 'vendor', 'operation', 'client_mutation_id', 'dry_run', 'outcome', 'vendor_status', 'vendor_code', 'duration_ms', 'vendor_request', 'input'] as const satisfies readonly (keyof AuditRow)[];

/** One statement, prepared once, run per row (positional: binding by name costs a lookup per column). */
export const AUDIT_INSERT_SQL = `insert into audit_entries (${AUDIT_COLUMNS.join(', ')}) values (${AUDIT_COLUMNS.map(() => '?').join(', ')})`;

const positional = (row: AuditRow): unknown[] => AUDIT_COLUMNS.map((c) => row[c]);

/**
 * The batch writer's insert. PostgreSQL does its work in its own process: one Kysely INSERT per
 * batch. SQLite works in the process that calls it, synchronously, about 15 µs a row with the
 * table's seven indexes: a SQLite file is written from a thread of its own, so the event loop
 * never waits for it, in large transactions (each commit rewrites the pages it touched to the
 * WAL, so fewer commits cost less per row). An in-memory database, which another connection
 * cannot see, is written in this thread.
 */
export function rowInserter(db: Kysely<AuditTables>): RowInserter {
  const file = sqliteFileOf(db);
  if (!file) return { insert: async (rows) => { await db.insertInto('audit_entries').values([...rows]).execute(); }, close: async () => {} };
  if (file.path !== ':memory:') {
    const thread = startSqliteWriteThread(file.path, AUDIT_INSERT_SQL);
    return { insert: (rows) => thread.write(rows.map(positional)), close: () => thread.close() };
  }
  const insert = file.connection.prepare(AUDIT_INSERT_SQL);
  const insertAll = file.connection.transaction((rows: readonly AuditRow[]) => { for (const row of rows) insert.run(positional(row)); });
  return { insert: async (rows) => insertAll(rows), close: async () => {} };
}
