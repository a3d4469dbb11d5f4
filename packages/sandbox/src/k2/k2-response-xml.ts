import { escapeXmlAttribute as attr, escapeXmlText as text } from '../shared/xml-text.js';
import type { K2FailureCode } from './k2-failure.js';
import { PROCESS_NS, TASK_NS, WORKLIST_NS } from './k2-namespaces.js';
import type { K2ProcessInstance, K2Task } from './k2-state.js';

/**
 * The XML the emulator answers with, written by hand so every byte is deliberate. No XML
 * declaration: none of the documented responses shows one.
 */

const XSI_XSD =
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"';

export interface FieldSelection {
  /** `piDataField=true` */
  dataFields: boolean;
  /** `piXmlField=true` */
  xmlFields: boolean;
}

/**
 * The documented UpdateProcessInstance return example: a DataFieldCollection in the process
 * namespace. Guess: XmlField elements (value escaped as text) appear only with piXmlField=true,
 * DataField elements only with piDataField=true, each listing all of the instance's fields.
 */
export function dataFieldCollectionXml(instance: K2ProcessInstance, select: FieldSelection): string {
  return `<DataFieldCollection xmlns="${PROCESS_NS}" ${XSI_XSD}>${fieldsXml(instance, select, '')}</DataFieldCollection>`;
}

/**
 * The documented GET Process/Instances({id}) body: attributes in the documented (alphabetical)
 * order, default namespace worklist/d1, children re-declaring process/d1.
 * Guess: the emulator keeps no description or metadata; it writes the documented example's
 * `<Description/>` and `<Metadata>Blank</Metadata>` for every instance.
 */
export function processInstanceXml(instance: K2ProcessInstance, select: FieldSelection): string {
  const attributes = [
    `ExpectedDuration="${instance.expectedDuration}"`,
    `Folder="${attr(instance.folder)}"`,
    `Folio="${attr(instance.folio)}"`,
    `FullName="${attr(instance.fullName)}"`,
    `Guid="${attr(instance.guid)}"`,
    `ID="${instance.id}"`,
    `Name="${attr(instance.name)}"`,
    `Priority="${instance.priority}"`,
    `StartDate="${attr(instance.startDate)}"`,
    `Status="${instance.status}"`,
  ].join(' ');
  const ns = ` xmlns="${PROCESS_NS}"`;
  return (
    `<ProcessInstance ${attributes} xmlns="${WORKLIST_NS}" ${XSI_XSD}>` +
    `<Description${ns}/><Metadata${ns}>Blank</Metadata>` +
    fieldsXml(instance, select, ns) +
    '</ProcessInstance>'
  );
}

/** What a worklist item GET asks for besides the item itself. */
export interface WorklistItemSelection {
  /** `piDataField=true` / `piXmlField=true`, for the nested ProcessInstance. */
  process: FieldSelection;
  /** `actDataField=true` */
  activityDataFields: boolean;
  /** `actXmlField=true` (Guess: the Task/Items option, taken here too). */
  activityXmlFields: boolean;
}

/**
 * GET REST.svc/Worklist/Items({SerialNumber}) (FACTS.md, section 1). Only the sample's outline is
 * documented: `<WorklistItem AllocatedUser ID SerialNumber Status xmlns="…worklist/d1">` with
 * `<Data>`, `<Action Name Batchable/>` and a nested `<ProcessInstance>`. Attributes are written
 * in the sample's (alphabetical) order, the root without xsi/xsd, as in the sample. Guesses:
 * - ID is the number after `_` in the serial (the sample's 25 is not in its serial 19_10, so
 *   the real ID is something else: the emulator keeps no activity-destination id).
 * - Priority is the task's own; SleepUntil appears only on a Sleeping task with a wake-up time.
 * - Status is the emulator's status word as is (Available, Open, Sleeping).
 * - Data is a made-up form URL carrying the serial, like the TaskCollection sample's `…?SN=12_8`.
 * - The nested ProcessInstance is exactly what the instance GET writes, its own namespace
 *   declarations included.
 * - Activity fields follow the ProcessInstance as `<ActivityDataField Name>` and
 *   `<ActivityXmlField Name>` in process/d1, named after the UpdateTask request's elements.
 * - Delegations are not shown: the sample has nothing to model them on.
 */
