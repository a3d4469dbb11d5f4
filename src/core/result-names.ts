import type { BpmFailureKind } from './bpm-failure.js';
import type { Operation } from './operation.js';

/** Each failure kind's error type in the GraphQL contract (DESIGN.md): metric labels and audit use these names. */
export const ERROR_TYPE_NAMES: Readonly<Record<BpmFailureKind, string>> = {
  validation: 'ValidationError',
  'unknown-backend': 'UnknownBackendError',
  'unsupported-operation': 'UnsupportedOperationError',
  'not-found': 'NotFoundError',
  authentication: 'AuthenticationError',
  'permission-denied': 'PermissionDeniedError',
  'invalid-state-transition': 'InvalidStateTransitionError',
  'vendor-rejected': 'VendorRejectedError',
  'backend-unavailable': 'BackendUnavailableError',
  'backend-error': 'BackendError',
};

/** Each operation's success type in the contract. */
export const SUCCESS_TYPE_NAMES: Readonly<Record<Operation, string>> = {
  UPDATE_PROCESS_INSTANCE: 'UpdateProcessInstanceSuccess',
  UPDATE_TASK: 'UpdateTaskSuccess',
  UPDATE_TASKS: 'UpdateTasksSuccess',
  SET_INSTANCE_STATE: 'SetInstanceStateSuccess',
  SET_INSTANCE_STATES: 'SetInstanceStatesSuccess',
  UPDATE_ALL_VARIABLES: 'UpdateAllVariablesSuccess',
  MIGRATE_INSTANCES: 'MigrateInstancesSuccess',
  READ_PROCESS_INSTANCE: 'ProcessInstance',
  READ_TASK: 'Task',
  LIST_TASKS: 'TaskConnection',
  LIST_PROCESS_INSTANCES: 'ProcessInstanceConnection',
};

/** A dry run's answer type. */
export const PREVIEW_TYPE_NAME = 'VendorRequestPreview';
