import type { ProcessInstanceUpdated, UpdateProcessInstanceCommand } from '../../core/commands.js';
import type { OperationDeclaration } from '../../pipeline/vendor-operation.js';
import { checkCsaPropertyUpdate } from './csa-input-checks.js';
import { rememberWrite } from './csa-own-writes.js';
import { buildCsaPropertiesXml, parseCsaInstance, snapshotOf } from './csa-process-instance-xml.js';
import { CSA_XML_HEADERS, type CsaSettings } from './csa-wire.js';

/** `PUT processinstances/{id}?view=propertyinfo&scope=view&property_action_=merge` (csa-update-process-instance.txt). */
export const csaUpdateProcessInstance: OperationDeclaration<UpdateProcessInstanceCommand, ProcessInstanceUpdated, CsaSettings> = {
  check: (command) => checkCsaPropertyUpdate(command),
  request: (command, { userIdentifier }) => ({
    method: 'PUT',
    path: `/processinstances/${encodeURIComponent(command.instanceId)}`,
    // The documents' own order.
    query: { userIdentifier, view: 'propertyinfo', scope: 'view', property_action_: 'merge' },
    headers: CSA_XML_HEADERS,
    body: buildCsaPropertiesXml(command.instanceId, command.properties!),
  }),
  // A merge sets values; sending it twice leaves the same instance.
  effect: 'repeatable write',
  read: ({ body }, command) => {
    const instance = parseCsaInstance(body);
    return instance instanceof Error ? instance : { instanceId: command.instanceId, dataFields: null, snapshot: snapshotOf(instance), confirmed: true };
  },
  settle: (outcome, command, env) => rememberWrite(outcome, command.instanceId, env),
};
