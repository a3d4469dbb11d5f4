import type { ProcessInstanceView, ProcessState, VariableView } from '../../core/read-views.js';
import { createSafeXmlParser, textOf, type XmlNode } from '../../http/safe-xml-parser.js';

const parse = createSafeXmlParser({ arrays: ['DataField', 'XmlField'] });

/**
 * K2's process instance Status words (the GET sample shows "Active"; K2's ProcessInstance status
 * enum also has New, Running, Stopped, Completed, Error and Deleted) in the gateway's terms.
 */
const STATES: Record<string, ProcessState> = {
  New: 'NOT_STARTED', Active: 'RUNNING', Running: 'RUNNING', Stopped: 'SUSPENDED',
  Completed: 'COMPLETED', Error: 'FAILED', Deleted: 'CANCELED',
};

export const k2State = (status: string | null): ProcessState => (status && STATES[status]) || 'UNKNOWN';

/**
 * The documented `GET REST.svc/Process/Instances({id})?piDataField=true&piXmlField=true` answer:
 * a `ProcessInstance` element with ID, Folio, Priority, Status, StartDate, Name, FullName and its
 * DataField / XmlField children (XML field values are escaped text: FACTS.md K2).
 */
export function parseK2ProcessInstance(body: string, backend: string): ProcessInstanceView | Error {
  const doc = parse(body);
  if (doc instanceof Error) return doc;
  const pi = doc['ProcessInstance'];
  if (!pi || typeof pi !== 'object') return new Error('the answer is not a ProcessInstance');
  return k2InstanceView(pi as XmlNode, backend);
}

/** The view of a ProcessInstance element (also found inside a WorklistItem). */
export function k2InstanceView(pi: XmlNode, backend: string): ProcessInstanceView {
  const attr = (name: string) => (typeof pi[`@${name}`] === 'string' ? (pi[`@${name}`] as string) : null);
  const status = attr('Status');
  const priority = Number(attr('Priority'));
  const started = attr('StartDate') ? new Date(attr('StartDate')!) : null;
  return {
    id: attr('ID') ?? '',
    backend,
    vendor: 'K2',
    state: k2State(status),
    vendorState: status,
    name: attr('FullName') ?? attr('Name'),
    folio: attr('Folio'),
    priority: attr('Priority') !== null && Number.isInteger(priority) ? priority : null,
    startedAt: started && !Number.isNaN(started.getTime()) ? started : null,
    version: null,
    variables: k2Fields(pi, 'DataField', 'XmlField'),
  };
}

/** Data fields as STRING variables and XML fields as XML variables, in document order per kind. */
export function k2Fields(node: XmlNode, dataElement: string, xmlElement: string): VariableView[] {
  const list = (element: string, type: 'STRING' | 'XML') =>
    ((node[element] as unknown[] | undefined) ?? []).map((f) => ({
      name: String((f as XmlNode)['@Name'] ?? ''),
      type,
      value: textOf(f),
      scope: null,
    }));
  return [...list(dataElement, 'STRING'), ...list(xmlElement, 'XML')];
}
