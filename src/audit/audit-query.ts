import type { Kysely } from 'kysely';
import type { AuditEntry, AuditFilter } from './audit-entry.js';
import type { AuditTables } from './audit-database.js';
import { fromRow } from './audit-rows.js';

/** Where a page of the log starts: after this entry (the log is ordered by `at`, then `id`, newest first). */
export interface AuditPosition { at: number; id: string }

/**
 * A page of the log, newest first, by keyset (`at`, `id`) rather than offset, so that a page is
 * found through the index however deep it is and entries written meanwhile shift nothing.
 * One row more than asked tells whether another page follows.
 */
export async function queryAuditLog(db: Kysely<AuditTables>, filter: AuditFilter, first: number, after: AuditPosition | null): Promise<{ entries: AuditEntry[]; hasNextPage: boolean }> {
  let q = db.selectFrom('audit_entries').selectAll();
  if (filter.backend != null) q = q.where('backend', '=', filter.backend);
  if (filter.operation != null) q = q.where('operation', '=', filter.operation);
  if (filter.callerId != null) q = q.where('caller_id', '=', filter.callerId);
  if (filter.outcome != null) q = q.where('outcome', '=', filter.outcome);
  if (filter.requestId != null) q = q.where('request_id', '=', filter.requestId);
  if (filter.since != null) q = q.where('at', '>=', filter.since);
  if (filter.until != null) q = q.where('at', '<', filter.until);
  if (after) q = q.where((eb) => eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]));
  const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(first + 1).execute();
  return { entries: rows.slice(0, first).map(fromRow), hasNextPage: rows.length > first };
}

/** Deletes what is older than the retention: the log keeps `retainDays` of history. */
export async function deleteExpired(db: Kysely<AuditTables>, retainDays: number, now = Date.now()): Promise<number> {
  const result = await db.deleteFrom('audit_entries').where('at', '<', now - retainDays * 86_400_000).executeTakeFirst();
  return Number(result.numDeletedRows);
}
