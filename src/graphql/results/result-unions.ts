import { createUnionType } from 'type-graphql';
import { ERROR_TYPES } from '../error-types.js';
import {
  MigrateInstancesSuccess, SetInstanceStateSuccess, UpdateAllVariablesSuccess, UpdateProcessInstanceSuccess, UpdateTaskSuccess,
} from './success-types.js';
import { ProcessInstance } from '../types/process-instance-type.js';
import { Task } from '../types/task-type.js';

/** `<Mutation>Result = <Mutation>Success | every error type`; members resolve by class. */
function resultUnion<S extends new () => object>(name: string, success: S) {
  return createUnionType({
    name,
    description: `${success.name}, or one of the error types (all implement BpmError).`,
    types: () => [success, ...ERROR_TYPES] as const,
  });
}

export const UpdateProcessInstanceResult = resultUnion('UpdateProcessInstanceResult', UpdateProcessInstanceSuccess);
export const UpdateTaskResult = resultUnion('UpdateTaskResult', UpdateTaskSuccess);
export const SetInstanceStateResult = resultUnion('SetInstanceStateResult', SetInstanceStateSuccess);
export const UpdateAllVariablesResult = resultUnion('UpdateAllVariablesResult', UpdateAllVariablesSuccess);
export const MigrateInstancesResult = resultUnion('MigrateInstancesResult', MigrateInstancesSuccess);
export const ProcessInstanceResult = resultUnion('ProcessInstanceResult', ProcessInstance);
export const TaskResult = resultUnion('TaskResult', Task);
