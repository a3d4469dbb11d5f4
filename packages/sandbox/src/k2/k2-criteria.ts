import { MalformedXmlError } from '../shared/xml-text.js';
import { invalidRequest } from './k2-failure.js';
import { WORKLIST_NS } from './k2-namespaces.js';
import { parseXmlTree } from './k2-xml-tree.js';

/**
 * The Criteria body of POST SyncREST.svc/Task/Items/Filtered (FACTS.md section 1, [C]):
 * `<Criteria xmlns="…worklist/d1"><Filter Field Comparison ValueType>value</Filter><Sort Field Order/></Criteria>`.
 * The documented example shows one Filter and one Sort. Guesses: several Filters all have to
 * hold (AND); several Sorts order by the first, then the next; Comparison is one of Equal,
 * NotEqual, Like (contains, ignoring case), Greater, Less; a Filter or Sort on a field the
 * emulator does not know, or any other comparison or order, is a 400.
 */
export interface TaskCriteria {
  filters: { field: TaskField; comparison: Comparison; value: string }[];
  sorts: { field: TaskField; descending: boolean }[];
}

export const TASK_FIELDS = ['ProcessFolio', 'ProcessName', 'ProcessFullName', 'ProcessStartDate', 'ActivityName', 'Status', 'Priority', 'SerialNumber'] as const;
export type TaskField = (typeof TASK_FIELDS)[number];
const COMPARISONS = ['Equal', 'NotEqual', 'Like', 'Greater', 'Less'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export function parseTaskCriteria(body: string): TaskCriteria {
  // Guess: an empty body is no criteria at all (every item).
  if (body.trim() === '') return { filters: [], sorts: [] };
  let root;
  try {
    root = parseXmlTree(body, new Set());
  } catch (error) {
    if (error instanceof MalformedXmlError) throw invalidRequest(`the request is not well-formed XML: ${error.message}`);
    throw error;
  }
  if (root.ns !== WORKLIST_NS || root.local !== 'Criteria') throw invalidRequest(`the root element must be Criteria in ${WORKLIST_NS}`);
  const criteria: TaskCriteria = { filters: [], sorts: [] };
  for (const child of root.children) {
    if (child.ns !== WORKLIST_NS) continue;
    if (child.local === 'Filter') {
      const comparison = child.attrs.get('Comparison') ?? 'Equal';
      if (!(COMPARISONS as readonly string[]).includes(comparison)) throw invalidRequest(`Filter/@Comparison "${comparison}" is not supported`);
      criteria.filters.push({ field: taskField(child.attrs.get('Field'), 'Filter'), comparison: comparison as Comparison, value: child.text });
    } else if (child.local === 'Sort') {
      const order = child.attrs.get('Order') ?? 'Ascending';
      if (order !== 'Ascending' && order !== 'Descending') throw invalidRequest(`Sort/@Order "${order}" must be Ascending or Descending`);
      criteria.sorts.push({ field: taskField(child.attrs.get('Field'), 'Sort'), descending: order === 'Descending' });
    }
  }
  return criteria;
}

function taskField(field: string | undefined, element: string): TaskField {
  if (field === undefined || !(TASK_FIELDS as readonly string[]).includes(field)) throw invalidRequest(`${element}/@Field "${field ?? ''}" is not a task field`);
  return field as TaskField;
}
