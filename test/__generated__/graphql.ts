/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How one item of a bulk job stands. */
export type BulkJobItemStatus =
  /** The job was canceled before it was sent. */
  | 'CANCELED'
  /** The vendor refused it, or it was never sent: see outcome and message. */
  | 'FAILED'
  /** Not sent yet. */
  | 'PENDING'
  /** The vendor applied it. */
  | 'SUCCEEDED'
  /** Its call may have been applied: it was not sent again (read the object to see). */
  | 'UNKNOWN';

/** What a bulk job does. */
export type BulkJobKind =
  /** A migration of listed instances (`migrateInstances`). */
  | 'MIGRATE_INSTANCES'
  /** Task updates (`updateTasks` with runAsJob). */
  | 'UPDATE_TASKS';

/** Where a bulk job stands. QUEUED and RUNNING are not finished; the others are final. */
export type BulkJobStatus =
  /** Stopped by cancelJob before its last chunk; items not sent are CANCELED. */
  | 'CANCELED'
  /** Finished; no item succeeded. */
  | 'FAILED'
  /** Finished; some items failed or their outcome is unknown. */
  | 'PARTIAL'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** Being worked on, chunk after chunk. */
  | 'RUNNING'
  /** Every item succeeded. */
  | 'SUCCEEDED';

/** A data field: its name and its value as text. */
export type DataFieldInput = {
  /** The data field's name, as the vendor knows it. */
  name: string;
  /** The value to set, as text. */
  value: string;
};

/** A process instance state (CSA vocabulary), as `setInstanceState` sends it; IBM BPM takes SUSPENDED, ACTIVE and CANCELED. */
export type InstanceState =
  /** Running (RUNNING); cannot be set back to READY. IBM BPM: resume a suspended instance, retry a failed one. */
  | 'ACTIVE'
  /** Canceled (CANCELED); terminal. IBM BPM: terminate. */
  | 'CANCELED'
  /** Finished (COMPLETED); terminal. */
  | 'COMPLETED'
  /** Failed (FAILED); terminal. */
  | 'ERROR'
  /** Created, not started (ProcessState NOT_STARTED). */
  | 'INITIALIZED'
  /** Waiting (WAITING). */
  | 'PENDING'
  /** Ready to run (NOT_STARTED). */
  | 'READY'
  /** Suspended (SUSPENDED): IBM BPM only; resume with ACTIVE. */
  | 'SUSPENDED';

/** Move instances to the latest published process version (ELMA365): a list, or all active ones. */
export type MigrateInstancesInput = {
  /** ... or every active one, */
  allActive?: boolean | null | undefined;
  /** A configured backend id (`backends { id }`). */
  backend: string;
  /** Makes a retry safe: the same id with the same input, within the idempotency window, answers the first answer without calling the vendor again. */
  clientMutationId?: string | null | undefined;
  /** Checks the input exactly as the real call would and answers the vendor requests it would send (VendorRequestPreview), writing nothing. Needs the same access as the real call; never stored under clientMutationId. */
  dryRun?: boolean | null | undefined;
  /** except these (only with allActive) */
  excludeIds?: Array<string> | null | undefined;
  /** either these instances ... */
  instanceIds?: Array<string> | null | undefined;
  /** The workspace code (ELMA365 `namespace`). */
  namespace: string;
  /** The process code. */
  processCode: string;
  /** Run as a durable bulk job of calls of at most 10,000 ids (answers BulkJobStarted; follow it with jobProgress). A list longer than one call takes always runs as a job. */
  runAsJob?: boolean | null | undefined;
};

