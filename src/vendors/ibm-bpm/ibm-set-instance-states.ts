import type { BpmFailure } from '../../core/bpm-failure.js';
import type { InstanceState } from '../../core/commands.js';
import type { HttpResponse } from '../../http/backend-http-client.js';
import type { OperationDeclaration, StateBatchCall, StateBatchDeclaration } from '../../pipeline/vendor-operation.js';
import { vendorErrorOf } from './ibm-error-body.js';
import { ibmActionFor } from './ibm-set-instance-state.js';
import { IBM_JSON_ACCEPT } from './ibm-wire.js';

/**
 * Ids per bulk call. They go in the query string (FACTS.md: `instanceIds=…`), and proxies in front
 * of IBM commonly refuse request lines over 8 KB: 200 ids of up to 19 digits stay well under.
 */
export const IBM_BULK_ACTION_IDS = 200;

/**
 * `PUT /process/bulk?action=suspend|resume|retry|terminate&instanceIds=1,2,…` (FACTS.md: PUT or
 * POST, the path and the actions confirmed). Its answer is not documented. Guess, read leniently:
 * like IBM's documented bulk task operations, a 2xx whose body is empty when every instance was
 * changed, or reports the refused ones in `failedOperations[]` (also taken: `failed[]`), each
 * naming its instance (`instanceId`, `piid` or `id`; `BPDInstance.N` or `N`) with `errorNumber`
 * and `errorMessage`. A report naming an instance that was not sent cannot be trusted for any:
 * it is an unreadable answer, and every instance of the call is then in doubt.
 */
const bulkCall: OperationDeclaration<StateBatchCall, ReadonlyMap<string, BpmFailure>> = {
  check: () => null,
  request: ({ action, instanceIds }) => ({
    method: 'PUT',
    path: '/process/bulk',
    query: { action, instanceIds: instanceIds.join(',') },
    headers: IBM_JSON_ACCEPT,
  }),
  // A suspend sent twice is refused the second time: never repeated blindly.
  effect: 'single write',
  read: (response, { instanceIds, state }) => readBulkReport(response, instanceIds, state),
};

export function readBulkReport({ body }: HttpResponse, sent: readonly string[], state: InstanceState): ReadonlyMap<string, BpmFailure> | Error {
  const failures = new Map<string, BpmFailure>();
  if (body.trim() === '') return failures;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return new Error('the bulk answer is not JSON');
  }
  const outer = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const data = (outer['data'] ?? outer['Data'] ?? outer) as Record<string, unknown>;
  const report = data['failedOperations'] ?? data['failed'] ?? [];
  if (!Array.isArray(report)) return new Error('the bulk answer\'s failedOperations is not a list');
  const ids = new Set(sent);
  for (const entry of report as Record<string, unknown>[]) {
    const raw = entry?.['instanceId'] ?? entry?.['piid'] ?? entry?.['id'];
    const id = typeof raw === 'number' || typeof raw === 'string' ? String(raw).replace(/^BPDInstance\./, '') : '';
    if (!ids.has(id)) return new Error(`the bulk answer reports instance '${id}', which was not in the call`);
    const text = (key: string) => (typeof entry[key] === 'string' ? (entry[key] as string).slice(0, 1000) : undefined);
    failures.set(id, failureOf(text('errorNumber'), text('errorMessage'), state));
  }
  return failures;
}

/** One refused instance as the single action's refusal would read: unknown, not allowed, or in the wrong state. */
function failureOf(errorNumber: string | undefined, errorMessage: string | undefined, requestedState: InstanceState): BpmFailure {
  const error = vendorErrorOf({ ...(errorNumber ? { errorNumber } : {}), ...(errorMessage ? { errorMessage } : {}), errorMessageParameters: [] });
  const facts = { ...(errorNumber ? { vendorCode: errorNumber } : {}), message: `IBM BPM refused this instance: ${errorMessage ?? errorNumber ?? 'no reason given'}` };
  if (error.notFound) return { kind: 'not-found', ...facts };
  if (error.notAuthorized) return { kind: 'permission-denied', ...facts };
  if (errorNumber === 'CWTBG0014E' || error.currentState) return { kind: 'invalid-state-transition', currentState: error.currentState ?? null, requestedState, ...facts };
  return { kind: 'vendor-rejected', ...facts };
}

export const ibmSetInstanceStates: StateBatchDeclaration<unknown> = {
  maxIds: IBM_BULK_ACTION_IDS,
  actionOf: (state, instanceId, env) => ibmActionFor(state, instanceId, env),
  call: bulkCall,
};
