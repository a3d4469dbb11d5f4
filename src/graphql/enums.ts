import { registerEnumType } from 'type-graphql';
import { INSTANCE_STATES, RETURN_CODES, TASK_ACTION_KINDS, type InstanceState, type ReturnCode, type TaskActionKind } from '../core/commands.js';
import { SORT_DIRECTIONS, TASK_SORT_FIELDS, type SortDirection, type TaskSortField } from '../core/list-views.js';
import { OPERATIONS, type Operation } from '../core/operation.js';
import { PROCESS_STATES, VARIABLE_TYPES, type ProcessState, type VariableType } from '../core/read-views.js';
import { VENDORS, type Vendor } from '../core/vendor.js';
import { ITEM_STATUSES, JOB_KINDS, JOB_STATUSES, type ItemStatus, type JobKind, type JobStatus } from '../jobs/bulk-job.js';

/** type-graphql wants enum objects; core keeps plain string unions, so build the objects once. */
function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const VendorEnum = enumObject<Vendor>(VENDORS);
export const OperationEnum = enumObject<Operation>(OPERATIONS);
export const TaskActionKindEnum = enumObject<TaskActionKind>(TASK_ACTION_KINDS);
export const InstanceStateEnum = enumObject<InstanceState>(INSTANCE_STATES);
export const ReturnCodeEnum = enumObject<ReturnCode>(RETURN_CODES);
export const ProcessStateEnum = enumObject<ProcessState>(PROCESS_STATES);
export const VariableTypeEnum = enumObject<VariableType>(VARIABLE_TYPES);
export const TaskSortFieldEnum = enumObject<TaskSortField>(TASK_SORT_FIELDS);
export const SortDirectionEnum = enumObject<SortDirection>(SORT_DIRECTIONS);
export const BulkJobKindEnum = enumObject<JobKind>(JOB_KINDS);
export const BulkJobStatusEnum = enumObject<JobStatus>(JOB_STATUSES);
export const BulkJobItemStatusEnum = enumObject<ItemStatus>(ITEM_STATUSES);

/** Each value's description, for the schema's documentation (every value of the enum, checked by the type). */
const values = <T extends string>(descriptions: Record<T, string>) =>
  Object.fromEntries(Object.entries(descriptions).map(([k, d]) => [k, { description: d as string }])) as Record<T, { description: string }>;

