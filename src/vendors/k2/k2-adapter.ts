import type { Adapter } from '../../core/adapter.js';
import type { ProcessInstanceUpdated, TaskUpdated, UpdateProcessInstanceCommand, UpdateTaskCommand } from '../../core/commands.js';
import { invalidInput } from '../../core/failures.js';
import { readVendorAnswer } from '../../http/vendor-answer.js';
import { fail, type Outcome } from '../../core/outcome.js';
import type { BackendHttpClient, HttpResponse } from '../../http/backend-http-client.js';
import type { ProcessInstanceView, TaskView } from '../../core/read-views.js';
import { parseK2WorklistItem } from './k2-task-read.js';
import { parseK2ProcessInstance } from './k2-instance-read.js';
import { encodeK2TaskAction } from './k2-task-action.js';
import { buildUpdateProcessInstanceXml, parseUpdateProcessInstanceAnswer } from './k2-process-instance-xml.js';
import { buildUpdateTaskXml } from './k2-task-xml.js';
import { mapK2Error } from './map-k2-error.js';
import { checkNonNegativeInt } from '../../core/input-checks.js';
import { checkXmlText } from '../../http/xml-input-checks.js';
import { checkDataFields, checkK2Integer, checkXmlFields } from './validate-k2-fields.js';

/** K2 serial numbers: process instance id, underscore, destination id. */
const SERIAL = /^[0-9]+_[0-9]+$/;
const SERIAL_RULE = 'must be a K2 serial number like "8_25" (process instance id _ destination id)';

const XML_HEADERS = { 'content-type': 'application/xml; charset=utf-8', accept: 'application/xml' };

/** K2 (blackpearl / K2 Five legacy REST services): process instance and task updates, in XML. */
export class K2Adapter implements Adapter {
  readonly vendor = 'K2' as const;

  constructor(readonly id: string, private readonly http: BackendHttpClient) {}

  async updateProcessInstance(command: UpdateProcessInstanceCommand): Promise<Outcome<ProcessInstanceUpdated>> {
    if (command.properties != null) {
      return fail(invalidInput('properties', 'is a CSA field; a K2 instance takes folio, priority, expectedDuration, dataFields and xmlFields'));
    }
    const invalid =
      checkK2Integer(command.instanceId, 'instanceId') ??
      checkNonNegativeInt(command.priority, 'priority') ??
      checkNonNegativeInt(command.expectedDuration, 'expectedDuration') ??
      checkXmlText(command.folio, 'folio') ??
      checkDataFields(command.dataFields, 'dataFields') ??
      checkXmlFields(command.xmlFields, 'xmlFields');
    if (invalid) return fail(invalid);
    if (command.folio == null && command.priority == null && command.expectedDuration == null &&
        !command.dataFields?.length && !command.xmlFields?.length) {
      return fail(invalidInput(null, 'nothing to update: set folio, priority, expectedDuration, dataFields or xmlFields'));
    }
    const sent = await this.http.request({
      method: 'POST',
      path: '/REST.svc/Process/Instances/UpdateProcessInstance',
      // synchronous: answer once applied, so a read right after sees it; piDataField: send the fields back.
      query: { synchronous: 'true', piDataField: 'true' },
      headers: XML_HEADERS,
      body: buildUpdateProcessInstanceXml(command),
      idempotent: true,
    });
    return this.answer(sent, true, (body) => {
      const dataFields = parseUpdateProcessInstanceAnswer(body);
      return dataFields instanceof Error ? dataFields : { instanceId: command.instanceId, dataFields, snapshot: null };
    });
  }

  async updateTask(command: UpdateTaskCommand): Promise<Outcome<TaskUpdated>> {
    if (!SERIAL.test(command.serialNumber)) return fail(invalidInput('serialNumber', SERIAL_RULE));
    const action = encodeK2TaskAction(command.action);
    if (!action.ok) return action;
    const invalid =
      checkNonNegativeInt(command.priority, 'priority') ??
      checkXmlText(command.folio, 'folio') ??
      checkDataFields(command.processDataFields, 'processDataFields') ??
      checkXmlFields(command.processXmlFields, 'processXmlFields') ??
      checkDataFields(command.activityDataFields, 'activityDataFields') ??
      checkXmlFields(command.activityXmlFields, 'activityXmlFields');
    if (invalid) return fail(invalid);
    const sent = await this.http.request({
      method: 'POST',
      path: '/SyncREST.svc/Task/Items/UpdateTask',
      headers: XML_HEADERS,
      body: buildUpdateTaskXml(command, action.value),
      // A task action must never run twice: no retry, and a timeout is not "retryable".
      idempotent: false,
    });
    // The documented success is a 200 with an empty body; whatever else a 200 carries is ignored.
    return this.answer(sent, false, () => ({ serialNumber: command.serialNumber, vendorAction: action.value }));
  }

  /** K2 has no bulk read: one documented GET per instance, in parallel. */
  readInstances(ids: readonly string[]): Promise<Outcome<ProcessInstanceView>[]> {
    return Promise.all(ids.map((id) => this.readInstance(id)));
  }

  /** One documented worklist item GET per task, in parallel. */
  readTasks(serialNumbers: readonly string[]): Promise<Outcome<TaskView>[]> {
    return Promise.all(serialNumbers.map(async (serial) => {
      if (!SERIAL.test(serial)) return fail(invalidInput('serialNumber', SERIAL_RULE));
      const sent = await this.http.request({
        method: 'GET',
        path: `/REST.svc/Worklist/Items(${serial})`,
        // allocate=false: a read must not allocate the item to the gateway's account (K2's
        // default for `allocate` comes from its web.config, so it is always said).
        query: { allocate: 'false', piDataField: 'true', actDataField: 'true', actXmlField: 'true' },
        headers: { accept: 'application/xml' },
        idempotent: true,
      });
      return this.answer(sent, true, (body) => parseK2WorklistItem(body, this.id), false);
    }));
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private async readInstance(id: string): Promise<Outcome<ProcessInstanceView>> {
    const invalid = checkK2Integer(id, 'id');
    if (invalid) return fail(invalid);
    const sent = await this.http.request({
      method: 'GET',
      path: `/REST.svc/Process/Instances(${id})`,
      query: { piDataField: 'true', piXmlField: 'true' },
      headers: { accept: 'application/xml' },
      idempotent: true,
    });
    return this.answer(sent, true, (body) => parseK2ProcessInstance(body, this.id), false);
  }

  /** Success is 200 (or another 2xx but 202, K2's "not updated"); anything else is mapped from status and body. */
  private answer<T>(sent: Outcome<HttpResponse>, idempotent: boolean, read: (body: string) => T | Error, afterWrite = true): Outcome<T> {
    return readVendorAnswer(sent, {
      backend: this.id,
      vendor: 'K2',
      isSuccess: (status) => status >= 200 && status < 300 && status !== 202,
      mapError: ({ status, body }) => mapK2Error(this.id, status, body, idempotent),
      read: ({ body }) => read(body),
      afterWrite,
    });
  }
}