/** The mutations, reads and lists a backend can perform natively; access rules name them too. */
export type Operation =
  /** `processInstances`: a process's instances (ELMA365). */
  | 'LIST_PROCESS_INSTANCES'
  /** `tasks`: the worklist, filtered (K2). */
  | 'LIST_TASKS'
  /** `migrateInstances` (ELMA365). */
  | 'MIGRATE_INSTANCES'
  /** `processInstance`, `node` and every read of an instance (all vendors). */
  | 'READ_PROCESS_INSTANCE'
  /** `task` and every read of a task (K2). */
  | 'READ_TASK'
  /** `setInstanceState` (CSA, IBM BPM). */
  | 'SET_INSTANCE_STATE'
  /** `setInstanceStates`: one state for many instances in few calls (IBM BPM process/bulk). */
  | 'SET_INSTANCE_STATES'
  /** `updateAllVariables` (IBM BPM). */
  | 'UPDATE_ALL_VARIABLES'
  /** `updateProcessInstance` (K2, CSA). */
  | 'UPDATE_PROCESS_INSTANCE'
  /** `updateTask` (K2). */
  | 'UPDATE_TASK'
  /** `updateTasks`: many task updates in few calls (K2 UpdateTasks). */
  | 'UPDATE_TASKS';

/** An instance's state, normalised across vendors; `vendorState` keeps the vendor's own word. */
export type ProcessState =
  /** Canceled or terminated. */
  | 'CANCELED'
  /** Finished. */
  | 'COMPLETED'
  /** Ended in an error (K2 Error, CSA ERROR, IBM Failed, ELMA365 error). */
  | 'FAILED'
  /** Created but not running yet (K2 New, CSA INITIALIZED or READY). */
  | 'NOT_STARTED'
  /** Running (K2 Active, CSA ACTIVE, IBM Active, ELMA365 exec). */
  | 'RUNNING'
  /** Suspended by someone (K2 Stopped, IBM Suspended). */
  | 'SUSPENDED'
  /** A state word the gateway does not know: see `vendorState`. */
  | 'UNKNOWN'
  /** Waiting for something (CSA PENDING, ELMA365 wait). */
  | 'WAITING';

/** A CSA process instance property. */
export type PropertyInput = {
  /** The property's name. */
  name: string;
  /** The CSA value type, e.g. STRING, INTEGER, BOOLEAN. */
  type?: string | null | undefined;
  /** Its values, as text; several for a list. */
  values: Array<string>;
};

/** A process instance return code (CSA vocabulary). */
export type ReturnCode =
  /** It failed. */
  | 'FAILURE'
  /** It is still running. */
  | 'RUNNING'
  /** It succeeded. */
  | 'SUCCESS'
  /** It timed out. */
  | 'TIMEOUT';

/** A state merge (CSA: set at least one of state, returnCode, status) or a state action (IBM BPM: state SUSPENDED, ACTIVE or CANCELED). */
export type SetInstanceStateInput = {
  /** A configured backend id (`backends { id }`). */
  backend: string;
  /** Makes a retry safe: the same id with the same input, within the idempotency window, answers the first answer without calling the vendor again. */
  clientMutationId?: string | null | undefined;
  /** Checks the input exactly as the real call would and answers the vendor requests it would send (VendorRequestPreview), writing nothing. Needs the same access as the real call; never stored under clientMutationId. */
  dryRun?: boolean | null | undefined;
  /** The vendor's instance id (CSA: a 32-character hex id; IBM BPM: the piid). */
  instanceId: string;
  /** The return code to set (CSA `processReturnCode`). */
  returnCode?: ReturnCode | null | undefined;
  /** The state to set, in CSA's words (it is what is sent); the result answers it as `ProcessState`. */
  state?: InstanceState | null | undefined;
  /** The status text to set (CSA `status`). */
  status?: string | null | undefined;
};

/** One state for many instances (IBM BPM: SUSPENDED, ACTIVE or CANCELED), in process/bulk calls of up to 200 ids, one result per instance. */
export type SetInstanceStatesInput = {
  /** A configured backend id (`backends { id }`). */
  backend: string;
  /** Makes a retry safe: the same id with the same input, within the idempotency window, answers the first answer without calling the vendor again. */
  clientMutationId?: string | null | undefined;
  /** Checks the input exactly as the real call would and answers the vendor requests it would send (VendorRequestPreview), writing nothing. Needs the same access as the real call; never stored under clientMutationId. */
  dryRun?: boolean | null | undefined;
  /** The vendor's instance ids (IBM BPM: piids), each at most once; the results come in this order. At most 10,000. */
  instanceIds: Array<string>;
  /** The state every instance is to have; ACTIVE resumes a suspended instance and retries a failed one. */
  state: InstanceState;
};