registerEnumType(VendorEnum, {
  name: 'Vendor',
  description: 'The process engines the gateway speaks to.',
  valuesConfig: values<Vendor>({
    K2: 'K2 blackpearl / K2 Five, through its legacy REST services (XML).',
    CSA: 'Micro Focus (OpenText) Cloud Service Automation, Legacy API (XML).',
    IBM_BPM: 'IBM BPM / Business Automation Workflow, REST API (JSON).',
    ELMA365: 'ELMA365 (BRIX365) public API (JSON).',
  }),
});
registerEnumType(OperationEnum, {
  name: 'Operation',
  description: 'The mutations, reads and lists a backend can perform natively; access rules name them too.',
  valuesConfig: values<Operation>({
    UPDATE_PROCESS_INSTANCE: '`updateProcessInstance` (K2, CSA).',
    UPDATE_TASK: '`updateTask` (K2).',
    UPDATE_TASKS: '`updateTasks`: many task updates in few calls (K2 UpdateTasks).',
    SET_INSTANCE_STATE: '`setInstanceState` (CSA, IBM BPM).',
    SET_INSTANCE_STATES: '`setInstanceStates`: one state for many instances in few calls (IBM BPM process/bulk).',
    UPDATE_ALL_VARIABLES: '`updateAllVariables` (IBM BPM).',
    MIGRATE_INSTANCES: '`migrateInstances` (ELMA365).',
    READ_PROCESS_INSTANCE: '`processInstance`, `node` and every read of an instance (all vendors).',
    READ_TASK: '`task` and every read of a task (K2).',
    LIST_TASKS: '`tasks`: the worklist, filtered (K2).',
    LIST_PROCESS_INSTANCES: "`processInstances`: a process's instances (ELMA365).",
  }),
});
registerEnumType(TaskActionKindEnum, {
  name: 'TaskActionKind',
  description: 'What to do with a task (K2: a:, r:, d:, s:).',
  valuesConfig: values<TaskActionKind>({
    ACTION: 'Take one of the task\'s actions by `name` (K2 `a:<name>`); only batchable actions.',
    REDIRECT: 'Hand the task to another `user` (K2 `r:<user>`).',
    DELEGATE: 'Let another `user` work on it too (K2 `d:<user>`).',
    SLEEP: 'Put it to sleep for `sleepSeconds` or until `sleepUntil` (K2 `s:<duration>`).',
    WAKE: 'Wake a sleeping task.',
  }),
});
registerEnumType(InstanceStateEnum, {
  name: 'InstanceState',
  description: 'A process instance state (CSA vocabulary), as `setInstanceState` sends it; IBM BPM takes SUSPENDED, ACTIVE and CANCELED.',
  valuesConfig: values<InstanceState>({
    INITIALIZED: 'Created, not started (ProcessState NOT_STARTED).',
    PENDING: 'Waiting (WAITING).',
    READY: 'Ready to run (NOT_STARTED).',
    ACTIVE: 'Running (RUNNING); cannot be set back to READY. IBM BPM: resume a suspended instance, retry a failed one.',
    SUSPENDED: 'Suspended (SUSPENDED): IBM BPM only; resume with ACTIVE.',
    COMPLETED: 'Finished (COMPLETED); terminal.',
    ERROR: 'Failed (FAILED); terminal.',
    CANCELED: 'Canceled (CANCELED); terminal. IBM BPM: terminate.',
  }),
});
registerEnumType(ReturnCodeEnum, {
  name: 'ReturnCode',
  description: 'A process instance return code (CSA vocabulary).',
  valuesConfig: values<ReturnCode>({ SUCCESS: 'It succeeded.', FAILURE: 'It failed.', RUNNING: 'It is still running.', TIMEOUT: 'It timed out.' }),
});
registerEnumType(ProcessStateEnum, {
  name: 'ProcessState',
  description: "An instance's state, normalised across vendors; `vendorState` keeps the vendor's own word.",
  valuesConfig: values<ProcessState>({
    NOT_STARTED: 'Created but not running yet (K2 New, CSA INITIALIZED or READY).',
    RUNNING: 'Running (K2 Active, CSA ACTIVE, IBM Active, ELMA365 exec).',
    WAITING: 'Waiting for something (CSA PENDING, ELMA365 wait).',
    SUSPENDED: 'Suspended by someone (K2 Stopped, IBM Suspended).',
    COMPLETED: 'Finished.',
    FAILED: 'Ended in an error (K2 Error, CSA ERROR, IBM Failed, ELMA365 error).',
    CANCELED: 'Canceled or terminated.',
    UNKNOWN: 'A state word the gateway does not know: see `vendorState`.',
  }),
});
registerEnumType(VariableTypeEnum, {
  name: 'VariableType',
  description: 'What kind of value a variable holds; XML is a string holding an XML document.',
  valuesConfig: values<VariableType>({
    STRING: 'Text.', INTEGER: 'A whole number.', NUMBER: 'A number with a fraction.', BOOLEAN: 'true or false.', NULL: 'No value.',
    OBJECT: 'A JSON object.', LIST: 'A list of values.', XML: 'Text holding an XML document (K2 XML fields).',
  }),
});
registerEnumType(TaskSortFieldEnum, {
  name: 'TaskSortField',
  description: 'What a task list can be ordered by (K2 Criteria `Sort`).',
  valuesConfig: values<TaskSortField>({
    START_DATE: "The process instance's start (K2 `ProcessStartDate`).", PRIORITY: "The task's priority.", FOLIO: 'The folio.',
    PROCESS_NAME: "The process's name.", ACTIVITY_NAME: "The task's activity.",
  }),
});
registerEnumType(SortDirectionEnum, {
  name: 'SortDirection',
  description: 'Ascending or descending.',
  valuesConfig: values<SortDirection>({ ASC: 'Smallest (or earliest) first.', DESC: 'Largest (or latest) first.' }),
});
registerEnumType(BulkJobKindEnum, {
  name: 'BulkJobKind',
  description: 'What a bulk job does.',
  valuesConfig: values<JobKind>({ UPDATE_TASKS: 'Task updates (`updateTasks` with runAsJob).', MIGRATE_INSTANCES: 'A migration of listed instances (`migrateInstances`).' }),
});
registerEnumType(BulkJobStatusEnum, {
  name: 'BulkJobStatus',
  description: "Where a bulk job stands. QUEUED and RUNNING are not finished; the others are final.",
  valuesConfig: values<JobStatus>({
    QUEUED: 'Waiting for a worker.',
    RUNNING: 'Being worked on, chunk after chunk.',
    SUCCEEDED: 'Every item succeeded.',
    PARTIAL: 'Finished; some items failed or their outcome is unknown.',
    FAILED: 'Finished; no item succeeded.',
    CANCELED: 'Stopped by cancelJob before its last chunk; items not sent are CANCELED.',
  }),
});
registerEnumType(BulkJobItemStatusEnum, {
  name: 'BulkJobItemStatus',
  description: 'How one item of a bulk job stands.',
  valuesConfig: values<ItemStatus>({
    PENDING: 'Not sent yet.',
    SUCCEEDED: 'The vendor applied it.',
    FAILED: 'The vendor refused it, or it was never sent: see outcome and message.',
    UNKNOWN: 'Its call may have been applied: it was not sent again (read the object to see).',
    CANCELED: 'The job was canceled before it was sent.',
  }),
});
