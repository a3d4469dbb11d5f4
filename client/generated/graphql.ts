/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

type BpmErrorFields_AuthenticationError_Fragment = { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type BpmErrorFields_BackendError_Fragment = { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type BpmErrorFields_BackendUnavailableError_Fragment = { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type BpmErrorFields_InvalidStateTransitionError_Fragment = { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type BpmErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type BpmErrorFields_PermissionDeniedError_Fragment = { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type BpmErrorFields_UnknownBackendError_Fragment = { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type BpmErrorFields_UnsupportedOperationError_Fragment = { __typename: 'UnsupportedOperationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type BpmErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

type BpmErrorFields_VendorRejectedError_Fragment = { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null };

export type BpmErrorFieldsFragment =
  | BpmErrorFields_AuthenticationError_Fragment
  | BpmErrorFields_BackendError_Fragment
  | BpmErrorFields_BackendUnavailableError_Fragment
  | BpmErrorFields_InvalidStateTransitionError_Fragment
  | BpmErrorFields_NotFoundError_Fragment
  | BpmErrorFields_PermissionDeniedError_Fragment
  | BpmErrorFields_UnknownBackendError_Fragment
  | BpmErrorFields_UnsupportedOperationError_Fragment
  | BpmErrorFields_ValidationError_Fragment
  | BpmErrorFields_VendorRejectedError_Fragment
;

export type ProcessInstanceFieldsFragment = { id: string, instanceId: string, backend: string, vendor: Vendor, state: ProcessState, vendorState: string | null, name: string | null, folio: string | null, priority: number | null, startedAt: string | null, version: number | null, variables: Array<{ name: string, type: VariableType, value: unknown, scope: string | null }> };

export type GetProcessInstanceQueryVariables = Exact<{
  backend: string;
  id: string;
}>;


export type GetProcessInstanceQuery = { processInstance:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ProcessInstance', id: string, instanceId: string, backend: string, vendor: Vendor, state: ProcessState, vendorState: string | null, name: string | null, folio: string | null, priority: number | null, startedAt: string | null, version: number | null, variables: Array<{ name: string, type: VariableType, value: unknown, scope: string | null }> }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
   };

export type ChangeProcessInstanceMutationVariables = Exact<{
  input: UpdateProcessInstanceInput;
}>;


export type ChangeProcessInstanceMutation = { updateProcessInstance:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UpdateProcessInstanceSuccess', instanceId: string, instance: { id: string, instanceId: string, backend: string, vendor: Vendor, state: ProcessState, vendorState: string | null, name: string | null, folio: string | null, priority: number | null, startedAt: string | null, version: number | null, variables: Array<{ name: string, type: VariableType, value: unknown, scope: string | null }> } | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRequestPreview' }
   };

export type ChangeInstanceStateMutationVariables = Exact<{
  input: SetInstanceStateInput;
}>;


export type ChangeInstanceStateMutation = { setInstanceState:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'SetInstanceStateSuccess', instanceId: string, state: ProcessState | null, vendorState: string | null, returnCode: ReturnCode | null, status: string | null, instance: { id: string, instanceId: string, backend: string, vendor: Vendor, state: ProcessState, vendorState: string | null, name: string | null, folio: string | null, priority: number | null, startedAt: string | null, version: number | null, variables: Array<{ name: string, type: VariableType, value: unknown, scope: string | null }> } | null }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRequestPreview' }
   };

export type ChangeVariablesMutationVariables = Exact<{
  input: UpdateAllVariablesInput;
}>;


export type ChangeVariablesMutation = { updateAllVariables:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UpdateAllVariablesSuccess', instanceId: string, vendorMessage: string | null, instance: { id: string, instanceId: string, backend: string, vendor: Vendor, state: ProcessState, vendorState: string | null, name: string | null, folio: string | null, priority: number | null, startedAt: string | null, version: number | null, variables: Array<{ name: string, type: VariableType, value: unknown, scope: string | null }> } | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRequestPreview' }
   };

export type MoveToLatestVersionMutationVariables = Exact<{
  input: MigrateInstancesInput;
}>;


export type MoveToLatestVersionMutation = { migrateInstances:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BulkJobStarted' }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'MigrateInstancesSuccess', allActive: boolean, requestedIds: Array<string> | null, excludedIds: Array<string>, updatedCount: number | null, updatedIds: Array<string> | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRequestPreview' }
   };

export type TaskFieldsFragment = { id: string, serialNumber: string, backend: string, status: string, allocatedUser: string | null, priority: number | null, processInstanceId: string | null, folio: string | null, actions: Array<{ name: string, batchable: boolean }> };

export type GetTaskQueryVariables = Exact<{
  backend: string;
  serialNumber: string;
}>;


export type GetTaskQuery = { task:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'Task', id: string, serialNumber: string, backend: string, status: string, allocatedUser: string | null, priority: number | null, processInstanceId: string | null, folio: string | null, actions: Array<{ name: string, batchable: boolean }> }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
   };

export type ActOnTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type ActOnTaskMutation = { updateTask:
    | { __typename: 'AuthenticationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'BackendUnavailableError', retryable: boolean, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'InvalidStateTransitionError', currentState: string | null, requestedState: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'NotFoundError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'PermissionDeniedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnknownBackendError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UnsupportedOperationError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'UpdateTaskSuccess', serialNumber: string, vendorAction: string, task: { id: string, serialNumber: string, backend: string, status: string, allocatedUser: string | null, priority: number | null, processInstanceId: string | null, folio: string | null, actions: Array<{ name: string, batchable: boolean }> } | null }
    | { __typename: 'ValidationError', field: string | null, message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRejectedError', message: string, vendorStatus: number | null, vendorCode: string | null, errorBackend: string | null }
    | { __typename: 'VendorRequestPreview' }
   };

export const BpmErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BpmErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<BpmErrorFieldsFragment, unknown>;
export const ProcessInstanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcessInstanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendorState"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]} as unknown as DocumentNode<ProcessInstanceFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedUser"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"processInstanceId"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"batchable"}}]}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const GetProcessInstanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetProcessInstance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"backend"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"backend"},"value":{"kind":"Variable","name":{"kind":"Name","value":"backend"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcessInstanceFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BpmErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcessInstanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendorState"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BpmErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<GetProcessInstanceQuery, GetProcessInstanceQueryVariables>;
export const ChangeProcessInstanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeProcessInstance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProcessInstanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProcessInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProcessInstanceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"instance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcessInstanceFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BpmErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcessInstanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendorState"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BpmErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<ChangeProcessInstanceMutation, ChangeProcessInstanceMutationVariables>;
export const ChangeInstanceStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeInstanceState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetInstanceStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInstanceState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetInstanceStateSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendorState"}},{"kind":"Field","name":{"kind":"Name","value":"returnCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"instance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcessInstanceFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BpmErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcessInstanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendorState"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BpmErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<ChangeInstanceStateMutation, ChangeInstanceStateMutationVariables>;
export const ChangeVariablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeVariables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAllVariablesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAllVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAllVariablesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"vendorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"instance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcessInstanceFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BpmErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcessInstanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendorState"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BpmErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<ChangeVariablesMutation, ChangeVariablesMutationVariables>;
export const MoveToLatestVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveToLatestVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MigrateInstancesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrateInstances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrateInstancesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allActive"}},{"kind":"Field","name":{"kind":"Name","value":"requestedIds"}},{"kind":"Field","name":{"kind":"Name","value":"excludedIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedIds"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BpmErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BpmErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<MoveToLatestVersionMutation, MoveToLatestVersionMutationVariables>;
export const GetTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"backend"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"backend"},"value":{"kind":"Variable","name":{"kind":"Name","value":"backend"}}},{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BpmErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedUser"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"processInstanceId"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"batchable"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BpmErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<GetTaskQuery, GetTaskQueryVariables>;
export const ActOnTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActOnTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vendorAction"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BpmErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedUser"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"processInstanceId"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"batchable"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BpmErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BpmError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"errorBackend"},"name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"requestedState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BackendUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<ActOnTaskMutation, ActOnTaskMutationVariables>;