/** Ascending or descending. */
export type SortDirection =
  /** Smallest (or earliest) first. */
  | 'ASC'
  /** Largest (or latest) first. */
  | 'DESC';

/** What to do with the task; each kind takes only its own field. */
export type TaskActionInput = {
  /** What to do: take an action, redirect, delegate, sleep or wake. */
  kind: TaskActionKind;
  /** ACTION: the process action, e.g. "Approve" -> a:Approve */
  name?: string | null | undefined;
  /** SLEEP: > 0 seconds, 0 = indefinitely -> s:3600 / s:0 */
  sleepSeconds?: number | null | undefined;
  /** SLEEP until this moment (with time zone) -> s:2026-12-01T08:00:00Z */
  sleepUntil?: string | null | undefined;
  /** REDIRECT / DELEGATE: a fully qualified user -> r:K2:ACME\bob / d:... */
  user?: string | null | undefined;
};

/** What to do with a task (K2: a:, r:, d:, s:). */
export type TaskActionKind =
  /** Take one of the task's actions by `name` (K2 `a:<name>`); only batchable actions. */
  | 'ACTION'
  /** Let another `user` work on it too (K2 `d:<user>`). */
  | 'DELEGATE'
  /** Hand the task to another `user` (K2 `r:<user>`). */
  | 'REDIRECT'
  /** Put it to sleep for `sleepSeconds` or until `sleepUntil` (K2 `s:<duration>`). */
  | 'SLEEP'
  /** Wake a sleeping task. */
  | 'WAKE';

/** Which tasks to list (K2); every criterion given must hold. */
export type TaskFilterInput = {
  /** Part of the folio, in any case (K2 `ProcessFolio Like`). */
  folioContains?: string | null | undefined;
  /** The process's full name, exactly (K2 `ProcessFullName`, e.g. `K2 Examples\\Order Process`). */
  processFullName?: string | null | undefined;
  /** The vendor's status word, exactly (K2: Available, Open, Sleeping). */
  status?: string | null | undefined;
};

/** What a task list can be ordered by (K2 Criteria `Sort`). */
export type TaskSortField =
  /** The task's activity. */
  | 'ACTIVITY_NAME'
  /** The folio. */
  | 'FOLIO'
  /** The task's priority. */
  | 'PRIORITY'
  /** The process's name. */
  | 'PROCESS_NAME'
  /** The process instance's start (K2 `ProcessStartDate`). */
  | 'START_DATE';

/** How to order a task list. */
export type TaskSortInput = {
  /** Ascending (the default) or descending. */
  direction?: SortDirection;
  /** What to order by. */
  field: TaskSortField;
};

/** A bulk variable update (IBM BPM / BAW allVariables). */
export type UpdateAllVariablesInput = {
  /** A configured backend id (`backends { id }`). */
  backend: string;
  /** Makes a retry safe: the same id with the same input, within the idempotency window, answers the first answer without calling the vendor again. */
  clientMutationId?: string | null | undefined;
  /** Where below the process the variables live (subprocess activities): IBM's `contexts`. */
  contexts?: Array<VariableContextInput> | null | undefined;
  /** Checks the input exactly as the real call would and answers the vendor requests it would send (VendorRequestPreview), writing nothing. Needs the same access as the real call; never stored under clientMutationId. */
  dryRun?: boolean | null | undefined;
  /** The vendor's instance id (IBM: the piid, e.g. 23972). */
  instanceId: string;
  /** The process server to send it to, where IBM needs one (`serverId`). */
  serverId?: string | null | undefined;
  /** The top-level variables to set, by name, their values as JSON. */
  variables: Record<string, unknown>;
};

