import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { invalidInput } from '../../core/failures.js';
import type { Page } from '../../core/list-views.js';
import { fail, type Outcome } from '../../core/outcome.js';
import { decodeCursor, encodeCursor, type ListName } from '../../core/page-cursor.js';
import type { ErrorObject } from '../error-types.js';
import { failureToGraphql } from '../failure-to-graphql.js';
import type { GatewayContext } from '../gateway-context.js';
import { TaskFilterInput, TaskSortInput } from '../inputs/task-list-inputs.js';
import { ProcessInstanceListResult, TaskListResult } from '../results/result-unions.js';
import { PageInfo, ProcessInstanceConnection, ProcessInstanceEdge, TaskConnection, TaskEdge } from '../types/connection-types.js';
import { toProcessInstance, toTask } from '../types/to-graphql-views.js';

/** A page holds at most this many items: each may cost a vendor read when a client selects more. */
export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

const FIRST = { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items (1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).` };
const AFTER = { nullable: true, description: "An edge's `cursor` (or `pageInfo.endCursor`): the items after it." };

/** The lists the vendors document, as Relay connections; a vendor without one answers UnsupportedOperationError. */
@Resolver()
export class ListResolver {
  @Query(() => TaskListResult, { description: 'A page of a backend\'s tasks (K2 worklist items, through `Task/Items/Filtered`), filtered and sorted.' })
  async tasks(
    @Arg('backend', () => ID, { description: 'A configured backend id (`backends { id }`).' }) backend: string,
    @Arg('filter', () => TaskFilterInput, { nullable: true, description: 'Which tasks; every criterion given must hold.' }) filter: TaskFilterInput | null,
    @Arg('sort', () => TaskSortInput, { nullable: true, description: "The order; without it, the vendor's own." }) sort: TaskSortInput | null,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<TaskConnection | ErrorObject> {
    const page = await pageOf('tasks', first, after, (offset) =>
      ctx.registry.listTasks(backend, { offset, first, filter: filter ?? {}, sort: sort ? { field: sort.field, direction: sort.direction } : null }, ctx.call));
    if (!page.ok) return failureToGraphql(page.failure);
    return Object.assign(new TaskConnection(), connection('tasks', page.value, (node, cursor) => Object.assign(new TaskEdge(), { cursor, node: toTask(node) })));
  }

  @Query(() => ProcessInstanceListResult, { description: "A page of a process's instances (ELMA365, through `bytemplate/{namespace}/{code}/list`), newest first." })
  async processInstances(
    @Arg('backend', () => ID, { description: 'A configured backend id (`backends { id }`).' }) backend: string,
    @Arg('namespace', () => String, { description: 'The workspace code (ELMA365 `namespace`).' }) namespace: string,
    @Arg('processCode', () => String, { description: 'The process code.' }) processCode: string,
    @Arg('activeOnly', () => Boolean, { defaultValue: false, description: 'Only unfinished instances (ELMA365 `active`).' }) activeOnly: boolean,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProcessInstanceConnection | ErrorObject> {
    const page = await pageOf('processInstances', first, after, (offset) =>
      ctx.registry.listInstances(backend, { offset, first, namespace, processCode, activeOnly }, ctx.call));
    if (!page.ok) return failureToGraphql(page.failure);
    return Object.assign(new ProcessInstanceConnection(), connection('processInstances', page.value, (node, cursor) => Object.assign(new ProcessInstanceEdge(), { cursor, node: toProcessInstance(node) })));
  }
}

/** Checks `first` and `after`, then asks for the page at the position `after` names. */
async function pageOf<V>(list: ListName, first: number, after: string | null | undefined, load: (offset: number) => Promise<Outcome<Page<V>>>): Promise<Outcome<{ page: Page<V>; offset: number }>> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) return fail(invalidInput('first', `must be 1 to ${MAX_PAGE_SIZE}, got ${first}`));
  const offset = after == null ? 0 : decodeCursor(list, after);
  if (typeof offset === 'string') return fail(invalidInput('after', offset));
  const page = await load(offset);
  return page.ok ? { ok: true, value: { page: page.value, offset } } : page;
}

function connection<V, E>(list: ListName, { page, offset }: { page: Page<V>; offset: number }, edge: (node: V, cursor: string) => E) {
  const edges = page.items.map((item, i) => edge(item, encodeCursor(list, offset + i + 1)));
  const endCursor = page.items.length ? encodeCursor(list, offset + page.items.length) : null;
  return { edges, pageInfo: Object.assign(new PageInfo(), { hasNextPage: page.hasNextPage, endCursor }), totalCount: page.total };
}
