import type { Vendor } from './vendor.js';

/**
 * Instance states, normalised across vendors. `vendorState` keeps the vendor's own word; the
 * mapping of each vendor's vocabulary lives with its adapter.
 */
export const PROCESS_STATES = ['NOT_STARTED', 'RUNNING', 'WAITING', 'SUSPENDED', 'COMPLETED', 'FAILED', 'CANCELED', 'UNKNOWN'] as const;
export type ProcessState = (typeof PROCESS_STATES)[number];

/** What kind of value a variable holds. XML: a string holding an XML document (K2 XML fields). */
export const VARIABLE_TYPES = ['STRING', 'INTEGER', 'NUMBER', 'BOOLEAN', 'NULL', 'OBJECT', 'LIST', 'XML'] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

export interface VariableView {
  name: string;
  type: VariableType;
  /** The value as JSON: a string, number, boolean, null, object or array. */
  value: unknown;
  /** Where it lives below the process: an IBM subprocess activity, say. Null at top level. */
  scope: string | null;
}

/**
 * A node of an instance's execution tree (IBM): the process, its subprocess and linked-process
 * activities. `processId` is what an allVariables context's `processId` takes for the activity.
 */
export interface ExecutionNodeView {
  flowObjectId: string | null;
  name: string | null;
  kind: string | null;
  state: string | null;
  processId: string | null;
  children: ExecutionNodeView[];
}

/** A process instance as every vendor's read endpoint can fill it. */
export interface ProcessInstanceView {
  id: string;
  backend: string;
  vendor: Vendor;
  state: ProcessState;
  vendorState: string | null;
  name: string | null;
  folio: string | null;
  priority: number | null;
  startedAt: Date | null;
  /** The process definition version the instance runs on, where the vendor says (ELMA365). */
  version: number | null;
  variables: VariableView[];
  /** The execution tree, where the vendor has one (IBM); null elsewhere. */
  executionTree: ExecutionNodeView[] | null;
}

export interface TaskActionView { name: string; batchable: boolean }

/** A task (K2 worklist item). */
export interface TaskView {
  serialNumber: string;
  backend: string;
  vendor: Vendor;
  /** The vendor's own status word (K2: Available, Open, Sleeping, ...). */
  status: string;
  allocatedUser: string | null;
  priority: number | null;
  processInstanceId: string | null;
  folio: string | null;
  actions: TaskActionView[];
  /** The activity's data fields. */
  activityVariables: VariableView[];
  /**
   * Set on a task read from a list whose answer lacks some fields (K2's TaskCollection has no
   * allocated user or activity fields): those are null and [] here, and the GraphQL face reads
   * the task itself when a client selects them, so that a cache is never told a wrong value.
   */
  incomplete?: { allocatedUser: boolean; activityVariables: boolean };
}

/** The JSON type of a value, for vendors whose variables are JSON (IBM, ELMA365). */
export function jsonVariableType(value: unknown): VariableType {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return 'LIST';
  switch (typeof value) {
    case 'string': return 'STRING';
    case 'boolean': return 'BOOLEAN';
    case 'number': return Number.isInteger(value) ? 'INTEGER' : 'NUMBER';
    default: return 'OBJECT';
  }
}