/** Which instance to update and what to set; K2 and CSA take different fields. */
export type UpdateProcessInstanceInput = {
  /** A configured backend id (`backends { id }`). */
  backend: string;
  /** Makes a retry safe: the same id with the same input, within the idempotency window, answers the first answer without calling the vendor again. */
  clientMutationId?: string | null | undefined;
  /** K2 process data fields */
  dataFields?: Array<DataFieldInput> | null | undefined;
  /** Checks the input exactly as the real call would and answers the vendor requests it would send (VendorRequestPreview), writing nothing. Needs the same access as the real call; never stored under clientMutationId. */
  dryRun?: boolean | null | undefined;
  /** K2, in minutes */
  expectedDuration?: number | null | undefined;
  /** K2 */
  folio?: string | null | undefined;
  /** The vendor's instance id (K2: an integer; CSA: a 32-character hex id). */
  instanceId: string;
  /** K2 */
  priority?: number | null | undefined;
  /** CSA properties, merged into the instance */
  properties?: Array<PropertyInput> | null | undefined;
  /** K2 process XML fields */
  xmlFields?: Array<XmlFieldInput> | null | undefined;
};

/** A K2 task (worklist item) to action, with fields to set on the way. */
export type UpdateTaskInput = {
  /** What to do with the task. */
  action: TaskActionInput;
  /** Activity data fields to set on the way. */
  activityDataFields?: Array<DataFieldInput> | null | undefined;
  /** Activity XML fields to set on the way. */
  activityXmlFields?: Array<XmlFieldInput> | null | undefined;
  /** A configured backend id (`backends { id }`). */
  backend: string;
  /** Makes a retry safe: the same id with the same input, within the idempotency window, answers the first answer without calling the vendor again. */
  clientMutationId?: string | null | undefined;
  /** Checks the input exactly as the real call would and answers the vendor requests it would send (VendorRequestPreview), writing nothing. Needs the same access as the real call; never stored under clientMutationId. */
  dryRun?: boolean | null | undefined;
  /** A new folio for the task's process instance. */
  folio?: string | null | undefined;
  /** A new priority for the task. */
  priority?: number | null | undefined;
  /** Process data fields to set on the way. */
  processDataFields?: Array<DataFieldInput> | null | undefined;
  /** Process XML fields to set on the way. */
  processXmlFields?: Array<XmlFieldInput> | null | undefined;
  /** The task's serial number (`Task.serialNumber`, e.g. 8_25). */
  serialNumber: string;
};

/** One task of `updateTasks`: what `updateTask` takes, without backend and client id. */
export type UpdateTaskItemInput = {
  /** What to do with the task. */
  action: TaskActionInput;
  /** Activity data fields to set on the way. */
  activityDataFields?: Array<DataFieldInput> | null | undefined;
  /** Activity XML fields to set on the way. */
  activityXmlFields?: Array<XmlFieldInput> | null | undefined;
  /** A new folio for the task's process instance. */
  folio?: string | null | undefined;
  /** A new priority for the task. */
  priority?: number | null | undefined;
  /** Process data fields to set on the way. */
  processDataFields?: Array<DataFieldInput> | null | undefined;
  /** Process XML fields to set on the way. */
  processXmlFields?: Array<XmlFieldInput> | null | undefined;
  /** The task's serial number (`Task.serialNumber`, e.g. 8_25). */
  serialNumber: string;
};

/** Many K2 task updates at once: sent in UpdateTasks calls of `updateTasksChunkSize` items, one result per item. */
export type UpdateTasksInput = {
  /** A configured backend id (`backends { id }`). */
  backend: string;
  /** Makes a retry safe: the same id with the same input, within the idempotency window, answers the first answer without calling the vendor again. */
  clientMutationId?: string | null | undefined;
  /** Checks the input exactly as the real call would and answers the vendor requests it would send (VendorRequestPreview), writing nothing. Needs the same access as the real call; never stored under clientMutationId. */
  dryRun?: boolean | null | undefined;
  /** The tasks, each at most once; the results come in this order. At most 10,000 without runAsJob. */
  items: Array<UpdateTaskItemInput>;
  /** Run as a durable bulk job (answers BulkJobStarted; follow it with jobProgress): for more than 10,000 items, or to not wait. */
  runAsJob?: boolean | null | undefined;
};

