import type { Reply } from '../shared/reply.js';
import type { K2EndpointContext } from './k2-endpoint-context.js';
import { K2Failure, invalidRequest } from './k2-failure.js';
import { booleanOption } from './k2-http-input.js';
import { xmlReply } from './k2-reply.js';
import { worklistItemXml, type WorklistItemSelection } from './k2-response-xml.js';
import { wakeIfDue } from './k2-task-actions.js';

/**
 * GET REST.svc/Worklist/Items({SerialNumber})?allocate=&piDataField=&actDataField=… (FACTS.md,
 * section 1): "WorklistItem or Failure". A read, so an account without write rights may use it.
 *
 * `allocate` "determines if the worklist item will be allocated to current user on retrieval";
 * its default comes from K2's web.config. Guess: the default allocates (the careful assumption
 * for a client, which should say allocate=false), and allocating opens an Available item for the
 * reading account.
 */
export function getWorklistItem(ctx: K2EndpointContext, serialText: string): Reply {
  const select: WorklistItemSelection = {
    process: { dataFields: booleanOption(ctx.query, 'piDataField'), xmlFields: booleanOption(ctx.query, 'piXmlField') },
    activityDataFields: booleanOption(ctx.query, 'actDataField'),
    activityXmlFields: booleanOption(ctx.query, 'actXmlField'),
  };
  const allocate = ctx.query.get('allocate') === null || booleanOption(ctx.query, 'allocate');
  // Guess: a serial that is not `digits_digits` is a bad request, not an unknown item.
  if (!/^\d{1,10}_\d{1,10}$/.test(serialText)) {
    throw invalidRequest(`serial number "${serialText}" is not of the form {processInstanceId}_{id}`);
  }

  // Same lookups, in the same order, as UpdateTask: a completed item is gone from the worklist.
  const task = ctx.state.tasks.get(serialText);
  if (!task || task.status === 'Completed') {
    throw new K2Failure(404, 'WorklistItemNotFound', `worklist item ${serialText} was not found`);
  }
  const instance = ctx.state.instances.get(task.processInstanceId);
  if (!instance) {
    throw new K2Failure(404, 'ProcessInstanceNotFound', `process instance ${task.processInstanceId} was not found`);
  }
  wakeIfDue(task, ctx.now);
  if (allocate && task.status === 'Available') {
    task.status = 'Open';
    task.allocatedUser = `K2:${ctx.user.username}`;
  }
  return xmlReply(200, worklistItemXml(task, instance, select));
}
