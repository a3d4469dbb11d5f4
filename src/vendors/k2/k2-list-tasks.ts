import { z } from 'zod';
import type { TaskListQuery, TaskPage, TaskSortField } from '../../core/list-views.js';
import type { TaskView } from '../../core/read-views.js';
import { readWithSchema } from '../../pipeline/read-with-schema.js';
import type { OperationDeclaration } from '../../pipeline/vendor-operation.js';
import { createSafeXmlParser, type XmlNode } from '../../xml/safe-xml-parser.js';
import { checkXmlText } from '../../xml/xml-input-checks.js';
import { elementText, xmlAttribute, xmlElement, xmlElements, xmlTextElement } from '../../xml/xml-schemas.js';
import { writeXml } from '../../xml/xml-writer.js';
import { K2_NS } from './k2-namespaces.js';
import { K2_XML_HEADERS } from './k2-wire.js';

const parse = createSafeXmlParser({ arrays: ['Task', 'Action'] });

/**
 * The Criteria field each sort key orders by. `ProcessStartDate` is the documented example's;
 * the others are guesses: the names of the TaskCollection's own elements.
 */
const SORT_FIELDS: Record<TaskSortField, string> = {
  START_DATE: 'ProcessStartDate', PRIORITY: 'Priority', FOLIO: 'ProcessFolio', PROCESS_NAME: 'ProcessName', ACTIVITY_NAME: 'ActivityName',
};

const text = xmlTextElement.optional();
const TaskXml = z.looseObject({
  '@SerialNumber': xmlAttribute,
  ProcessFullName: text, ProcessName: text, ProcessFolio: text, Priority: text, Status: text, AllocatedUser: text,
  Action: xmlElements(z.looseObject({ '@Name': xmlAttribute, '@Batchable': xmlAttribute })).optional(),
});
const Answer = z.looseObject({ TaskCollection: xmlElement(z.looseObject({ Task: xmlElements(TaskXml).optional() })) });

/**
 * A worklist page from `POST SyncREST.svc/Task/Items/Filtered` (FACTS.md, K2): a Criteria body
 * with one `Filter` per criterion (`ProcessFolio Like` is the documented example; `ProcessFullName`
 * and `Status` with `Equal` are guesses named after the answer's elements) and a `Sort`. The
 * documents show no paging, so the answer is the whole filtered collection and the gateway cuts
 * the page out of it; `total` is the collection's length. Guesses: several Filters must all hold;
 * the serial number is `<process instance id>_<destination id>`, the only place the collection
 * names the instance.
 */
export const k2ListTasks: OperationDeclaration<TaskListQuery, TaskPage> = {
  check: ({ filter }) =>
    checkXmlText(filter.folioContains, 'filter.folioContains') ?? checkXmlText(filter.processFullName, 'filter.processFullName') ?? checkXmlText(filter.status, 'filter.status'),
  request: (query) => ({ method: 'POST', path: '/SyncREST.svc/Task/Items/Filtered', headers: K2_XML_HEADERS, body: criteriaXml(query) }),
  effect: 'read',
  read: ({ body }, query) => {
    const doc = parse(body);
    const answer = doc instanceof Error ? doc : readWithSchema(Answer, doc);
    if (answer instanceof Error) return answer;
    // An item without a serial number cannot be named, acted on or cached: it is left out.
    const all = (answer.TaskCollection.Task ?? []).filter((t) => (t['@SerialNumber'] ?? '') !== '');
    return {
      items: all.slice(query.offset, query.offset + query.first).map(taskView),
      hasNextPage: all.length > query.offset + query.first,
      total: all.length,
    };
  },
};

function criteriaXml({ filter, sort }: TaskListQuery): string {
  const filters: XmlNode[] = [];
  const add = (field: string, comparison: string, value: string | null | undefined) => {
    if (value != null) filters.push({ '@Field': field, '@Comparison': comparison, '@ValueType': 'String', '#text': value });
  };
  add('ProcessFolio', 'Like', filter.folioContains);
  add('ProcessFullName', 'Equal', filter.processFullName);
  add('Status', 'Equal', filter.status);
  const criteria: XmlNode = { '@xmlns': K2_NS.worklist };
  if (filters.length) criteria['Filter'] = filters;
  if (sort) criteria['Sort'] = { '@Field': SORT_FIELDS[sort.field], '@Order': sort.direction === 'DESC' ? 'Descending' : 'Ascending' };
  return writeXml({ Criteria: criteria });
}

function taskView(t: z.infer<typeof TaskXml>): TaskView {
  const serial = t['@SerialNumber'] ?? '';
  const priority = Number(elementText(t.Priority));
  const folio = t.ProcessFolio === undefined ? null : elementText(t.ProcessFolio);
  const allocated = t.AllocatedUser === undefined ? '' : elementText(t.AllocatedUser);
  const instance = /^([0-9]+)_[0-9]+$/.exec(serial)?.[1] ?? null;
  return {
    serialNumber: serial,
    backend: '',
    vendor: 'K2',
    status: elementText(t.Status) || 'Unknown',
    allocatedUser: allocated === '' ? null : allocated,
    priority: t.Priority !== undefined && Number.isInteger(priority) ? priority : null,
    processInstanceId: instance,
    folio,
    actions: (t.Action ?? []).map((a) => ({ name: a['@Name'] ?? '', batchable: a['@Batchable'] === 'true' })),
    activityVariables: [],
    // The collection's sample has no activity fields and no allocated user: read when selected.
    incomplete: { allocatedUser: allocated === '', activityVariables: true },
  };
}
