import type { Reply } from '../shared/reply.js';
import { applyAssignments, planAllVariables } from './ibm-bpm-all-variables-plan.js';
import { parseAllVariablesRequest } from './ibm-bpm-all-variables-request.js';
import type { IbmEndpointContext } from './ibm-bpm-endpoint-context.js';
import { invalidParameter, notAuthorized, wrongState } from './ibm-bpm-failure.js';
import { findInstance, parseInstanceId } from './ibm-bpm-instance-id.js';
import { successReply } from './ibm-bpm-reply.js';
import { parseJsonBody, requireJsonBody } from './ibm-bpm-request-body.js';
import { acceptsVariableUpdates } from './ibm-bpm-update-states.js';

/** The action name CWTBG0014E and CWTBG0549E report. Guess: the method's name, as 'resume' is for resume. */
export const SET_ALL_VARIABLES = 'setAllVariables';

/**
 * PUT /process/{instanceId}/allVariables[?serverId=] (ibm-bpm-all-variables.txt).
 * Guess, the order of checks: media type (415), caller (403), instance id (400), serverId (400),
 * instance (404), body shape (400), state (409), then the body against the instance (400). All of
 * them run before anything changes.
 */
export function setAllVariables(ctx: IbmEndpointContext, rawInstanceId: string): Reply {
  requireJsonBody(ctx.contentType, ctx.body);
  if (!ctx.user.admin) throw notAuthorized(SET_ALL_VARIABLES); // "Only admin users can run this method."
  const piid = parseInstanceId(rawInstanceId);
  const serverId = ctx.query.get('serverId');
  // Guess: any non-empty serverId names a server the emulator stands in for; an empty one is invalid.
  if (serverId === '') throw invalidParameter('serverId');
  const instance = findInstance(ctx.state, piid);
  const request = parseAllVariablesRequest(parseJsonBody(ctx.body));
  if (!acceptsVariableUpdates(instance.executionState)) throw wrongState(instance.executionState, piid, SET_ALL_VARIABLES);
  applyAssignments(planAllVariables(instance, request));
  ctx.state.updates.push({ piid, serverId, username: ctx.user.username });
  // The message of the single-variable PUT (FACTS [C]); the document shows the same example.
  return successReply({ message: 'Successfully updated.' });
}
