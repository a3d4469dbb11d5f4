import type { Reply } from '../shared/reply.js';
import type { CsaEndpointContext } from './csa-endpoint-context.js';
import { CsaFailure } from './csa-failure.js';
import { lookUpPerson, lookUpPersonByQuery } from './csa-login-endpoint.js';
import { getProcessInstance, updateProcessInstance } from './csa-process-instance-endpoints.js';

/** The emulator's base path; `CsaEmulator.url` ends with it and plays the role of `{baseUrl}`. */
export const BASE_PATH = '/csa/rest';

export type CsaMethod = 'GET' | 'PUT' | 'POST';
export type CsaHandler = (ctx: CsaEndpointContext) => Reply;

/** The handlers of one path, by method. */
export type CsaRoute = Partial<Record<CsaMethod, CsaHandler>>;

/**
 * Finds the endpoints for a path (percent-encoded, as received). Each segment is decoded on its
 * own, so `%2F` inside an id or a name stays inside it.
 * Guess: paths match case-sensitively and exactly; only the login path's trailing slash is
 * optional (documented as best practice there, not elsewhere).
 */
export function matchRoute(pathname: string): CsaRoute | undefined {
  if (!pathname.startsWith(`${BASE_PATH}/`)) return undefined;
  const segments = pathname.slice(BASE_PATH.length + 1).split('/').map(decodeSegment);
  const [first, second, third, fourth] = segments;
  if (first === 'processinstances') {
    if (segments.length === 1 || (segments.length === 2 && second === '')) return { POST: notEmulated('creating a process instance') };
    if (segments.length === 2 && second) {
      return { GET: (ctx) => getProcessInstance(ctx, second), PUT: (ctx) => updateProcessInstance(ctx, second) };
    }
    if (segments.length === 3 && second && third === 'execute') return { POST: notEmulated('executing a process instance') };
    return undefined;
  }
  if (first === 'login' && second && third && (segments.length === 3 || (segments.length === 4 && fourth === ''))) {
    // Guess: userLookup is the lookup only when it carries a userName; otherwise it is a user name.
    return {
      GET: (ctx) =>
        third === 'userLookup' && segments.length === 3 && ctx.query.has('userName')
          ? lookUpPersonByQuery(ctx, second)
          : lookUpPerson(ctx, second, third),
    };
  }
  return undefined;
}

/** Guess: documented endpoints outside this emulator's scope answer 501 rather than 404. */
function notEmulated(what: string): CsaHandler {
  return () => {
    throw new CsaFailure(501, 'NotImplemented', `${what} is documented for CSA but not emulated`);
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
