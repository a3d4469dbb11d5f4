import type { Reply } from '../shared/reply.js';
import type { IbmEndpointContext } from './ibm-bpm-endpoint-context.js';
import { actionOnMissingInstance, IbmFailure, missingParameter, notAuthorized } from './ibm-bpm-failure.js';
import { parseInstanceId } from './ibm-bpm-instance-id.js';
import { applyStateAction, stateActionOf } from './ibm-bpm-instance-actions.js';
import { successReply } from './ibm-bpm-reply.js';

/**
 * `PUT|POST /process/bulk?action=suspend|resume|retry|terminate&instanceIds=1,2,…` (FACTS [C]:
 * the path, the actions and both methods). Each instance is changed as its own action would
 * change it. Guesses, where the documents are silent: the answer is 200 with
 * `data.failedOperations[]` of `{instanceId, errorNumber, errorMessage}` for the instances that
 * were refused (the shape IBM documents for its bulk task operations), an empty list when all
 * succeeded; ids are given comma-separated; `delete` is not emulated.
 */
export function actOnInstances(ctx: IbmEndpointContext, method: string): Reply {
  const [name, action] = stateActionOf(ctx.query, method === 'POST' ? 'PUT' : method);
  if (!ctx.user.admin) throw notAuthorized(action.reportedAs);
  const raw = ctx.query.get('instanceIds');
  if (raw === null || raw.trim() === '') throw missingParameter('instanceIds');
  // A malformed id refuses the whole call, as the bulk read does: nothing is changed.
  const piids = raw.split(',').map((id) => parseInstanceId(id.trim()));
  const failedOperations: { instanceId: string; errorNumber: string; errorMessage: string }[] = [];
  for (const piid of piids) {
    try {
      const instance = ctx.state.instances.get(piid);
      if (!instance) throw actionOnMissingInstance(action.reportedAs, piid);
      applyStateAction(ctx, instance, name, action);
    } catch (error) {
      if (!(error instanceof IbmFailure)) throw error;
      failedOperations.push({ instanceId: piid, errorNumber: error.code, errorMessage: error.message });
    }
  }
  return successReply({ failedOperations });
}
