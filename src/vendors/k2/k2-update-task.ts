import type { TaskUpdated, UpdateTaskCommand } from '../../core/commands.js';
import { checkNonNegativeInt } from '../../core/input-checks.js';
import type { OperationDeclaration } from '../../pipeline/vendor-operation.js';
import { checkXmlText } from '../../xml/xml-input-checks.js';
import { checkDataFields, checkK2Serial, checkXmlFields } from './k2-input-checks.js';
import { encodeK2TaskAction } from './k2-task-action.js';
import { buildUpdateTaskXml } from './k2-task-xml.js';
import { K2_NOT_UPDATED, K2_XML_HEADERS } from './k2-wire.js';

/** The action attribute of a checked command (`check` has refused every action it cannot encode). */
const actionOf = (command: UpdateTaskCommand): string => {
  const action = encodeK2TaskAction(command.action);
  if (!action.ok) throw new Error('an unchecked task action reached the request');
  return action.value;
};

/** `POST SyncREST.svc/Task/Items/UpdateTask` (k2-update-task.txt). */
export const k2UpdateTask: OperationDeclaration<UpdateTaskCommand, TaskUpdated> = {
  check: (command) => {
    const action = encodeK2TaskAction(command.action);
    return (
      checkK2Serial(command.serialNumber, 'serialNumber') ??
      (action.ok ? null : action.failure) ??
      checkNonNegativeInt(command.priority, 'priority') ??
      checkXmlText(command.folio, 'folio') ??
      checkDataFields(command.processDataFields, 'processDataFields') ??
      checkXmlFields(command.processXmlFields, 'processXmlFields') ??
      checkDataFields(command.activityDataFields, 'activityDataFields') ??
      checkXmlFields(command.activityXmlFields, 'activityXmlFields')
    );
  },
  request: (command) => ({
    method: 'POST',
    path: '/SyncREST.svc/Task/Items/UpdateTask',
    headers: K2_XML_HEADERS,
    body: buildUpdateTaskXml(command, actionOf(command)),
  }),
  // A task action must never run twice: no retry, and a timeout is not "retryable".
  effect: 'single write',
  statuses: K2_NOT_UPDATED,
  // The documented success is a 200 with an empty body; whatever else a 200 carries is ignored.
  read: (_response, command) => ({ serialNumber: command.serialNumber, vendorAction: actionOf(command) }),
};
