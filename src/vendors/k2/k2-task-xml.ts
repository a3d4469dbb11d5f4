import type { DataFieldValue, UpdateTaskCommand, XmlFieldValue } from '../../core/commands.js';
import type { XmlNode } from '../../xml/safe-xml-parser.js';
import { createXmlBuilder } from '../../xml/xml-writer.js';
import { K2_NS } from './k2-namespaces.js';

const builder = createXmlBuilder();

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
export function buildUpdateTaskXml(command: UpdateTaskCommand, action: string): string {
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
  const root: XmlNode = { '@xmlns:t': K2_NS.task };
  if (hasFields) root['@xmlns:p'] = K2_NS.process;
  root['@ID'] = SINGLE_TASK_ITEM_ID;
  root['@Action'] = action;
  root['t:Task'] = task;
  return `<?xml version="1.0" encoding="utf-8"?>${builder.build({ 't:UpdateTask': root }) as string}`;
}
