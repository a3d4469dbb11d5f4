import { MalformedXmlError, decodeXmlTextWithCdata, trimXmlWhitespace } from '../shared/xml-text.js';
import { invalidRequest } from './k2-failure.js';
import { PROCESS_NS, TASK_NS, WORKLIST_NS } from './k2-namespaces.js';
import { parseXmlTree, type XmlElement } from './k2-xml-tree.js';

/**
 * Reads the two documented request bodies into plain values. Namespaces, not prefixes, decide
 * what an element is (k2-update-process-instance.txt, k2-update-task.txt: "Namespaces").
 * Any invalid (unknown) element or attribute is ignored, as both documents say.
 */

export interface FieldValue {
  name: string;
  value: string;
}

export interface ProcessInstanceUpdate {
  id: number;
  priority: number | undefined;
  folio: string | undefined;
  expectedDuration: number | undefined;
  dataFields: FieldValue[];
  xmlFields: FieldValue[];
}

export interface TaskUpdate {
  serialNumber: string;
  /** UpdateTask/@ID as sent, if sent: the document calls it required, its example leaves it out. */
  itemId: string | undefined;
  action: string;
  priority: number | undefined;
  processFolio: string | undefined;
  processDataFields: FieldValue[];
  processXmlFields: FieldValue[];
  activityDataFields: FieldValue[];
  activityXmlFields: FieldValue[];
}

const XML_FIELD_NAMES: ReadonlySet<string> = new Set(['XmlField', 'ProcessXmlField', 'ActivityXmlField']);

/** `<w:ProcessInstance ID=".." Priority=".." Folio=".." ExpectedDuration="..">` with p:DataField / p:XmlField. */
export function parseProcessInstanceUpdate(body: string): ProcessInstanceUpdate {
  const root = parseDocument(body);
  if (root.ns !== WORKLIST_NS || root.local !== 'ProcessInstance') {
    throw invalidRequest(`the root element must be ProcessInstance in ${WORKLIST_NS}`);
  }
  const id = parseInteger(root.attrs.get('ID'), 'ID');
  if (id === undefined) throw invalidRequest('ProcessInstance/@ID is required');
  return {
    id,
    priority: parseInteger(root.attrs.get('Priority'), 'Priority'),
    folio: root.attrs.get('Folio'),
    expectedDuration: parseInteger(root.attrs.get('ExpectedDuration'), 'ExpectedDuration'),
    dataFields: fields(root, 'DataField'),
    xmlFields: fields(root, 'XmlField'),
  };
}

/** `<t:UpdateTask Action=".." [ID=".."]><t:Task SerialNumber=".." Priority=".." ProcessFolio="..">…`. */
export function parseTaskUpdate(body: string): TaskUpdate {
  const root = parseDocument(body);
  if (root.ns !== TASK_NS || root.local !== 'UpdateTask') {
    throw invalidRequest(`the root element must be UpdateTask in ${TASK_NS}`);
  }
  return readUpdateTask(root);
}

/**
 * `<t:UpdateTaskCollection><t:UpdateTask ID="1000" Action="a:Rework"><t:Task SerialNumber="1_34">…`
 * (FACTS.md, 5.3 Task/UpdateTasks). Guess: an empty collection is refused; other children are
 * ignored, as invalid elements are.
 */
export function parseTaskUpdates(body: string): TaskUpdate[] {
  const root = parseDocument(body);
  if (root.ns !== TASK_NS || root.local !== 'UpdateTaskCollection') {
    throw invalidRequest(`the root element must be UpdateTaskCollection in ${TASK_NS}`);
  }
  const items = root.children.filter((c) => c.ns === TASK_NS && c.local === 'UpdateTask');
  if (items.length === 0) throw invalidRequest('UpdateTaskCollection holds no UpdateTask');
  return items.map(readUpdateTask);
}

