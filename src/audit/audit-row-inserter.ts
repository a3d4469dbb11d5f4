import type { Kysely } from 'kysely';
import type { AuditEntry } from './audit-entry.js';
import { rowJson, toRow } from './audit-rows.js';
import { sqliteFileOf, type AuditRow, type AuditTables } from './audit-database.js';
import { startSqliteWriteThread } from './sqlite-write-thread.js';

/**
 * Writes entries (rejecting when the database refuses them), and lets go of what it holds. An
 * entry is encoded when it is recorded, into the form its database takes, so that what waits in
 * the queue is that form: for a SQLite file a JSON string, which costs the collector nothing to
 * hold and the thread one copy to receive (a structured clone of the rows cost twice as much).
 */
export interface RowInserter<T = unknown> {
  encode(entry: AuditEntry): T;
  insert(batch: readonly T[]): Promise<void>;
  close(): Promise<void>;
}

/** Every column, in the order of the positional INSERT. */
export const AUDIT_COLUMNS = ['id', 'at', 'request_id', 'caller_id', 'caller_roles', 'backend', 'vendor', 'operation', 'client_mutation_id', 'dry_run', 'outcome', 'vendor_status', 'vendor_code', 'duration_ms', 'vendor_request', 'input'] as const satisfies readonly (keyof AuditRow)[];

/** One statement, prepared once, run per row (positional: binding by name costs a lookup per column). */
export const AUDIT_INSERT_SQL = `insert into audit_entries (${AUDIT_COLUMNS.join(', ')}) values (${AUDIT_COLUMNS.map(() => '?').join(', ')})`;

/** toRow builds its columns in AUDIT_COLUMNS's order (a test holds it to that), so its values are the positional row. */
export const positional = (row: AuditRow): unknown[] => Object.values(row);

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
  if (!file) {
    const inserter: RowInserter<AuditRow> = { encode: toRow, insert: async (rows) => { await db.insertInto('audit_entries').values([...rows]).execute(); }, close: async () => {} };
    return inserter as RowInserter;
  }
  if (file.path !== ':memory:') {
    const thread = startSqliteWriteThread(file.path, AUDIT_INSERT_SQL);
    const inserter: RowInserter<string> = { encode: rowJson, insert: (rows) => thread.write(`[${rows.join(',')}]`), close: () => thread.close() };
    return inserter as RowInserter;
  }
  const insert = file.connection.prepare(AUDIT_INSERT_SQL);
  const insertAll = file.connection.transaction((rows: readonly unknown[][]) => { for (const row of rows) insert.run(row); });
  const inserter: RowInserter<unknown[]> = { encode: (e) => positional(toRow(e)), insert: async (rows) => insertAll(rows), close: async () => {} };
  return inserter as RowInserter;
}
