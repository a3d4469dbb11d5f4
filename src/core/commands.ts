/**
 * The vendor-neutral inputs and results of the five operations. The GraphQL input classes
 * satisfy these shapes structurally, so `core/` never imports `graphql/`.
 */
import type { Outcome } from './outcome.js';
import type { ProcessState } from './read-views.js';

export interface DataFieldValue { name: string; value: string }
export interface XmlFieldValue { name: string; xml: string }
export interface PropertyValue { name: string; type?: string | null; values: string[] }

export interface UpdateProcessInstanceCommand {
  backend: string;
  /** Makes a client's retry safe: the same id with the same input answers the first answer. */
  clientMutationId?: string | null;
  instanceId: string;
  folio?: string | null;
  priority?: number | null;
  expectedDuration?: number | null;
  dataFields?: DataFieldValue[] | null;
  xmlFields?: XmlFieldValue[] | null;
  properties?: PropertyValue[] | null;
}

export const TASK_ACTION_KINDS = ['ACTION', 'REDIRECT', 'DELEGATE', 'SLEEP', 'WAKE'] as const;
export type TaskActionKind = (typeof TASK_ACTION_KINDS)[number];

export interface TaskActionCommand {
  kind: TaskActionKind;
  name?: string | null;
  user?: string | null;
  sleepSeconds?: number | null;
  sleepUntil?: Date | null;
}

export interface UpdateTaskCommand {
  backend: string;
  /** Makes a client's retry safe: the same id with the same input answers the first answer. */
  clientMutationId?: string | null;
  serialNumber: string;
  action: TaskActionCommand;
  priority?: number | null;
  folio?: string | null;
  processDataFields?: DataFieldValue[] | null;
  processXmlFields?: XmlFieldValue[] | null;
  activityDataFields?: DataFieldValue[] | null;
  activityXmlFields?: XmlFieldValue[] | null;
}

/** One task of a batch: a task update without the batch's backend and client id. */
export type UpdateTaskItem = Omit<UpdateTaskCommand, 'backend' | 'clientMutationId'>;

export interface UpdateTasksCommand {
  backend: string;
  /** Makes a client's retry safe: the same id with the same input answers the first answer. */
  clientMutationId?: string | null;
  items: UpdateTaskItem[];
}

export const INSTANCE_STATES = ['INITIALIZED', 'PENDING', 'READY', 'ACTIVE', 'SUSPENDED', 'COMPLETED', 'ERROR', 'CANCELED'] as const;
export type InstanceState = (typeof INSTANCE_STATES)[number];
export const RETURN_CODES = ['SUCCESS', 'FAILURE', 'RUNNING', 'TIMEOUT'] as const;
export type ReturnCode = (typeof RETURN_CODES)[number];

export interface SetInstanceStateCommand {
  backend: string;
  /** Makes a client's retry safe: the same id with the same input answers the first answer. */
  clientMutationId?: string | null;
  instanceId: string;
  state?: InstanceState | null;
  returnCode?: ReturnCode | null;
  status?: string | null;
}

/** One state for many instances, in few vendor calls (IBM's process/bulk?action=). */
export interface SetInstanceStatesCommand {
  backend: string;
  /** Makes a client's retry safe: the same id with the same input answers the first answer. */
  clientMutationId?: string | null;
  instanceIds: string[];
  state: InstanceState;
}

export interface VariableContextValue { activityId: string; processId: string; variables: string[] }

export interface UpdateAllVariablesCommand {
  backend: string;
  /** Makes a client's retry safe: the same id with the same input answers the first answer. */
  clientMutationId?: string | null;
  instanceId: string;
  variables: Record<string, unknown>;
  contexts?: VariableContextValue[] | null;
  serverId?: string | null;
}

export interface MigrateInstancesCommand {
  backend: string;
  /** Makes a client's retry safe: the same id with the same input answers the first answer. */
  clientMutationId?: string | null;
  namespace: string;
  processCode: string;
  instanceIds?: string[] | null;
  allActive?: boolean | null;
  excludeIds?: string[] | null;
}

/** A property as the vendor reports it (CSA). */
export interface PropertySnapshot { name: string; type: string; values: string[] }

/**
 * The instance as the vendor returned it after a change, where the vendor returns one (CSA sends
 * the updated ProcessInstance back). Null fields are what the answer did not carry.
 */
export interface InstanceSnapshot {
  /** The state in the vendor's vocabulary (CSA's), as the write's own checks need it. */
  state: InstanceState | null;
  /** The state in the gateway's normalised vocabulary, as `ProcessInstance.state` has it. */
  processState: ProcessState | null;
  /** The vendor's own word for the state, whatever it is. */
  vendorState: string | null;
  returnCode: ReturnCode | null;
  status: string | null;
  properties: PropertySnapshot[] | null;
}

/** What the vendor confirmed after an instance update; `dataFields` only when it sent them back. */
export interface ProcessInstanceUpdated {
  instanceId: string;
  dataFields: DataFieldValue[] | null;
  /** Null when the vendor answers without the instance (K2). */
  snapshot: InstanceSnapshot | null;
  /** False when the vendor only accepted the update, to apply later (K2's asynchronous 202). */
  confirmed: boolean;
}
/** `vendorAction` is the action exactly as the vendor received it (K2: `a:Approve`, `s:-1`, ...). */
export interface TaskUpdated { serialNumber: string; vendorAction: string }
/**
 * One item of a batch, as far as the gateway knows. `unknown`: the call that carried it may or may
 * not have applied it (a timeout after sending), so it is not sent again and its failure says so.
 */
export interface TaskItemOutcome {
  outcome: Outcome<TaskUpdated>;
  unknown: boolean;
  /** The request line of the call that decided it (the batch call, or the item's own); none when nothing was sent for it. */
  call?: { method: string; path: string };
}
/** A batch of task updates: one outcome per item, in input order. */
export interface TasksUpdated { items: TaskItemOutcome[] }
export interface InstanceStateSet { instanceId: string; snapshot: InstanceSnapshot | null }
/** One instance of a bulk state change, as far as the gateway knows; `unknown` as for a task of a batch. */
export interface InstanceStateItemOutcome {
  outcome: Outcome<InstanceStateSet>;
  unknown: boolean;
  /** The request line of the call that carried it; none when nothing was sent for it. */
  call?: { method: string; path: string };
}
/** A bulk state change: one outcome per instance, in input order. */
export interface InstanceStatesSet { items: InstanceStateItemOutcome[] }
export interface AllVariablesUpdated { instanceId: string; message: string | null }
/**
 * What the gateway can say honestly after a migration: what it asked for, and whatever the vendor
 * answered about it (null where the answer did not say).
 */
export interface InstancesMigrated {
  namespace: string;
  processCode: string;
  allActive: boolean;
  /** List mode: the ids sent. Null in allActive mode. */
  requestedIds: string[] | null;
  /** allActive mode: the ids left out. */
  excludedIds: string[];
  updatedCount: number | null;
  updatedIds: string[] | null;
  /**
   * List mode: the listed instances the gateway knows did not move, from the vendor's answer or a
   * read of the instances, each with its state where known. Null when neither tells.
   */
  notMoved: { id: string; vendorState: string | null }[] | null;
}
