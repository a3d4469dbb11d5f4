import type { Reply } from '../shared/reply.js';
import type { ElmaEndpointContext } from './elma365-endpoint-context.js';
import { ElmaFailure, invalidRequest, PROCESS_NOT_FOUND_MESSAGE } from './elma365-failure.js';
import { instanceJson } from './elma365-instance-json.js';
import { parseJsonBody, requireJsonContentType } from './elma365-json-input.js';
import { jsonReply } from './elma365-reply.js';
import { ACTIVE_STATES, processKey, type ElmaInstance } from './elma365-state.js';

/** FACTS.md section 4 ([C-3p]): size defaults to 50 and stops at 10000; from defaults to 0. */
const DEFAULT_SIZE = 50;
const MAX_SIZE = 10_000;

/**
 * POST /pub/v1/bpm/instance/bytemplate/{namespace}/{code}/list (FACTS.md section 4, [C-3p]):
 * body `{active, from, size, sortExpressions: [{field, ascending}], filter}`, answer
 * `{success: true, result: {result: [...], total}}`, the instances in the get endpoint's shape.
 *
 * Guesses, none documented: any valid token may list (as it may get); `active: true` keeps only
 * unfinished instances (exec, wait); a size over 10000, a negative from or a sort on a field the
 * instances lack is the usual 400; without sortExpressions instances come in creation order;
 * `filter` is accepted and ignored (its grammar was not visible); an unknown process is 404.
 */
export function listInstances(ctx: ElmaEndpointContext, namespace: string, code: string): Reply {
  requireJsonContentType(ctx.contentType);
  const request = parseListRequest(parseJsonBody(ctx.body));
  const process = ctx.state.processes.get(processKey(namespace, code));
  if (!process) throw new ElmaFailure(404, 'ProcessNotFound', PROCESS_NOT_FOUND_MESSAGE);
  let instances = [...ctx.state.instances.values()].filter((i) => i.namespace === namespace && i.code === code);
  if (request.active) instances = instances.filter((i) => ACTIVE_STATES.includes(i.state));
  for (const sort of [...request.sort].reverse()) {
    // Stable sorts applied last key first: the first expression decides, the next break ties.
    instances = instances.sort((a, b) => compare(sortValue(a, sort.field), sortValue(b, sort.field)) * (sort.ascending ? 1 : -1));
  }
  const page = instances.slice(request.from, request.from + request.size);
  return jsonReply(200, { success: true, result: { result: page.map(instanceJson), total: instances.length } });
}

interface ListRequest { active: boolean; from: number; size: number; sort: { field: string; ascending: boolean }[] }

function parseListRequest(body: unknown): ListRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidRequest();
  const b = body as Record<string, unknown>;
  const int = (v: unknown, fallback: number, max: number) => {
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) throw invalidRequest();
    return v;
  };
  if (b['active'] !== undefined && typeof b['active'] !== 'boolean') throw invalidRequest();
  const sorts = b['sortExpressions'] ?? [];
  if (!Array.isArray(sorts)) throw invalidRequest();
  return {
    active: b['active'] === true,
    from: int(b['from'], 0, Number.MAX_SAFE_INTEGER),
    size: int(b['size'], DEFAULT_SIZE, MAX_SIZE),
    sort: sorts.map((s: unknown) => {
      const e = s as Record<string, unknown> | null;
      if (!e || typeof e['field'] !== 'string' || !(e['field'] in SORT_FIELDS) || (e['ascending'] !== undefined && typeof e['ascending'] !== 'boolean')) throw invalidRequest();
      return { field: e['field'], ascending: e['ascending'] !== false };
    }),
  };
}

const SORT_FIELDS: Record<string, (i: ElmaInstance) => string | number> = {
  __createdAt: (i) => i.createdAt,
  __name: (i) => i.name,
  __id: (i) => i.id,
  __state: (i) => i.state,
  __version: (i) => i.version,
};

function sortValue(instance: ElmaInstance, field: string): string | number {
  return SORT_FIELDS[field]!(instance);
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
