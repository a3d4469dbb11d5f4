import type { Reply } from '../shared/reply.js';
import type { CsaEndpointContext } from './csa-endpoint-context.js';
import { CsaFailure, invalidRequest } from './csa-failure.js';
import { decodeBody, requireXmlBody } from './csa-http-input.js';
import { mergeProperties } from './csa-property-merge.js';
import { xmlReply } from './csa-reply.js';
import { parsePropertiesUpdate, parseStateUpdate } from './csa-request-xml.js';
import { processInstanceXml } from './csa-response-xml.js';
import type { CsaProcessInstance, CsaState } from './csa-state.js';
import { mergeState } from './csa-state-merge.js';
import { updateView } from './csa-update-views.js';
import { requireAdminPerson } from './csa-user-identifier.js';

/**
 * GET and PUT /processinstances/{id} (Retrieve_a_process_instance.html, csa-update-process-instance.txt).
 * Guess: checks run from the outside in: body format, caller, request, target, content; the
 * way a JAX-RS service reads its media type first and its own rules last.
 */

export function getProcessInstance(ctx: CsaEndpointContext, id: string): Reply {
  requireAdminPerson(ctx.query, ctx.people);
  return xmlReply(200, processInstanceXml(findInstance(ctx.state, id)));
}

export function updateProcessInstance(ctx: CsaEndpointContext, id: string): Reply {
  requireXmlBody(ctx.contentType);
  requireAdminPerson(ctx.query, ctx.people);
  const view = updateView(ctx.query);
  const body = decodeBody(ctx.body);
  if (view === 'processinstancestate') {
    const update = parseStateUpdate(body);
    const instance = findInstance(ctx.state, id);
    checkBodyId(update.id, id);
    mergeState(instance, update, ctx.stateRefusalStatus);
    return xmlReply(200, processInstanceXml(instance));
  }
  const update = parsePropertiesUpdate(body);
  const instance = findInstance(ctx.state, id);
  checkBodyId(update.id, id);
  mergeProperties(instance, update.properties);
  return xmlReply(200, processInstanceXml(instance));
}

/**
 * Guess: a body `<id>` naming another instance is refused. The docs' second example does exactly
 * that (path ...4fb7be0f71, body ...ae38cb0065); which one real CSA would change is unknown, so
 * the emulator changes neither rather than guess.
 */
function checkBodyId(bodyId: string | undefined, pathId: string): void {
  if (bodyId !== undefined && bodyId !== pathId) {
    throw invalidRequest(`the body's id ${bodyId} does not match the id in the path, ${pathId}`);
  }
}

function findInstance(state: CsaState, id: string): CsaProcessInstance {
  const instance = state.instances.get(id);
  // "Process Instance Id sent has to exist in CSA, otherwise the call will fail with appropriate error message."
  if (!instance) throw new CsaFailure(404, 'ProcessInstanceNotFound', `process instance ${id} was not found`);
  return instance;
}
