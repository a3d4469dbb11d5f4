import type { MigrateInstancesCommand } from '../../core/commands.js';

/**
 * The bulk-update body of the document: `{"instanceIds": [...]}` for a list, or
 * `{"updateAllActive": true, "unselectedIds": [...]}` for every active instance but some.
 */
export function buildMigrationBody(command: MigrateInstancesCommand): string {
  if (command.allActive) {
    return JSON.stringify(command.excludeIds?.length ? { updateAllActive: true, unselectedIds: command.excludeIds } : { updateAllActive: true });
  }
  return JSON.stringify({ instanceIds: command.instanceIds });
}

export interface MigrationAnswer { updatedCount: number | null; updatedIds: string[] | null }
/** A 200 that says no: `{"success": false, "error": "…"}`. */
export interface MigrationRefused { refused: string }

/**
 * What the vendor says it did. The document names the 200 body only as "Model for bulk updating
 * the process instances" and the rest is cut off (FACTS.md, ELMA365 [?]), so nothing about it is
 * known: the gateway takes a count (`updated`, `updatedCount`, `count`) and ids (`updatedIds`)
 * wherever it finds them, at the top or under `result`/`data`, and reports null otherwise.
 * ELMA365's `{"success": false, ...}` on a 200 is a refusal.
 */
export function readMigrationAnswer(body: string): MigrationAnswer | MigrationRefused | Error {
  if (body.trim() === '') return { updatedCount: null, updatedIds: null };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return new Error('not JSON');
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return new Error('not a JSON object');
  const top = json as Record<string, unknown>;
  if (top['success'] === false) return { refused: typeof top['error'] === 'string' ? top['error'].slice(0, 1000) : 'ELMA365 answered success: false' };
  const places = [top, top['result'], top['data']].filter((p): p is Record<string, unknown> => !!p && typeof p === 'object' && !Array.isArray(p));
  const find = <T>(keys: string[], ok: (v: unknown) => v is T): T | null => {
    for (const place of places) for (const k of keys) if (ok(place[k])) return place[k] as T;
    return null;
  };
  return {
    updatedCount: find(['updated', 'updatedCount', 'count'], (v): v is number => Number.isInteger(v) && (v as number) >= 0),
    updatedIds: find(['updatedIds'], (v): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')),
  };
}
