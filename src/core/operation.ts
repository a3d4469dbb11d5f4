import type {
  AllVariablesUpdated, InstancesMigrated, InstanceStateSet, MigrateInstancesCommand,
  ProcessInstanceUpdated, SetInstanceStateCommand, TaskUpdated, UpdateAllVariablesCommand,
  UpdateProcessInstanceCommand, UpdateTaskCommand,
} from './commands.js';

/** The five mutations of the contract, the two reads and the two lists, as vendor-neutral operations. */
export const OPERATIONS = [
  'UPDATE_PROCESS_INSTANCE',
  'UPDATE_TASK',
  'SET_INSTANCE_STATE',
  'UPDATE_ALL_VARIABLES',
  'MIGRATE_INSTANCES',
  'READ_PROCESS_INSTANCE',
  'READ_TASK',
  'LIST_TASKS',
  'LIST_PROCESS_INSTANCES',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** Each mutation's command and result. */
export interface MutationTypes {
  UPDATE_PROCESS_INSTANCE: { command: UpdateProcessInstanceCommand; result: ProcessInstanceUpdated };
  UPDATE_TASK: { command: UpdateTaskCommand; result: TaskUpdated };
  SET_INSTANCE_STATE: { command: SetInstanceStateCommand; result: InstanceStateSet };
  UPDATE_ALL_VARIABLES: { command: UpdateAllVariablesCommand; result: AllVariablesUpdated };
  MIGRATE_INSTANCES: { command: MigrateInstancesCommand; result: InstancesMigrated };
}
/** The mutations among the operations (reads go through loaders). */
export type MutationOperation = keyof MutationTypes;
export type CommandOf<O extends MutationOperation> = MutationTypes[O]['command'];
export type ResultOf<O extends MutationOperation> = MutationTypes[O]['result'];