function readUpdateTask(root: XmlElement): TaskUpdate {
  const action = root.attrs.get('Action');
  if (action === undefined) throw invalidRequest('UpdateTask/@Action is required');

  const tasks = root.children.filter((c) => c.ns === TASK_NS && c.local === 'Task');
  const [task, ...extra] = tasks;
  // Guess: a single UpdateTask updates a single task; several Task children are ambiguous.
  if (extra.length > 0) throw invalidRequest('UpdateTask holds at most one Task');

  // The document lists UpdateTask/@ID as "the SerialNumber of the task to update", but its own
  // example has no ID and carries the serial on Task/@SerialNumber. Both are accepted; when both
  // are present, Task/@SerialNumber wins because it is the one the example uses.
  const serialNumber = task?.attrs.get('SerialNumber') ?? root.attrs.get('ID');
  if (serialNumber === undefined || trimXmlWhitespace(serialNumber) === '') {
    throw invalidRequest('Task/@SerialNumber (or UpdateTask/@ID) is required');
  }
  return {
    serialNumber: trimXmlWhitespace(serialNumber),
    itemId: root.attrs.get('ID'),
    action,
    priority: parseInteger(task?.attrs.get('Priority'), 'Priority'),
    processFolio: task?.attrs.get('ProcessFolio'),
    processDataFields: task ? fields(task, 'ProcessDataField') : [],
    processXmlFields: task ? fields(task, 'ProcessXmlField') : [],
    activityDataFields: task ? fields(task, 'ActivityDataField') : [],
    activityXmlFields: task ? fields(task, 'ActivityXmlField') : [],
  };
}

function parseDocument(body: string): XmlElement {
  try {
    return parseXmlTree(body, XML_FIELD_NAMES);
  } catch (error) {
    if (error instanceof MalformedXmlError) throw invalidRequest(`the request is not well-formed XML: ${error.message}`);
    throw error;
  }
}

/** The children named `local` in the process namespace, with their values. */
function fields(parent: XmlElement, local: string): FieldValue[] {
  return parent.children
    .filter((c) => c.ns === PROCESS_NS && c.local === local)
    .map((c) => {
      const name = c.attrs.get('Name');
      if (name === undefined) throw invalidRequest(`${local}/@Name is required`);
      return { name, value: XML_FIELD_NAMES.has(local) ? xmlFieldValue(c) : dataFieldValue(c) };
    });
}

/**
 * A data field holds text. Guess: child elements inside one are refused rather than flattened,
 * because K2 reads the value with XmlConvert, which has no meaning for markup.
 */
function dataFieldValue(element: XmlElement): string {
  if (element.children.length > 0) throw invalidRequest(`${element.local} "${element.attrs.get('Name') ?? ''}" must hold text, not elements`);
  return element.text;
}

/**
 * An XML field's value is an XML document held as a string. A good client sends it escaped
 * (`&lt;Doc&gt;…`, or in CDATA), which is decoded here. The document's own example instead
 * writes the document inline as child elements; that markup is kept as sent.
 * Guess: around inline markup, the indentation whitespace is not part of the value.
 */
function xmlFieldValue(element: XmlElement): string {
  const raw = element.raw ?? '';
  const withoutCdata = raw.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  if (!withoutCdata.includes('<')) {
    try {
      return decodeXmlTextWithCdata(raw);
    } catch (error) {
      if (error instanceof MalformedXmlError) throw invalidRequest(error.message);
      throw error;
    }
  }
  return trimXmlWhitespace(raw);
}

/**
 * xsd:int, as .NET's XmlConvert reads it: optional sign, digits, surrounding whitespace allowed.
 * Undefined when the attribute is absent (attributes not present are left unchanged).
 */
function parseInteger(value: string | undefined, attribute: string): number | undefined {
  if (value === undefined) return undefined;
  const text = trimXmlWhitespace(value);
  const n = /^[+-]?\d{1,10}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < -2147483648 || n > 2147483647) {
    throw invalidRequest(`@${attribute} must be an integer, got "${value}"`);
  }
  return n;
}
