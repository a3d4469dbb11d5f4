import type { Reply } from '../shared/reply.js';
import type { ElmaEndpointContext } from './elma365-endpoint-context.js';
import { ElmaFailure, invalidRequest } from './elma365-failure.js';
import { instanceJson } from './elma365-instance-json.js';
import { jsonReply } from './elma365-reply.js';
import { parseUuid } from './elma365-uuid.js';

/**
 * GET or POST /pub/v1/bpm/instance/{id}/get (FACTS.md section 4): the instance under `data`.
 * Any valid token may read. Guess: the POST variant's body is ignored, whatever it is.
 */
export function getInstance(ctx: ElmaEndpointContext, idText: string): Reply {
  const id = parseUuid(idText);
  // Guess: a malformed id is the same 400 as a malformed bulk update request.
  if (id === undefined) throw invalidRequest();
  const instance = ctx.state.instances.get(id);
  // Guess: the message is not documented.
  if (!instance) throw new ElmaFailure(404, 'InstanceNotFound', 'Process instance not found');
  return jsonReply(200, { success: true, data: instanceJson(instance) });
}
