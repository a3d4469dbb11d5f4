import type { Reply } from '../shared/reply.js';
import { applyBulkUpdate } from './elma365-bulk-update.js';
import { parseBulkUpdateRequest } from './elma365-bulk-update-request.js';
import type { ElmaEndpointContext } from './elma365-endpoint-context.js';
import { ElmaFailure, FORBIDDEN_MESSAGE, PROCESS_NOT_FOUND_MESSAGE } from './elma365-failure.js';
import { parseJsonBody, requireJsonContentType } from './elma365-json-input.js';
import { jsonReply } from './elma365-reply.js';
import { processKey } from './elma365-state.js';

/**
 * POST /pub/v1/bpm/instance/bytemplate/{namespace}/{code}/version
 * (elma365-migrate-instances.txt): moves pending instances to the latest published version.
 *
 * Guess: the document lists 400, 403 and 404 but not their order. The emulator checks the
 * caller's rights first, then the request itself (415, 400), and looks the process up last.
 */
export function bulkUpdateVersion(ctx: ElmaEndpointContext, namespace: string, code: string): Reply {
  if (!ctx.token.admin) throw new ElmaFailure(403, 'Forbidden', FORBIDDEN_MESSAGE);
  requireJsonContentType(ctx.contentType);
  const request = parseBulkUpdateRequest(parseJsonBody(ctx.body));
  const process = ctx.state.processes.get(processKey(namespace, code));
  if (!process) throw new ElmaFailure(404, 'ProcessNotFound', PROCESS_NOT_FOUND_MESSAGE);
  // Guess: success wears the same `success` flag as errors, the result under `result` as the
  // list endpoints do (FACTS.md section 4, [I] and [C-3p]).
  return jsonReply(200, { success: true, result: applyBulkUpdate(ctx.state, process, request) });
}
