import type { DataFieldValue, UpdateTaskItem, XmlFieldValue } from '../../core/commands.js';
import type { XmlNode } from '../../xml/safe-xml-parser.js';
import { writeXml } from '../../xml/xml-writer.js';
import { K2_NS } from './k2-namespaces.js';

/**
 * The item number an UpdateTask carries as `@ID`. The document lists `@ID (Integer, required)` on
 * UpdateTask and calls it "the SerialNumber", but serials like `2_24` are no integers, its own
 * single-task example carries none, and its batch example numbers the items (`ID="1000"`,
 * `ID="1001"`) beside each Task's SerialNumber. Guess: @ID numbers the item within the request,
 * so a single task is item 1; a server that enforces the text gets its integer, one that follows
 * the example ignores it.
 */
export const SINGLE_TASK_ITEM_ID = '1';

/** The UpdateTask body, shaped like the document's examples: the serial number on `t:Task/@SerialNumber`. */
export function buildUpdateTaskXml(command: UpdateTaskItem, action: string): string {
  const { node, hasFields } = updateTaskNode(command, action, SINGLE_TASK_ITEM_ID);
  const root: XmlNode = { '@xmlns:t': K2_NS.task };
  if (hasFields) root['@xmlns:p'] = K2_NS.process;
  return `<?xml version="1.0" encoding="utf-8"?>${writeXml({ 't:UpdateTask': { ...root, ...node } })}`;
}

/**
 * The UpdateTasks body (FACTS.md, 5.3 Task/UpdateTasks): `t:UpdateTaskCollection` around one
 * `t:UpdateTask` per item, each numbered by its `@ID` as the example numbers them (1000, 1001);
 * the gateway's numbers are the items' places in the batch. The namespaces go on the collection.
 */
export function buildUpdateTasksXml(items: readonly { id: number; command: UpdateTaskItem; action: string }[]): string {
  const nodes = items.map(({ id, command, action }) => updateTaskNode(command, action, String(id)));
  const root: XmlNode = { '@xmlns:t': K2_NS.task };
  if (nodes.some((n) => n.hasFields)) root['@xmlns:p'] = K2_NS.process;
  root['t:UpdateTask'] = nodes.map((n) => n.node);
  return `<?xml version="1.0" encoding="utf-8"?>${writeXml({ 't:UpdateTaskCollection': root })}`;
}

/** One `t:UpdateTask` without its namespace declarations; `hasFields`: it needs the `p` namespace. */
function updateTaskNode(command: UpdateTaskItem, action: string, id: string): { node: XmlNode; hasFields: boolean } {
  const task: XmlNode = { '@SerialNumber': command.serialNumber };
  if (command.priority != null) task['@Priority'] = String(command.priority);
  if (command.folio != null) task['@ProcessFolio'] = command.folio;
  const children: [string, readonly DataFieldValue[] | readonly XmlFieldValue[] | null | undefined][] = [
    ['p:ProcessDataField', command.processDataFields],
    ['p:ProcessXmlField', command.processXmlFields],
    ['p:ActivityDataField', command.activityDataFields],
    ['p:ActivityXmlField', command.activityXmlFields],
  ];
  let hasFields = false;
  for (const [element, list] of children) {
    if (!list?.length) continue;
    hasFields = true;
    task[element] = list.map((f) => ({ '@Name': f.name, '#text': 'xml' in f ? f.xml : f.value }));
  }
  return { node: { '@ID': id, '@Action': action, 't:Task': task }, hasFields };
}
