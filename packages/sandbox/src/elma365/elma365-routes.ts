import type { Reply } from '../shared/reply.js';
import type { ElmaEndpointContext } from './elma365-endpoint-context.js';
import { getInstance } from './elma365-instance-endpoint.js';
import { listInstances } from './elma365-list-endpoint.js';
import { bulkUpdateVersion } from './elma365-version-endpoint.js';

/** The emulator's base path; `Elma365Emulator.url` ends with it and plays the role of `{baseUrl}`. */
export const BASE_PATH = '/pub/v1';

export type ElmaMethod = 'GET' | 'POST';
export type ElmaHandler = (ctx: ElmaEndpointContext) => Reply;

/** The handlers of one path, by method. */
export type ElmaRoute = Partial<Record<ElmaMethod, ElmaHandler>>;

const VERSION = /^\/pub\/v1\/bpm\/instance\/bytemplate\/([^/]+)\/([^/]+)\/version$/;
const LIST = /^\/pub\/v1\/bpm\/instance\/bytemplate\/([^/]+)\/([^/]+)\/list$/;
const GET_INSTANCE = /^\/pub\/v1\/bpm\/instance\/([^/]+)\/get$/;

/**
 * Finds the endpoint for a path as received; path segments are percent-decoded before use.
 * Guess: paths match exactly (case, no trailing slash).
 */
export function matchRoute(pathname: string): ElmaRoute | undefined {
  const version = VERSION.exec(pathname);
  if (version) {
    const namespace = decodeSegment(version[1] ?? '');
    const code = decodeSegment(version[2] ?? '');
    return { POST: (ctx) => bulkUpdateVersion(ctx, namespace, code) };
  }
  const list = LIST.exec(pathname);
  if (list) {
    const namespace = decodeSegment(list[1] ?? '');
    const code = decodeSegment(list[2] ?? '');
    return { POST: (ctx) => listInstances(ctx, namespace, code) };
  }
  const instance = GET_INSTANCE.exec(pathname);
  if (instance) {
    const id = decodeSegment(instance[1] ?? '');
    // Both are documented (FACTS.md section 4, [C]).
    return { GET: (ctx) => getInstance(ctx, id), POST: (ctx) => getInstance(ctx, id) };
  }
  return undefined;
}

/** A malformed escape stays as sent, so it simply names no process or instance. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