/** Which subprocess or linked-process activity the named variables belong to (IBM). */
export type VariableContextInput = {
  /** The subprocess activity's flowObjectId (`ExecutionNode.flowObjectId`). */
  activityId: string;
  /** The process the activity runs (`ExecutionNode.processId`), where IBM needs it. */
  processId: string;
  /** The variables to set in that context, by name, their values as JSON. */
  variables: Array<string>;
};

/** What kind of value a variable holds; XML is a string holding an XML document. */
export type VariableType =
  /** true or false. */
  | 'BOOLEAN'
  /** A whole number. */
  | 'INTEGER'
  /** A list of values. */
  | 'LIST'
  /** No value. */
  | 'NULL'
  /** A number with a fraction. */
  | 'NUMBER'
  /** A JSON object. */
  | 'OBJECT'
  /** Text. */
  | 'STRING'
  /** Text holding an XML document (K2 XML fields). */
  | 'XML';

/** The process engines the gateway speaks to. */
export type Vendor =
  /** Micro Focus (OpenText) Cloud Service Automation, Legacy API (XML). */
  | 'CSA'
  /** ELMA365 (BRIX365) public API (JSON). */
  | 'ELMA365'
  /** IBM BPM / Business Automation Workflow, REST API (JSON). */
  | 'IBM_BPM'
  /** K2 blackpearl / K2 Five, through its legacy REST services (XML). */
  | 'K2';

/** An XML field: an XML document, sent escaped as text. */
export type XmlFieldInput = {
  /** The XML field's name, as the vendor knows it. */
  name: string;
  /** One well-formed XML document (or '' to clear the field); sent escaped. */
  xml: string;
};

type ErrorFields_AuthenticationError_Fragment = { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type ErrorFields_BackendError_Fragment = { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type ErrorFields_BackendUnavailableError_Fragment = { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type ErrorFields_InvalidStateTransitionError_Fragment = { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type ErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type ErrorFields_PermissionDeniedError_Fragment = { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type ErrorFields_UnknownBackendError_Fragment = { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type ErrorFields_UnsupportedOperationError_Fragment = { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type ErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type ErrorFields_VendorRejectedError_Fragment = { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

export type ErrorFieldsFragment =
  | ErrorFields_AuthenticationError_Fragment
  | ErrorFields_BackendError_Fragment
  | ErrorFields_BackendUnavailableError_Fragment
  | ErrorFields_InvalidStateTransitionError_Fragment
  | ErrorFields_NotFoundError_Fragment
  | ErrorFields_PermissionDeniedError_Fragment
  | ErrorFields_UnknownBackendError_Fragment
  | ErrorFields_UnsupportedOperationError_Fragment
  | ErrorFields_ValidationError_Fragment
  | ErrorFields_VendorRejectedError_Fragment
;

export type UpdateProcessInstanceMutationVariables = Exact<{
  input: UpdateProcessInstanceInput;
}>;


export type UpdateProcessInstanceMutation = { updateProcessInstance:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UpdateProcessInstanceSuccess', backend: string, vendor: Vendor, instanceId: string, confirmed: boolean, state: ProcessState | null, vendorState: string | null, returnCode: ReturnCode | null, status: string | null, dataFields: Array<{ name: string, value: string }> | null, properties: Array<{ name: string, type: string, values: Array<string> }> | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRequestPreview', backend: string, vendor: Vendor, operation: Operation, requests: Array<{ method: string, url: string, body: string | null, headers: Array<{ name: string, value: string }> }> }
   };

export type UpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type UpdateTaskMutation = { updateTask:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UpdateTaskSuccess', backend: string, vendor: Vendor, serialNumber: string, vendorAction: string }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRequestPreview', backend: string, vendor: Vendor, operation: Operation, requests: Array<{ method: string, url: string, body: string | null, headers: Array<{ name: string, value: string }> }> }
   };

export type UpdateTasksMutationVariables = Exact<{
  input: UpdateTasksInput;
}>;


export type UpdateTasksMutation = { updateTasks:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BulkJobStarted', job: { id: string, jobId: string, kind: BulkJobKind, status: BulkJobStatus, backend: string, total: number, processed: number, succeeded: number, failed: number, unknown: number, createdBy: string | null, createdAt: string, finishedAt: string | null } }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UpdateTasksSuccess', backend: string, vendor: Vendor, succeeded: number, failed: number, unknown: number, items: Array<
        | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'UpdateTaskSuccess', serialNumber: string, vendorAction: string }
        | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'VendorRequestPreview' }
      > }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRequestPreview', backend: string, vendor: Vendor, operation: Operation, requests: Array<{ method: string, url: string, body: string | null, headers: Array<{ name: string, value: string }> }> }
   };

export type SetInstanceStateMutationVariables = Exact<{
  input: SetInstanceStateInput;
}>;


export type SetInstanceStateMutation = { setInstanceState:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'SetInstanceStateSuccess', backend: string, vendor: Vendor, instanceId: string, state: ProcessState | null, vendorState: string | null, returnCode: ReturnCode | null, status: string | null, properties: Array<{ name: string, type: string, values: Array<string> }> | null }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRequestPreview', backend: string, vendor: Vendor, operation: Operation, requests: Array<{ method: string, url: string, body: string | null, headers: Array<{ name: string, value: string }> }> }
   };

export type SetInstanceStatesMutationVariables = Exact<{
  input: SetInstanceStatesInput;
}>;


export type SetInstanceStatesMutation = { setInstanceStates:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'SetInstanceStatesSuccess', backend: string, vendor: Vendor, succeeded: number, failed: number, unknown: number, items: Array<
        | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'SetInstanceStateSuccess', instanceId: string, state: ProcessState | null }
        | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
        | { __typename: 'VendorRequestPreview' }
      > }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRequestPreview', backend: string, vendor: Vendor, operation: Operation, requests: Array<{ method: string, url: string, body: string | null, headers: Array<{ name: string, value: string }> }> }
   };

