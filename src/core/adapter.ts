import type {
  AllVariablesUpdated, InstancesMigrated, InstanceStateSet, MigrateInstancesCommand,
  ProcessInstanceUpdated, SetInstanceStateCommand, TaskUpdated, UpdateAllVariablesCommand,
  UpdateProcessInstanceCommand, UpdateTaskCommand,
} from './commands.js';
import { OPERATIONS, type Operation } from './operation.js';
import type { Outcome } from './outcome.js';
import type { ProcessInstanceView, TaskView } from './read-views.js';
import type { RequestScope } from './request-scope.js';
import type { Caller } from './access-policy.js';
import type { Vendor } from './vendor.js';

/** Each operation's command, result and the adapter method that performs it. */
export interface OperationTypes {
  UPDATE_PROCESS_INSTANCE: { command: UpdateProcessInstanceCommand; result: ProcessInstanceUpdated; method: 'updateProcessInstance' };
  UPDATE_TASK: { command: UpdateTaskCommand; result: TaskUpdated; method: 'updateTask' };
  SET_INSTANCE_STATE: { command: SetInstanceStateCommand; result: InstanceStateSet; method: 'setInstanceState' };
  UPDATE_ALL_VARIABLES: { command: UpdateAllVariablesCommand; result: AllVariablesUpdated; method: 'updateAllVariables' };
  MIGRATE_INSTANCES: { command: MigrateInstancesCommand; result: InstancesMigrated; method: 'migrateInstances' };
}
export type CommandOf<O extends MutationOperation> = OperationTypes[O]['command'];
export type ResultOf<O extends MutationOperation> = OperationTypes[O]['result'];

/** The mutations among the operations (reads go through loaders, not `run`). */
export type MutationOperation = keyof OperationTypes;

export const OPERATION_METHOD: { [O in MutationOperation]: OperationTypes[O]['method'] } = {
  UPDATE_PROCESS_INSTANCE: 'updateProcessInstance',
  UPDATE_TASK: 'updateTask',
  SET_INSTANCE_STATE: 'setInstanceState',
  UPDATE_ALL_VARIABLES: 'updateAllVariables',
  MIGRATE_INSTANCES: 'migrateInstances',
};

/** What an adapter call may use besides its command. */
export interface CallContext {
  /** This GraphQL request's scope, for per-request loaders. */
  scope: RequestScope;
  /** Who is calling; absent when the server runs without authentication. */
  caller?: Caller;
}

/** The operations an adapter performs natively: a method present means the vendor has the call. */
export type AdapterOperations = {
  [O in MutationOperation as OperationTypes[O]['method']]?: (command: CommandOf<O>, call: CallContext) => Promise<Outcome<ResultOf<O>>>;
};

/** One configured backend, speaking one vendor's wire format. */
export interface Adapter extends AdapterOperations {
  readonly id: string;
  readonly vendor: Vendor;
  /**
   * Reads instances, one outcome per id in the same order (a DataLoader batch function): a vendor
   * with a bulk read uses it for several ids. Absent when the vendor has no read.
   */
  readInstances?(ids: readonly string[], call: CallContext): Promise<Outcome<ProcessInstanceView>[]>;
  /** The most ids one `readInstances` call takes (a bulk read's URL has to stay short); unlimited when absent. */
  readonly readBatchSize?: number;
  /** Reads tasks by serial number, likewise. */
  readTasks?(serialNumbers: readonly string[], call: CallContext): Promise<Outcome<TaskView>[]>;
  /** The circuit breaker of this backend's HTTP client: closed, half-open, open or isolated. */
  breakerState?(): string;
  /** Releases pooled connections. */
  close(): Promise<void>;
}

/** The operations a backend offers, derived from the methods its adapter has. */
export function supportedOperations(adapter: Adapter): Operation[] {
  return OPERATIONS.filter((op) => {
    if (op === 'READ_PROCESS_INSTANCE') return typeof adapter.readInstances === 'function';
    if (op === 'READ_TASK') return typeof adapter.readTasks === 'function';
    return typeof adapter[OPERATION_METHOD[op]] === 'function';
  });
}
