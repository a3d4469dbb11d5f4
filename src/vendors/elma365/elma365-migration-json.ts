import { z } from 'zod';
import { readJson } from '../../pipeline/read-with-schema.js';
import { Refusal } from '../../pipeline/vendor-operation.js';
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

/**
 * What the vendor says it did. The document names the 200 body only as "Model for bulk updating
 * the process instances" and the rest is cut off (FACTS.md, ELMA365 [?]), so nothing about it is
 * known: the gateway takes a count (`updated`, `updatedCount`, `count`) and ids (`updatedIds`)
 * wherever it finds them, at the top or under `result`/`data`, and reports null otherwise.
 * ELMA365's `{"success": false, ...}` on a 200 is a refusal.
 */
export function readMigrationAnswer(body: string): MigrationAnswer | Refusal | Error {
  if (body.trim() === '') return { updatedCount: null, updatedIds: null };
  const json = readJson(MigrationBody, body);
  if (json instanceof Error) return json;
  if (json.success === false) return new Refusal(typeof json.error === 'string' ? json.error.slice(0, 1000) : 'ELMA365 answered success: false');
  const places = [json, json.result, json.data];
  const find = <T>(keys: string[], schema: z.ZodType<T>): T | null => {
    for (const place of places) {
      for (const k of keys) {
        const found = schema.safeParse(place?.[k]);
        if (found.success) return found.data;
      }
    }
    return null;
  };
  return { updatedCount: find(['updated', 'updatedCount', 'count'], Count), updatedIds: find(['updatedIds'], Ids) };
}

// Built once: zod compiles a schema when it is first used, which costs more than the parse.
const Count = z.number().int().nonnegative();
const Ids = z.array(z.string());

const Place = z.record(z.string(), z.unknown()).optional().catch(undefined);
const MigrationBody = z.looseObject({ success: z.unknown().optional(), error: z.unknown().optional(), result: Place, data: Place });
