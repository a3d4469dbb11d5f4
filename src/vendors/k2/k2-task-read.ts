import type { TaskView } from '../../core/read-views.js';
import { createSafeXmlParser, type XmlNode } from '../../http/safe-xml-parser.js';
import { k2Fields } from './k2-instance-read.js';

const parse = createSafeXmlParser({ arrays: ['Action', 'ActivityDataField', 'ActivityXmlField', 'DataField', 'XmlField'] });

/**
 * The documented `GET REST.svc/Worklist/Items({SerialNumber})` answer: a `WorklistItem` with
 * AllocatedUser, SerialNumber, Status, its `Action Name Batchable` children and the nested
 * `ProcessInstance` (FACTS.md, K2). Activity fields as `ActivityDataField` / `ActivityXmlField`
 * elements are the sandbox emulator's reading of "actDataField" (not shown in K2's sample).
 */
export function parseK2WorklistItem(body: string, backend: string): TaskView | Error {
  const doc = parse(body);
  if (doc instanceof Error) return doc;
  const item = doc['WorklistItem'];
  if (!item || typeof item !== 'object') return new Error('the answer is not a WorklistItem');
  const w = item as XmlNode;
  const attr = (node: XmlNode, name: string) => (typeof node[`@${name}`] === 'string' ? (node[`@${name}`] as string) : null);
  const pi = (typeof w['ProcessInstance'] === 'object' ? w['ProcessInstance'] : {}) as XmlNode;
  const priority = Number(attr(w, 'Priority'));
  return {
    serialNumber: attr(w, 'SerialNumber') ?? '',
    backend,
    vendor: 'K2',
    status: attr(w, 'Status') ?? 'Unknown',
    allocatedUser: attr(w, 'AllocatedUser'),
    priority: attr(w, 'Priority') !== null && Number.isInteger(priority) ? priority : null,
    processInstanceId: attr(pi, 'ID'),
    folio: attr(pi, 'Folio'),
    actions: ((w['Action'] as XmlNode[] | undefined) ?? []).map((a) => ({ name: attr(a, 'Name') ?? '', batchable: attr(a, 'Batchable') === 'true' })),
    activityVariables: k2Fields(w, 'ActivityDataField', 'ActivityXmlField'),
  };
}
