
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "BpmError": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError"
    ],
    "MigrateInstancesResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "MigrateInstancesSuccess",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError",
      "VendorRequestPreview"
    ],
    "Node": [
      "AuditEntry",
      "ProcessInstance",
      "Task"
    ],
    "ProcessInstanceListResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "ProcessInstanceConnection",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError"
    ],
    "ProcessInstanceResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "ProcessInstance",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError"
    ],
    "SetInstanceStateResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "SetInstanceStateSuccess",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError",
      "VendorRequestPreview"
    ],
    "TaskListResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "TaskConnection",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError"
    ],
    "TaskResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "Task",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError"
    ],
    "UpdateAllVariablesResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "UpdateAllVariablesSuccess",
      "ValidationError",
      "VendorRejectedError",
      "VendorRequestPreview"
    ],
    "UpdateProcessInstanceResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "UpdateProcessInstanceSuccess",
      "ValidationError",
      "VendorRejectedError",
      "VendorRequestPreview"
    ],
    "UpdateTaskResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "UpdateTaskSuccess",
      "ValidationError",
      "VendorRejectedError",
      "VendorRequestPreview"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "BpmError": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError"
    ],
    "MigrateInstancesResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "MigrateInstancesSuccess",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError",
      "VendorRequestPreview"
    ],
    "Node": [
      "AuditEntry",
      "ProcessInstance",
      "Task"
    ],
    "ProcessInstanceListResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "ProcessInstanceConnection",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError"
    ],
    "ProcessInstanceResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "ProcessInstance",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError"
    ],
    "SetInstanceStateResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "SetInstanceStateSuccess",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError",
      "VendorRequestPreview"
    ],
    "TaskListResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "TaskConnection",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError"
    ],
    "TaskResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "Task",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "ValidationError",
      "VendorRejectedError"
    ],
    "UpdateAllVariablesResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "UpdateAllVariablesSuccess",
      "ValidationError",
      "VendorRejectedError",
      "VendorRequestPreview"
    ],
    "UpdateProcessInstanceResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "UpdateProcessInstanceSuccess",
      "ValidationError",
      "VendorRejectedError",
      "VendorRequestPreview"
    ],
    "UpdateTaskResult": [
      "AuthenticationError",
      "BackendError",
      "BackendUnavailableError",
      "InvalidStateTransitionError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownBackendError",
      "UnsupportedOperationError",
      "UpdateTaskSuccess",
      "ValidationError",
      "VendorRejectedError",
      "VendorRequestPreview"
    ]
  }
};
      export default result;
    