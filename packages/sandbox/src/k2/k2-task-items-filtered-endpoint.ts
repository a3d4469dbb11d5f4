import type { Reply } from '../shared/reply.js';
import { isXmlContentType } from '../shared/xml-content-type.js';
import { parseTaskCriteria, type TaskCriteria, type TaskField } from './k2-criteria.js';
import type { K2EndpointContext } from './k2-endpoint-context.js';
import { invalidRequest } from './k2-failure.js';
import { decodeBody } from './k2-http-input.js';
import { xmlReply } from './k2-reply.js';
import { taskCollectionXml } from './k2-response-xml.js';
import type { K2ProcessInstance, K2Task } from './k2-state.js';
import { wakeIfDue } from './k2-task-actions.js';

/**
 * POST SyncREST.svc/Task/Items/Filtered (FACTS.md section 1): the worklist items that meet the
 * Criteria, as a TaskCollection. A read, so an account without write rights may use it.
 * Guesses: the Task service answers every open item to any account (the documents do not say
 * whose worklist it is); completed items are gone; without a Sort, items come in serial-number
 * order; the body must be XML, as every Task service request must.
 */
export function filteredTaskItems(ctx: K2EndpointContext): Reply {
  if (ctx.body.length > 0 && !isXmlContentType(ctx.contentType)) throw invalidRequest('the Criteria must be sent as XML');
  const criteria = parseTaskCriteria(decodeBody(ctx.body));
  const rows: Row[] = [];
  for (const task of ctx.state.tasks.values()) {
    const instance = ctx.state.instances.get(task.processInstanceId);
    if (!instance || task.status === 'Completed') continue;
    wakeIfDue(task, ctx.now);
    rows.push({ task, instance });
  }
  const kept = rows.filter((row) => criteria.filters.every((f) => holds(value(row, f.field), f.comparison, f.value)));
  kept.sort((a, b) => compareSerials(a.task.serialNumber, b.task.serialNumber));
  for (const sort of [...criteria.sorts].reverse()) {
    kept.sort((a, b) => compare(value(a, sort.field), value(b, sort.field)) * (sort.descending ? -1 : 1));
  }
  return xmlReply(200, taskCollectionXml(kept));
}

interface Row { task: K2Task; instance: K2ProcessInstance }

function value(row: Row, field: TaskField): string | number {
  switch (field) {
    case 'ProcessFolio': return row.instance.folio;
    case 'ProcessName': return row.instance.name;
    case 'ProcessFullName': return row.instance.fullName;
    case 'ProcessStartDate': return row.instance.startDate;
    case 'ActivityName': return row.task.activityName;
    case 'Status': return row.task.status;
    case 'Priority': return row.task.priority;
    case 'SerialNumber': return row.task.serialNumber;
  }
}

function holds(actual: string | number, comparison: TaskCriteria['filters'][number]['comparison'], wanted: string): boolean {
  const want: string | number = typeof actual === 'number' ? Number(wanted) : wanted;
  switch (comparison) {
    case 'Equal': return actual === want;
    case 'NotEqual': return actual !== want;
    case 'Like': return String(actual).toLowerCase().includes(wanted.toLowerCase());
    case 'Greater': return actual > want;
    case 'Less': return actual < want;
  }
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `8_25` before `8_100`, and `9_1` before `10_1`: serials compare as their two numbers. */
function compareSerials(a: string, b: string): number {
  const [a1, a2] = a.split('_').map(Number) as [number, number];
  const [b1, b2] = b.split('_').map(Number) as [number, number];
  return a1 - b1 || a2 - b2;
}
