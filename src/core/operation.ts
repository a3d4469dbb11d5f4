import type {
  AllVariablesUpdated, InstancesMigrated, InstanceStateSet, InstanceStatesSet, MigrateInstancesCommand,
  ProcessInstanceUpdated, SetInstanceStateCommand, SetInstanceStatesCommand, TasksUpdated, TaskUpdated, UpdateAllVariablesCommand,
  UpdateProcessInstanceCommand, UpdateTaskCommand, UpdateTasksCommand,
} from './commands.js';

/** The mutations of the contract (the five, and the batches of task updates and of state changes), the two reads and the two lists, as vendor-neutral operations. */
export const OPERATIONS = [
  'UPDATE_PROCESS_INSTANCE',
  'UPDATE_TASK',
  'UPDATE_TASKS',
  'SET_INSTANCE_STATE',
  'SET_INSTANCE_STATES',
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
  UPDATE_TASKS: { command: UpdateTasksCommand; result: TasksUpdated };
  SET_INSTANCE_STATE: { command: SetInstanceStateCommand; result: InstanceStateSet };
  SET_INSTANCE_STATES: { command: SetInstanceStatesCommand; result: InstanceStatesSet };
  UPDATE_ALL_VARIABLES: { command: UpdateAllVariablesCommand; result: AllVariablesUpdated };
  MIGRATE_INSTANCES: { command: MigrateInstancesCommand; result: InstancesMigrated };
}
/** The mutations among the operations (reads go through loaders). */
export type MutationOperation = keyof MutationTypes;
/** The mutations one vendor call declaration makes; a batch runs several of them (see `TaskBatchDeclaration`). */
export type SingleMutation = Exclude<MutationOperation, 'UPDATE_TASKS' | 'SET_INSTANCE_STATES'>;
export type CommandOf<O extends MutationOperation> = MutationTypes[O]['command'];
export type ResultOf<O extends MutationOperation> = MutationTypes[O]['result'];
