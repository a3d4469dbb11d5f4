import type { Reply } from '../shared/reply.js';
import type { IbmEndpointContext } from './ibm-bpm-endpoint-context.js';
import { missingParameter, unsupportedValue } from './ibm-bpm-failure.js';
import { findInstance, parseInstanceId } from './ibm-bpm-instance-id.js';
import { instanceJson } from './ibm-bpm-instance-json.js';
import { parseParts } from './ibm-bpm-parts.js';
import { successReply } from './ibm-bpm-reply.js';
import type { IbmExecutionState, IbmInstance } from './ibm-bpm-state.js';

/**
 * The reads: GET /process/{instanceId}?parts= and the bulk GET
 * /process?action=getdetails&instanceIds=&parts=&statusFilter= (FACTS [C]). Anyone who
 * authenticates may read; only allVariables is admin-only.
 */

export function getInstance(ctx: IbmEndpointContext, rawInstanceId: string): Reply {
  const piid = parseInstanceId(rawInstanceId);
  const parts = parseParts(ctx.query);
  return successReply(instanceJson(findInstance(ctx.state, piid), parts));
}

/**
 * Guesses: the list is `data.BPDInstance`; ids that are not numbers or name no instance are left
 * out (bulk calls report per-id failures rather than fail whole, as runtime errors do); each
 * instance comes once, in the order first asked for.
 */
export function getInstanceDetails(ctx: IbmEndpointContext): Reply {
  const action = ctx.query.get('action');
  if (action === null || action === '') throw missingParameter('action');
  if (action !== 'getdetails') throw unsupportedValue('action', action, ['getdetails']);
  const ids = ctx.query.get('instanceIds');
  if (ids === null || ids.trim() === '') throw missingParameter('instanceIds');
  const parts = parseParts(ctx.query);
  const wanted = statusFilter(ctx.query);
  const found = new Map<string, IbmInstance>();
  for (const raw of ids.split(',').map((id) => id.trim())) {
    if (!/^[0-9]+$/.test(raw)) continue;
    const instance = ctx.state.instances.get(BigInt(raw).toString());
    if (instance && wanted(instance.executionState)) found.set(instance.piid, instance);
  }
  return successReply({ BPDInstance: [...found.values()].map((i) => instanceJson(i, parts)) });
}

/** The documented statusFilter values. Guess: Did_not_Start is executionState New. */
const STATUS_FILTER: Readonly<Record<string, IbmExecutionState>> = {
  Active: 'Active',
  Completed: 'Completed',
  Failed: 'Failed',
  Terminated: 'Terminated',
  Did_not_Start: 'New',
  Suspended: 'Suspended',
};

function statusFilter(query: URLSearchParams): (state: IbmExecutionState) => boolean {
  const raw = query.get('statusFilter');
  if (raw === null) return () => true;
  const states = raw.split(',').map((value) => {
    const state = STATUS_FILTER[value.trim()];
    if (state === undefined) throw unsupportedValue('statusFilter', value, Object.keys(STATUS_FILTER));
    return state;
  });
  return (state) => states.includes(state);
}
