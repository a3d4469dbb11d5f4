import { invalidRequest } from './elma365-failure.js';
import { parseUuid } from './elma365-uuid.js';

/**
 * The body of POST …/bytemplate/{namespace}/{code}/version (elma365-migrate-instances.txt):
 * exactly one of two modes.
 */
export type BulkUpdateRequest =
  /** `{"instanceIds": [...]}`: those instances. Ids lower-cased, duplicates dropped, first order kept. */
  | { mode: 'listed'; instanceIds: string[] }
  /** `{"updateAllActive": true, "unselectedIds"?: [...]}`: every active instance but those. */
  | { mode: 'allActive'; unselectedIds: Set<string> };

/**
 * The three writable properties of the document's request model. Anything else is refused, so a
 * misspelt field fails loudly instead of turning a request into another mode.
 *
 * Decision on `"instances"`: one version of the vendor page shows it in its example instead of
 * `instanceIds` (FACTS.md: a doc defect). The page's own request model and property table name
 * only `instanceIds`, so the emulator refuses `instances` with 400: a gateway that followed the
 * defective example would at best be ignored by the real server, and the emulator should catch it.
 */
const KNOWN_FIELDS: ReadonlySet<string> = new Set(['instanceIds', 'unselectedIds', 'updateAllActive']);

/**
 * Checks a parsed body against the request model; every refusal is 400 "Invalid request
 * parameters", the document's only text for it.
 *
 * Guesses where the document is silent: `updateAllActive: false` is the same as leaving it out
 * (so it may go with `instanceIds`); `unselectedIds` is only allowed beside `updateAllActive: true`
 * (its purpose in the document); an empty `instanceIds` is a valid request that moves nothing;
 * `null` is not an array and is refused.
 */
export function parseBulkUpdateRequest(value: unknown): BulkUpdateRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidRequest();
  const body = value as Record<string, unknown>;
  if (!Object.keys(body).every((k) => KNOWN_FIELDS.has(k))) throw invalidRequest();

  const { instanceIds, unselectedIds, updateAllActive } = body;
  if (updateAllActive !== undefined && typeof updateAllActive !== 'boolean') throw invalidRequest();
  if (updateAllActive === true) {
    if (instanceIds !== undefined) throw invalidRequest(); // both modes
    return { mode: 'allActive', unselectedIds: new Set(unselectedIds === undefined ? [] : uuidList(unselectedIds)) };
  }
  if (unselectedIds !== undefined || instanceIds === undefined) throw invalidRequest(); // exclusions without allActive, or no mode
  return { mode: 'listed', instanceIds: [...new Set(uuidList(instanceIds))] };
}

/** An array of UUID strings, lower-cased. */
function uuidList(value: unknown): string[] {
  if (!Array.isArray(value)) throw invalidRequest();
  return value.map((item: unknown) => parseUuid(item) ?? failInvalid());
}

function failInvalid(): never {
  throw invalidRequest();
}