export function worklistItemXml(task: K2Task, instance: K2ProcessInstance, select: WorklistItemSelection): string {
  const attributes = [
    `AllocatedUser="${attr(task.allocatedUser)}"`,
    `ID="${attr(worklistItemId(task.serialNumber))}"`,
    `Priority="${task.priority}"`,
    `SerialNumber="${attr(task.serialNumber)}"`,
    ...(task.status === 'Sleeping' && task.sleepUntil !== null ? [`SleepUntil="${attr(task.sleepUntil)}"`] : []),
    `Status="${task.status}"`,
  ].join(' ');
  const ns = ` xmlns="${PROCESS_NS}"`;
  let out = `<WorklistItem ${attributes} xmlns="${WORKLIST_NS}">`;
  out += `<Data>${text(worklistItemDataUrl(task.serialNumber))}</Data>`;
  for (const action of task.actions) {
    out += `<Action Name="${attr(action.name)}" Batchable="${action.batchable ? 'true' : 'false'}"/>`;
  }
  out += processInstanceXml(instance, select.process);
  if (select.activityDataFields) {
    for (const [name, value] of task.activityDataFields) {
      out += `<ActivityDataField Name="${attr(name)}"${ns}>${text(value)}</ActivityDataField>`;
    }
  }
  if (select.activityXmlFields) {
    for (const [name, value] of task.activityXmlFields) {
      out += `<ActivityXmlField Name="${attr(name)}"${ns}>${text(value)}</ActivityXmlField>`;
    }
  }
  return `${out}</WorklistItem>`;
}

/**
 * A TaskCollection, as the documented sample shows it (FACTS.md section 1): default namespace
 * task/d1, one `<Task SerialNumber>` per item with ProcessName, StartDate, ProcessFullName,
 * ProcessFolio, ActivityName, Priority, Status, Originator, Data and its `<Action Name Batchable/>`
 * elements, in the sample's order. Guesses: StartDate is the instance's start; Originator is the
 * emulator's constant service account; AllocatedUser, which the sample does not show, is left out.
 */
export function taskCollectionXml(rows: readonly { task: K2Task; instance: K2ProcessInstance }[]): string {
  let out = `<TaskCollection xmlns="${TASK_NS}" ${XSI_XSD}>`;
  for (const { task, instance } of rows) {
    out += `<Task SerialNumber="${attr(task.serialNumber)}">`;
    out += `<ProcessName>${text(instance.name)}</ProcessName><StartDate>${text(instance.startDate)}</StartDate>`;
    out += `<ProcessFullName>${text(instance.fullName)}</ProcessFullName><ProcessFolio>${text(instance.folio)}</ProcessFolio>`;
    out += `<ActivityName>${text(task.activityName)}</ActivityName><Priority>${task.priority}</Priority><Status>${task.status}</Status>`;
    out += `<Originator>K2:DENALLIX\\administrator</Originator><Data>${text(worklistItemDataUrl(task.serialNumber))}</Data>`;
    for (const action of task.actions) out += `<Action Name="${attr(action.name)}" Batchable="${action.batchable ? 'true' : 'false'}"/>`;
    out += '</Task>';
  }
  return `${out}</TaskCollection>`;
}

/** Guess: the part of the serial after its `_` (serials are `{processInstanceId}_{n}`). */
function worklistItemId(serialNumber: string): string {
  return serialNumber.slice(serialNumber.indexOf('_') + 1);
}

/** Guess: the emulator has no forms; this is the kind of URL K2 puts in Data. */
function worklistItemDataUrl(serialNumber: string): string {
  return `http://k2.denallix.com/Runtime/Form.aspx?SN=${encodeURIComponent(serialNumber)}`;
}

function fieldsXml(instance: K2ProcessInstance, select: FieldSelection, nsDeclaration: string): string {
  let out = '';
  if (select.dataFields) {
    for (const [name, value] of instance.dataFields) {
      out += `<DataField Name="${attr(name)}"${nsDeclaration}>${text(value)}</DataField>`;
    }
  }
  if (select.xmlFields) {
    for (const [name, value] of instance.xmlFields) {
      out += `<XmlField Name="${attr(name)}"${nsDeclaration}>${text(value)}</XmlField>`;
    }
  }
  return out;
}

/**
 * Guess: K2 never shows its Failure body. The emulator writes a Failure element in the worklist
 * namespace with a code and a human message.
 */
export function failureXml(code: K2FailureCode, message: string): string {
  return `<Failure xmlns="${WORKLIST_NS}"><Code>${code}</Code><Message>${text(message)}</Message></Failure>`;
}
