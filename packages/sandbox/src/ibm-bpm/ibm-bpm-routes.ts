import type { Reply } from '../shared/reply.js';
import { setAllVariables } from './ibm-bpm-all-variables-endpoint.js';
import type { IbmEndpointContext } from './ibm-bpm-endpoint-context.js';
import { actOnInstance } from './ibm-bpm-instance-actions.js';
import { actOnInstances } from './ibm-bpm-bulk-actions.js';
import { getInstance, getInstanceDetails } from './ibm-bpm-instance-endpoints.js';

/** The emulator's base path; `IbmBpmEmulator.url` ends with it and plays the role of `{baseUrl}`. */
export const BASE_PATH = '/rest/bpm/wle/v1';

export type IbmHandler = (ctx: IbmEndpointContext) => Reply;

/** The handlers of one path, by method. */
export type IbmRoute = Partial<Record<string, IbmHandler>>;

/**
 * Finds the endpoints for a path (percent-encoded, as received). Each segment is decoded on its
 * own, so `%2F` inside an id stays inside it. Guess: paths match case-sensitively and exactly.
 */
export function matchRoute(pathname: string): IbmRoute | undefined {
  if (!pathname.startsWith(`${BASE_PATH}/`)) return undefined;
  const segments = pathname.slice(BASE_PATH.length + 1).split('/').map(decodeSegment);
  const [first, id, third] = segments;
  if (first !== 'process') return undefined;
  if (segments.length === 1) return { GET: getInstanceDetails };
  if (id === undefined || id === '') return undefined;
  if (segments.length === 2 && id === 'bulk') return { PUT: (ctx) => actOnInstances(ctx, 'PUT'), POST: (ctx) => actOnInstances(ctx, 'POST') };
  if (segments.length === 2) {
    return { GET: (ctx) => getInstance(ctx, id), PUT: (ctx) => actOnInstance(ctx, id, 'PUT'), POST: (ctx) => actOnInstance(ctx, id, 'POST') };
  }
  if (segments.length === 3 && third === 'allVariables') return { PUT: (ctx) => setAllVariables(ctx, id) };
  return undefined;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