export type UpdateAllVariablesMutationVariables = Exact<{
  input: UpdateAllVariablesInput;
}>;


export type UpdateAllVariablesMutation = { updateAllVariables:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UpdateAllVariablesSuccess', backend: string, vendor: Vendor, instanceId: string, vendorMessage: string | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRequestPreview', backend: string, vendor: Vendor, operation: Operation, requests: Array<{ method: string, url: string, body: string | null, headers: Array<{ name: string, value: string }> }> }
   };

export type MigrateInstancesMutationVariables = Exact<{
  input: MigrateInstancesInput;
}>;


export type MigrateInstancesMutation = { migrateInstances:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BulkJobStarted', job: { id: string, jobId: string, kind: BulkJobKind, status: BulkJobStatus, backend: string, total: number, processed: number, succeeded: number, failed: number, unknown: number, createdBy: string | null, createdAt: string, finishedAt: string | null } }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'MigrateInstancesSuccess', backend: string, vendor: Vendor, namespace: string, processCode: string, allActive: boolean, requestedIds: Array<string> | null, excludedIds: Array<string>, updatedCount: number | null, updatedIds: Array<string> | null, notMovedIds: Array<string> | null, notMoved: Array<{ instanceId: string, vendorState: string | null }> | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRequestPreview', backend: string, vendor: Vendor, operation: Operation, requests: Array<{ method: string, url: string, body: string | null, headers: Array<{ name: string, value: string }> }> }
   };

export type PreviewFieldsFragment = { backend: string, vendor: Vendor, operation: Operation, requests: Array<{ method: string, url: string, body: string | null, headers: Array<{ name: string, value: string }> }> };

export type CancelJobMutationVariables = Exact<{
  id: string;
}>;


export type CancelJobMutation = { cancelJob: { id: string, jobId: string, kind: BulkJobKind, status: BulkJobStatus, backend: string, total: number, processed: number, succeeded: number, failed: number, unknown: number, createdBy: string | null, createdAt: string, finishedAt: string | null } | null };

