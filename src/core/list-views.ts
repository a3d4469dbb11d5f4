import type { ProcessInstanceView, TaskView } from './read-views.js';

/** Where a page starts and how long it is, as the gateway asks a vendor for it. */
export interface PageRequest {
  /** Items to skip: the position the `after` cursor names. */
  offset: number;
  /** Items wanted. */
  first: number;
}

/** One page of a vendor's list. */
export interface Page<V> {
  items: V[];
  /** Whether the vendor has items after this page. */
  hasNextPage: boolean;
  /** How many items the whole list holds, where the vendor says. */
  total: number | null;
}

export const TASK_SORT_FIELDS = ['START_DATE', 'PRIORITY', 'FOLIO', 'PROCESS_NAME', 'ACTIVITY_NAME'] as const;
export type TaskSortField = (typeof TASK_SORT_FIELDS)[number];
export const SORT_DIRECTIONS = ['ASC', 'DESC'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** A worklist query (K2 Task/Items/Filtered): every criterion given must hold. */
export interface TaskListQuery extends PageRequest {
  filter: {
    /** Part of the folio, any case. */
    folioContains?: string | null;
    /** The process's full name (`folder\name`), exactly. */
    processFullName?: string | null;
    /** The vendor's status word, exactly (K2: Available, Open, Sleeping). */
    status?: string | null;
  };
  sort: { field: TaskSortField; direction: SortDirection } | null;
}

/** A process's instances (ELMA365 bytemplate/{namespace}/{code}/list). */
export interface InstanceListQuery extends PageRequest {
  namespace: string;
  processCode: string;
  /** Only unfinished instances. */
  activeOnly: boolean;
}

export type TaskPage = Page<TaskView>;
export type InstancePage = Page<ProcessInstanceView>;
