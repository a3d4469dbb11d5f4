import type { DataFieldValue, UpdateProcessInstanceCommand } from '../../core/commands.js';
import { z } from 'zod';
import { readWithSchema } from '../../pipeline/read-with-schema.js';
import { createSafeXmlParser, type XmlNode } from '../../xml/safe-xml-parser.js';
import { xmlElement, xmlElements, xmlNamedField } from '../../xml/xml-schemas.js';
import { writeXml } from '../../xml/xml-writer.js';
import { K2_NS } from './k2-namespaces.js';

const parse = createSafeXmlParser({ arrays: ['DataField', 'XmlField'] });

/**
 * The UpdateProcessInstance body, as in the document's example: `w:ProcessInstance` with the
 * attributes the input sets, `p:DataField` per data field and `p:XmlField` per XML field, whose
 * XML document travels as escaped text (as K2's own GET shows it), never as inline elements.
 */
export function buildUpdateProcessInstanceXml(command: UpdateProcessInstanceCommand): string {
  const root: XmlNode = { '@xmlns:w': K2_NS.worklist };
  const hasFields = !!(command.dataFields?.length || command.xmlFields?.length);
  if (hasFields) root['@xmlns:p'] = K2_NS.process;
  root['@ID'] = command.instanceId;
  if (command.priority != null) root['@Priority'] = String(command.priority);
  if (command.folio != null) root['@Folio'] = command.folio;
  if (command.expectedDuration != null) root['@ExpectedDuration'] = String(command.expectedDuration);
  if (command.dataFields?.length) root['p:DataField'] = command.dataFields.map((f) => ({ '@Name': f.name, '#text': f.value }));
  if (command.xmlFields?.length) root['p:XmlField'] = command.xmlFields.map((f) => ({ '@Name': f.name, '#text': f.xml }));
  return writeXml({ 'w:ProcessInstance': root });
}

const FieldContainer = xmlElement(z.looseObject({ DataField: xmlElements(xmlNamedField).optional() }).transform((c) => c.DataField ?? []));
const UpdateAnswer = z.looseObject({ DataFieldCollection: FieldContainer.optional(), ProcessInstance: FieldContainer.optional() });

/**
 * The data fields in an UpdateProcessInstance answer. The document says "ProcessInstance or
 * Failure" but its example is a `DataFieldCollection`, and an empty body is success too: all
 * three are read. Null means the answer carried no data fields; an Error, an unreadable body.
 */
export function parseUpdateProcessInstanceAnswer(body: string): DataFieldValue[] | null | Error {
  if (body.trim() === '') return null;
  const doc = parse(body);
  if (doc instanceof Error) return doc;
  const answer = readWithSchema(UpdateAnswer, doc);
  if (answer instanceof Error) return answer;
  const fields = answer.DataFieldCollection ?? answer.ProcessInstance;
  return fields ?? new Error(`expected a DataFieldCollection or ProcessInstance, got <${firstElement(doc)}>`);
}

function firstElement(doc: XmlNode): string {
  return Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? 'nothing';
}
