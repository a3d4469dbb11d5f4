import { z } from 'zod';
import type { ProcessInstanceView, ProcessState, VariableView } from '../../core/read-views.js';
import { readWithSchema } from '../../pipeline/read-with-schema.js';
import type { OperationDeclaration } from '../../pipeline/vendor-operation.js';
import { createSafeXmlParser } from '../../xml/safe-xml-parser.js';
import { xmlAttribute, xmlElement, xmlElements, xmlNamedField } from '../../xml/xml-schemas.js';
import { checkK2Integer } from './k2-input-checks.js';
import { K2_XML_ACCEPT } from './k2-wire.js';

const parse = createSafeXmlParser({ arrays: ['DataField', 'XmlField'] });

/**
 * K2's process instance Status words (the GET sample shows "Active"; K2's ProcessInstance status
 * enum also has New, Running, Stopped, Completed, Error and Deleted) in the gateway's terms.
 */
const STATES: Record<string, ProcessState> = {
  New: 'NOT_STARTED', Active: 'RUNNING', Running: 'RUNNING', Stopped: 'SUSPENDED',
  Completed: 'COMPLETED', Error: 'FAILED', Deleted: 'CANCELED',
};

const fields = xmlElements(xmlNamedField).optional();

/** A `ProcessInstance` element, as the GET answers it and as a WorklistItem nests it. */
export const K2ProcessInstanceXml = z.looseObject({
  '@ID': xmlAttribute, '@Folio': xmlAttribute, '@Priority': xmlAttribute, '@Status': xmlAttribute,
  '@StartDate': xmlAttribute, '@Name': xmlAttribute, '@FullName': xmlAttribute,
  DataField: fields, XmlField: fields,
});
type K2ProcessInstanceXml = z.infer<typeof K2ProcessInstanceXml>;
const ReadAnswer = z.looseObject({ ProcessInstance: xmlElement(K2ProcessInstanceXml) });

/**
 * `GET REST.svc/Process/Instances({id})?piDataField=true&piXmlField=true` (FACTS.md, K2): a
 * `ProcessInstance` element with ID, Folio, Priority, Status, StartDate, Name, FullName and its
 * DataField / XmlField children (XML field values are escaped text).
 */
export const k2ReadInstance: OperationDeclaration<string, ProcessInstanceView> = {
  check: (id) => checkK2Integer(id, 'id'),
  request: (id) => ({ method: 'GET', path: `/REST.svc/Process/Instances(${id})`, query: { piDataField: 'true', piXmlField: 'true' }, headers: K2_XML_ACCEPT }),
  effect: 'read',
  read: ({ body }) => {
    const doc = parse(body);
    const answer = doc instanceof Error ? doc : readWithSchema(ReadAnswer, doc);
    return answer instanceof Error ? answer : k2InstanceView(answer.ProcessInstance);
  },
};

/** The view of a ProcessInstance element (the backend is filled by the pipeline's caller). */
export function k2InstanceView(pi: K2ProcessInstanceXml): ProcessInstanceView {
  const priority = Number(pi['@Priority']);
  const started = pi['@StartDate'] ? new Date(pi['@StartDate']) : null;
  return {
    id: pi['@ID'] ?? '',
    backend: '',
    vendor: 'K2',
    state: (pi['@Status'] && STATES[pi['@Status']]) || 'UNKNOWN',
    vendorState: pi['@Status'] ?? null,
    name: pi['@FullName'] ?? pi['@Name'] ?? null,
    folio: pi['@Folio'] ?? null,
    priority: pi['@Priority'] !== undefined && Number.isInteger(priority) ? priority : null,
    startedAt: started && !Number.isNaN(started.getTime()) ? started : null,
    version: null,
    variables: k2Variables(pi.DataField, pi.XmlField),
    executionTree: null,
  };
}

/** Data fields as STRING variables and XML fields as XML variables, in document order per kind. */
export function k2Variables(data: { name: string; value: string }[] | undefined, xml: { name: string; value: string }[] | undefined): VariableView[] {
  const list = (items: { name: string; value: string }[] | undefined, type: 'STRING' | 'XML') =>
    (items ?? []).map((f): VariableView => ({ name: f.name, type, value: f.value, scope: null }));
  return [...list(data, 'STRING'), ...list(xml, 'XML')];
}
