import { createUnionType } from 'type-graphql';
import { ERROR_TYPES } from '../error-types.js';
import {
  MigrateInstancesSuccess, SetInstanceStateSuccess, UpdateAllVariablesSuccess, UpdateProcessInstanceSuccess, UpdateTaskSuccess,
} from './success-types.js';
import { ProcessInstance } from '../types/process-instance-type.js';
import { Task } from '../types/task-type.js';
import { VendorRequestPreview } from './vendor-request-preview.js';
import { BulkJobStarted } from '../types/bulk-job-type.js';
import { ProcessInstanceConnection, TaskConnection } from '../types/connection-types.js';

/** `<Result> = <Success> | every error type`; members resolve by class. */
function resultUnion<S extends new () => object>(name: string, success: S) {
  return createUnionType({
    name,
    description: `${success.name}, or one of the error types (all implement BpmError).`,
    types: () => [success, ...ERROR_TYPES] as const,
  });
}

/** A mutation's result: its success, a dry run's preview, or one of the error types. */
function mutationResultUnion<S extends new () => object>(name: string, success: S, job?: typeof BulkJobStarted) {
  return createUnionType({
    name,
    description: `${success.name};${job ? ' BulkJobStarted when it runs as a job;' : ''} VendorRequestPreview for a dry run; or one of the error types (all implement BpmError).`,
    types: () => (job ? [success, job, VendorRequestPreview, ...ERROR_TYPES] : [success, VendorRequestPreview, ...ERROR_TYPES]) as readonly [S, ...(new () => object)[]],
  });
}

export const UpdateProcessInstanceResult = mutationResultUnion('UpdateProcessInstanceResult', UpdateProcessInstanceSuccess);
export const UpdateTaskResult = mutationResultUnion('UpdateTaskResult', UpdateTaskSuccess);
export const SetInstanceStateResult = mutationResultUnion('SetInstanceStateResult', SetInstanceStateSuccess);
export const UpdateAllVariablesResult = mutationResultUnion('UpdateAllVariablesResult', UpdateAllVariablesSuccess);
export const MigrateInstancesResult = mutationResultUnion('MigrateInstancesResult', MigrateInstancesSuccess, BulkJobStarted);
export const ProcessInstanceResult = resultUnion('ProcessInstanceResult', ProcessInstance);
export const TaskResult = resultUnion('TaskResult', Task);
export const TaskListResult = resultUnion('TaskListResult', TaskConnection);
export const ProcessInstanceListResult = resultUnion('ProcessInstanceListResult', ProcessInstanceConnection);
