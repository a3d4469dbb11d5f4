import { emptyReply, type Reply } from '../shared/reply.js';
import { isXmlContentType } from '../shared/xml-content-type.js';
import type { K2EndpointContext } from './k2-endpoint-context.js';
import { K2Failure } from './k2-failure.js';
import { applyFields, checkFieldsExist } from './k2-fields.js';
import { decodeBody, requireWrite } from './k2-http-input.js';
import { parseTaskUpdate, parseTaskUpdates, type TaskUpdate } from './k2-request-xml.js';
import { applyTaskAction, checkTaskAction, parseTaskAction, wakeIfDue } from './k2-task-actions.js';

/**
 * POST SyncREST.svc/Task/Items/UpdateTask (k2-update-task.txt). All-or-nothing: the action,
 * every field and every attribute are checked before anything changes.
 */
export function updateTask(ctx: K2EndpointContext): Reply {
  // "Only XML requests are allowed. JSON requests will result in a 202 Status code and the task
  // will NOT be updated." Guess: any non-XML type (or none) counts, and this is decided by the
  // service's formatter, before rights are checked.
  if (!isXmlContentType(ctx.contentType)) return emptyReply(202);
  requireWrite(ctx.user);

  applyTaskUpdate(ctx, parseTaskUpdate(decodeBody(ctx.body)));
  // The documented raw response: 200, Content-Length: 0, Cache-Control: private (added for all).
  return emptyReply(200);
}

/**
 * POST SyncREST.svc/Task/Items/UpdateTasks (FACTS.md): each UpdateTask as UpdateTask does it.
 * Its answer is documented only as "Success/Failure". Guess, the least favourable reading a
 * client must survive: the items are applied in order, the first that fails stops the call with
 * its own Failure, and those before it stay applied.
 */
export function updateTasks(ctx: K2EndpointContext): Reply {
  if (!isXmlContentType(ctx.contentType)) return emptyReply(202);
  requireWrite(ctx.user);
  for (const update of parseTaskUpdates(decodeBody(ctx.body))) applyTaskUpdate(ctx, update);
  return emptyReply(200);
}

/** One task update, all or nothing: the action, every field and every attribute checked before anything changes. */
function applyTaskUpdate(ctx: K2EndpointContext, update: TaskUpdate): void {
  if (ctx.requireUpdateTaskId && !/^[0-9]+$/.test(update.itemId ?? '')) {
    throw new K2Failure(400, 'InvalidRequest', 'UpdateTask/@ID (Integer) is required');
  }
  const parsedAction = parseTaskAction(update.action, ctx.now);
  const task = ctx.state.tasks.get(update.serialNumber);
  if (!task || task.status === 'Completed') {
    throw new K2Failure(404, 'WorklistItemNotFound', `worklist item ${update.serialNumber} was not found`);
  }
  const instance = ctx.state.instances.get(task.processInstanceId);
  if (!instance) {
    throw new K2Failure(404, 'ProcessInstanceNotFound', `process instance ${task.processInstanceId} was not found`);
  }
  wakeIfDue(task, ctx.now);
  const action = checkTaskAction(task, parsedAction, ctx.state.knownUsers);
  checkFieldsExist(instance.dataFields, update.processDataFields, `process instance ${instance.id}`);
  checkFieldsExist(instance.xmlFields, update.processXmlFields, `process instance ${instance.id}`);
  checkFieldsExist(task.activityDataFields, update.activityDataFields, `activity ${task.activityName}`);
  checkFieldsExist(task.activityXmlFields, update.activityXmlFields, `activity ${task.activityName}`);

  applyFields(instance.dataFields, update.processDataFields);
  applyFields(instance.xmlFields, update.processXmlFields);
  applyFields(task.activityDataFields, update.activityDataFields);
  applyFields(task.activityXmlFields, update.activityXmlFields);
  if (update.priority !== undefined) task.priority = update.priority;
  if (update.processFolio !== undefined) instance.folio = update.processFolio;
  applyTaskAction(task, action);
}
