import { escapeXmlAttribute as attr, escapeXmlText as text } from '../shared/xml-text.js';
import type { K2FailureCode } from './k2-failure.js';
import { PROCESS_NS, WORKLIST_NS } from './k2-namespaces.js';
import type { K2ProcessInstance } from './k2-state.js';

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