export type JobFieldsFragment = { id: string, jobId: string, kind: BulkJobKind, status: BulkJobStatus, backend: string, total: number, processed: number, succeeded: number, failed: number, unknown: number, createdBy: string | null, createdAt: string, finishedAt: string | null };

export type BackendsQueryVariables = Exact<{ [key: string]: never; }>;


export type BackendsQuery = { backends: Array<{ id: string, vendor: Vendor, operations: Array<Operation> }> };

export type InstanceFieldsFragment = { id: string, instanceId: string, backend: string, vendor: Vendor, state: ProcessState, vendorState: string | null, name: string | null, folio: string | null, priority: number | null, startedAt: string | null, version: number | null, variables: Array<{ name: string, type: VariableType, value: unknown, scope: string | null }> };

export type ProcessInstanceQueryVariables = Exact<{
  backend: string;
  id: string;
}>;


export type ProcessInstanceQuery = { processInstance:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ProcessInstance', id: string, instanceId: string, backend: string, vendor: Vendor, state: ProcessState, vendorState: string | null, name: string | null, folio: string | null, priority: number | null, startedAt: string | null, version: number | null, variables: Array<{ name: string, type: VariableType, value: unknown, scope: string | null }> }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
   };

export type TaskQueryVariables = Exact<{
  backend: string;
  serialNumber: string;
}>;


export type TaskQuery = { task:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'Task', id: string, serialNumber: string, backend: string, vendor: Vendor, status: string, allocatedUser: string | null, priority: number | null, processInstanceId: string | null, folio: string | null, actions: Array<{ name: string, batchable: boolean }>, activityVariables: Array<{ name: string, type: VariableType, value: unknown }> | null }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
   };

export type ExecutionTreeQueryVariables = Exact<{
  backend: string;
  id: string;
}>;


export type ExecutionTreeQuery = { processInstance:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ProcessInstance', executionTree: Array<{ flowObjectId: string | null, name: string | null, kind: string | null, state: string | null, processId: string | null, children: Array<{ flowObjectId: string | null, name: string | null, kind: string | null, state: string | null, processId: string | null, children: Array<{ flowObjectId: string | null }> }> }> | null }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
   };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'BulkJob', id: string }
    | { __typename: 'ProcessInstance', instanceId: string, backend: string, vendor: Vendor, state: ProcessState, id: string }
    | { __typename: 'Task', serialNumber: string, backend: string, status: string, id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'BulkJob', id: string }
    | { __typename: 'ProcessInstance', id: string }
    | { __typename: 'Task', id: string }
   | null> };

export type TasksQueryVariables = Exact<{
  backend: string;
  filter?: TaskFilterInput | null | undefined;
  sort?: TaskSortInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TasksQuery = { tasks:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'TaskConnection', totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, serialNumber: string, backend: string, status: string, priority: number | null, folio: string | null, processInstanceId: string | null, actions: Array<{ name: string, batchable: boolean }> } }> }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
   };

export type ProcessInstancesQueryVariables = Exact<{
  backend: string;
  namespace: string;
  processCode: string;
  activeOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProcessInstancesQuery = { processInstances:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ProcessInstanceConnection', totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, instanceId: string, backend: string, state: ProcessState, vendorState: string | null, version: number | null, startedAt: string | null } }> }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', operation: Operation, vendor: Vendor, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
   };

export type JobQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: BulkJobItemStatus | null | undefined;
}>;


