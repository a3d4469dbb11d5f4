import type { Reply } from '../shared/reply.js';
import type { IbmEndpointContext } from './ibm-bpm-endpoint-context.js';
import { actionOnMissingInstance, missingParameter, notAuthorized, unsupportedValue, wrongState } from './ibm-bpm-failure.js';
import { parseInstanceId } from './ibm-bpm-instance-id.js';
import { instanceJson } from './ibm-bpm-instance-json.js';
import { parseParts } from './ibm-bpm-parts.js';
import { successReply } from './ibm-bpm-reply.js';
import { MATCHING_STATE, type IbmExecutionState, type IbmInstance } from './ibm-bpm-state.js';

/**
 * The state actions on one instance: `PUT /process/{id}?action=suspend|resume|retry` and
 * `?action=terminate` (FACTS [C]: documented as POST, ibpm-js sends PUT, so both are taken).
 * Each answers the instance details, as the ibpm-js fixtures show (FACTS [C-3p]).
 */
export interface IbmStateAction {
  /** The executionStates it acts on; anything else is CWTBG0014E (409). */
  from: readonly IbmExecutionState[];
  to: IbmExecutionState;
  /** The name IBM's messages use for it: terminate is reported as 'abort' (FACTS [C-3p]). */
  reportedAs: string;
}

/**
 * Guesses where the documents say nothing: suspend acts on Active instances, resume on Suspended
 * ones (the fixture refuses resume on Active), retry on Failed ones, and terminate on any instance
 * that has not ended.
 */
export const STATE_ACTIONS: Readonly<Record<string, IbmStateAction>> = {
  suspend: { from: ['Active'], to: 'Suspended', reportedAs: 'suspend' },
  resume: { from: ['Suspended'], to: 'Active', reportedAs: 'resume' },
  retry: { from: ['Failed'], to: 'Active', reportedAs: 'retry' },
  terminate: { from: ['New', 'Active', 'Suspended', 'Failed'], to: 'Terminated', reportedAs: 'abort' },
};

/** The action a request names, or the documented refusals of a missing or unknown one. */
export function stateActionOf(query: URLSearchParams, method: string): [string, IbmStateAction] {
  const name = query.get('action');
  if (name === null || name === '') throw missingParameter('action');
  const action = STATE_ACTIONS[name];
  if (!action) throw unsupportedValue('action', name, Object.keys(STATE_ACTIONS));
  // Guess: POST is only documented for terminate; a POST of another action is unsupported.
  if (method === 'POST' && name !== 'terminate') throw unsupportedValue('action', name, ['terminate']);
  return [name, action];
}

/**
 * Changes one instance, or throws the refusal. Guess: only admins may (the fixtures refuse some
 * callers with CWTBG0549E; who may in a real server depends on the process app's security).
 */
export function applyStateAction(ctx: IbmEndpointContext, instance: IbmInstance, name: string, action: IbmStateAction): void {
  if (!ctx.user.admin) throw notAuthorized(action.reportedAs);
  if (!action.from.includes(instance.executionState)) throw wrongState(instance.executionState, instance.piid, action.reportedAs);
  instance.executionState = action.to;
  instance.state = MATCHING_STATE[action.to];
  ctx.state.actions.push({ piid: instance.piid, action: name, username: ctx.user.username });
}

export function actOnInstance(ctx: IbmEndpointContext, rawInstanceId: string, method: string): Reply {
  const [name, action] = stateActionOf(ctx.query, method);
  const piid = parseInstanceId(rawInstanceId);
  if (!ctx.user.admin) throw notAuthorized(action.reportedAs);
  const instance = ctx.state.instances.get(piid);
  if (!instance) throw actionOnMissingInstance(action.reportedAs, piid);
  applyStateAction(ctx, instance, name, action);
  return successReply(instanceJson(instance, parseParts(ctx.query)));
}
