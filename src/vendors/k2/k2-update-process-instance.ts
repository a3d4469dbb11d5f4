import type { ProcessInstanceUpdated, UpdateProcessInstanceCommand } from '../../core/commands.js';
import { invalidInput } from '../../core/failures.js';
import { checkNonNegativeInt } from '../../core/input-checks.js';
import type { OperationDeclaration } from '../../pipeline/vendor-operation.js';
import { checkXmlText } from '../../xml/xml-input-checks.js';
import { checkDataFields, checkK2Integer, checkXmlFields } from './k2-input-checks.js';
import { buildUpdateProcessInstanceXml, parseUpdateProcessInstanceAnswer } from './k2-process-instance-xml.js';
import { K2_XML_HEADERS } from './k2-wire.js';

/** `POST REST.svc/Process/Instances/UpdateProcessInstance` (k2-update-process-instance.txt). */
export const k2UpdateProcessInstance: OperationDeclaration<UpdateProcessInstanceCommand, ProcessInstanceUpdated> = {
  check: (command) =>
    (command.properties != null ? invalidInput('properties', 'is a CSA field; a K2 instance takes folio, priority, expectedDuration, dataFields and xmlFields') : null) ??
    checkK2Integer(command.instanceId, 'instanceId') ??
    checkNonNegativeInt(command.priority, 'priority') ??
    checkNonNegativeInt(command.expectedDuration, 'expectedDuration') ??
    checkXmlText(command.folio, 'folio') ??
    checkDataFields(command.dataFields, 'dataFields') ??
    checkXmlFields(command.xmlFields, 'xmlFields') ??
    (command.folio == null && command.priority == null && command.expectedDuration == null && !command.dataFields?.length && !command.xmlFields?.length
      ? invalidInput(null, 'nothing to update: set folio, priority, expectedDuration, dataFields or xmlFields')
      : null),
  request: (command) => ({
    method: 'POST',
    path: '/REST.svc/Process/Instances/UpdateProcessInstance',
    // synchronous: answer once applied, so a read right after sees it; piDataField: send the fields back.
    query: { synchronous: 'true', piDataField: 'true' },
    headers: K2_XML_HEADERS,
    body: buildUpdateProcessInstanceXml(command),
  }),
  // Setting the same fields twice leaves the same instance.
  effect: 'repeatable write',
  read: ({ status, body }, command) => {
    // "Due to the asynchronous nature of the POST, a successful call may not return anything"
    // (k2-update-process-instance.txt): a 202 accepted the update without confirming it. (The
    // 202 "not updated" rule is UpdateTask's, not this call's.)
    if (status === 202) return { instanceId: command.instanceId, dataFields: null, snapshot: null, confirmed: false };
    const dataFields = parseUpdateProcessInstanceAnswer(body);
    return dataFields instanceof Error ? dataFields : { instanceId: command.instanceId, dataFields, snapshot: null, confirmed: true };
  },
};
