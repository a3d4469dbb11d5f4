import type {
  AllVariablesUpdated, InstancesMigrated, InstanceStateSet, MigrateInstancesCommand,
  ProcessInstanceUpdated, SetInstanceStateCommand, TaskUpdated, UpdateAllVariablesCommand,
  UpdateProcessInstanceCommand, UpdateTaskCommand,
} from './commands.js';
import { OPERATIONS, type Operation } from './operation.js';
import type { Outcome } from './outcome.js';
import type { RequestScope } from './request-scope.js';
import type { Vendor } from './vendor.js';

/** Each operation's command, result and the adapter method that performs it. */
export interface OperationTypes {
  UPDATE_PROCESS_INSTANCE: { command: UpdateProcessInstanceCommand; result: ProcessInstanceUpdated; method: 'updateProcessInstance' };
  UPDATE_TASK: { command: UpdateTaskCommand; result: TaskUpdated; method: 'updateTask' };
  SET_INSTANCE_STATE: { command: SetInstanceStateCommand; result: InstanceStateSet; method: 'setInstanceState' };
  UPDATE_ALL_VARIABLES: { command: UpdateAllVariablesCommand; result: AllVariablesUpdated; method: 'updateAllVariables' };
  MIGRATE_INSTANCES: { command: MigrateInstancesCommand; result: InstancesMigrated; method: 'migrateInstances' };
}
export type CommandOf<O extends Operation> = OperationTypes[O]['command'];
export type ResultOf<O extends Operation> = OperationTypes[O]['result'];

export const OPERATION_METHOD: { [O in Operation]: OperationTypes[O]['method'] } = {
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
}

/** The operations an adapter performs natively: a method present means the vendor has the call. */
export type AdapterOperations = {
  [O in Operation as OperationTypes[O]['method']]?: (command: CommandOf<O>, call: CallContext) => Promise<Outcome<ResultOf<O>>>;
};

/** One configured backend, speaking one vendor's wire format. */
export interface Adapter extends AdapterOperations {
  readonly id: string;
  readonly vendor: Vendor;
  /** Releases pooled connections. */
  close(): Promise<void>;
}

/** The operations a backend offers, derived from the methods its adapter has. */
export function supportedOperations(adapter: Adapter): Operation[] {
  return OPERATIONS.filter((op) => typeof adapter[OPERATION_METHOD[op]] === 'function');
}