export type JobQuery = { job: { id: string, jobId: string, kind: BulkJobKind, status: BulkJobStatus, backend: string, total: number, processed: number, succeeded: number, failed: number, unknown: number, createdBy: string | null, createdAt: string, finishedAt: string | null, items: { edges: Array<{ cursor: string, node: { key: string, status: BulkJobItemStatus, outcome: string | null, message: string | null, vendorStatus: number | null, vendorCode: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type JobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type JobsQuery = { jobs: { edges: Array<{ cursor: string, node: { id: string, jobId: string, kind: BulkJobKind, status: BulkJobStatus, backend: string, total: number, processed: number, succeeded: number, failed: number, unknown: number, createdBy: string | null, createdAt: string, finishedAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export const ErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<ErrorFieldsFragment, unknown>;
export const PreviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorRequestPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<PreviewFieldsFragment, unknown>;
export const JobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<JobFieldsFragment, unknown>;
export const InstanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendorState"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]} as unknown as DocumentNode<InstanceFieldsFragment, unknown>;
export const UpdateProcessInstanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProcessInstance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProcessInstanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProcessInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProcessInstanceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"dataFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendorState"}},{"kind":"Field","name":{"kind":"Name","value":"returnCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorRequestPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<UpdateProcessInstanceMutation, UpdateProcessInstanceMutationVariables>;
export const UpdateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vendorAction"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorRequestPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const UpdateTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTasksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJobStarted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTasksSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vendorAction"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorRequestPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<UpdateTasksMutation, UpdateTasksMutationVariables>;
export const SetInstanceStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetInstanceState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetInstanceStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInstanceState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetInstanceStateSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendorState"}},{"kind":"Field","name":{"kind":"Name","value":"returnCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorRequestPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<SetInstanceStateMutation, SetInstanceStateMutationVariables>;
export const SetInstanceStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetInstanceStates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetInstanceStatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInstanceStates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetInstanceStatesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetInstanceStateSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorRequestPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<SetInstanceStatesMutation, SetInstanceStatesMutationVariables>;
export const UpdateAllVariablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAllVariables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAllVariablesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAllVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAllVariablesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"vendorMessage"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorRequestPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<UpdateAllVariablesMutation, UpdateAllVariablesMutationVariables>;
export const MigrateInstancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MigrateInstances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MigrateInstancesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrateInstances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrateInstancesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"processCode"}},{"kind":"Field","name":{"kind":"Name","value":"allActive"}},{"kind":"Field","name":{"kind":"Name","value":"requestedIds"}},{"kind":"Field","name":{"kind":"Name","value":"excludedIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedIds"}},{"kind":"Field","name":{"kind":"Name","value":"notMovedIds"}},{"kind":"Field","name":{"kind":"Name","value":"notMoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"vendorState"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJobStarted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorRequestPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<MigrateInstancesMutation, MigrateInstancesMutationVariables>;
export const CancelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<CancelJobMutation, CancelJobMutationVariables>;
export const BackendsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Backends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}}]}}]} as unknown as DocumentNode<BackendsQuery, BackendsQueryVariables>;
export const ProcessInstanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessInstance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"backend"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"backend"},"value":{"kind":"Variable","name":{"kind":"Name","value":"backend"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstanceFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendorState"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<ProcessInstanceQuery, ProcessInstanceQueryVariables>;
export const TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"backend"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"backend"},"value":{"kind":"Variable","name":{"kind":"Name","value":"backend"}}},{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedUser"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"processInstanceId"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"batchable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activityVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<TaskQuery, TaskQueryVariables>;
export const ExecutionTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExecutionTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"backend"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"backend"},"value":{"kind":"Variable","name":{"kind":"Name","value":"backend"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executionTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowObjectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowObjectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowObjectId"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<ExecutionTreeQuery, ExecutionTreeQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const TasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"backend"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskSortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"backend"},"value":{"kind":"Variable","name":{"kind":"Name","value":"backend"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"processInstanceId"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"batchable"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<TasksQuery, TasksQueryVariables>;
export const ProcessInstancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessInstances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"backend"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"namespace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processInstances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"backend"},"value":{"kind":"Variable","name":{"kind":"Name","value":"backend"}}},{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"namespace"}}},{"kind":"Argument","name":{"kind":"Name","value":"processCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessInstanceConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendorState"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<ProcessInstancesQuery, ProcessInstancesQueryVariables>;
export const JobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Job"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJobItemStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<JobQuery, JobQueryVariables>;
export const JobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Jobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<JobsQuery, JobsQueryVariables>;