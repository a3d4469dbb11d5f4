import type { GraphiqlTab } from '../server/graphiql-page.js';

/** GraphiQL's opening tabs in the sandbox: working examples against the seeded demo data. */
export const SANDBOX_EXAMPLES: readonly GraphiqlTab[] = [
  {
    query: `# K2 sandbox: update process instance 8, then action its task 8_25.
# Press the run button; pick one operation. Errors come back as data (... on BpmError).
mutation UpdateK2Instance {
  updateProcessInstance(input: {
    backend: "k2"
    instanceId: "8"
    folio: "Order ACME-0008 <expedite> & ship"
    priority: 2
    dataFields: [{ name: "Notes", value: "Call before delivery: 09:00–12:00 ✓" }]
    xmlFields: [{ name: "OrderXml", xml: "<Order><Line sku=\\"A-1\\" qty=\\"3\\"/></Order>" }]
  }) {
    __typename
    ... on UpdateProcessInstanceSuccess { backend instanceId dataFields { name value } }
    ... on ValidationError { field }
    ... on BpmError { message vendorStatus vendorCode }
  }
}

mutation ApproveK2Task {
  updateTask(input: {
    backend: "k2"
    serialNumber: "8_25"
    action: { kind: ACTION, name: "Approve" }
    activityDataFields: [{ name: "Comment", value: "Approved from GraphiQL" }]
  }) {
    __typename
    ... on UpdateTaskSuccess { serialNumber vendorAction }
    ... on ValidationError { field }
    ... on BpmError { message vendorStatus vendorCode }
  }
}

mutation ActionNotBatchable {
  updateTask(input: { backend: "k2", serialNumber: "8_26", action: { kind: ACTION, name: "Approve" } }) {
    __typename
    ... on BpmError { message vendorStatus vendorCode }
  }
}
`,
  },
  {
    query: `# K2 sandbox: sleep, wake, redirect and delegate task 9_30.
mutation SleepTask {
  updateTask(input: { backend: "k2", serialNumber: "9_30", action: { kind: SLEEP, sleepSeconds: 3600 } }) {
    __typename
    ... on UpdateTaskSuccess { vendorAction }
    ... on BpmError { message }
  }
}

mutation WakeTask {
  updateTask(input: { backend: "k2", serialNumber: "9_30", action: { kind: WAKE } }) {
    __typename
    ... on UpdateTaskSuccess { vendorAction }
    ... on BpmError { message }
  }
}

mutation RedirectTask {
  updateTask(input: { backend: "k2", serialNumber: "9_30", action: { kind: REDIRECT, user: "K2:ACME\\\\bob" } }) {
    __typename
    ... on UpdateTaskSuccess { vendorAction }
    ... on BpmError { message }
  }
}
`,
  },
  {
    query: `# CSA sandbox: complete an ACTIVE instance, see a COMPLETED one refused, merge properties.
mutation CompleteCsaInstance {
  setInstanceState(input: {
    backend: "csa"
    instanceId: "90d9652b3752ad4f013752ae38cb0004"
    state: COMPLETED
    returnCode: SUCCESS
    status: "Finished from GraphiQL"
  }) {
    __typename
    ... on SetInstanceStateSuccess { instanceId state returnCode status }
    ... on InvalidStateTransitionError { currentState requestedState }
    ... on BpmError { message vendorStatus vendorCode }
  }
}

mutation ReopenCompletedCsaInstance {
  setInstanceState(input: { backend: "csa", instanceId: "90d9652b3752ad4f013752ae38cb0004", state: ACTIVE }) {
    __typename
    ... on SetInstanceStateSuccess { state }
    ... on InvalidStateTransitionError { currentState requestedState }
    ... on BpmError { message vendorStatus vendorCode }
  }
}

mutation MergeCsaProperties {
  updateProcessInstance(input: {
    backend: "csa"
    instanceId: "90d9652b3752ad4f013752ae38cb0004"
    properties: [
      { name: "CPU_COUNT", type: "INTEGER", values: ["4"] }
      { name: "TAGS", type: "LIST", values: ["prod", "eu-west"] }
      { name: "OWNER", values: ["R&D <ops@acme.com>"] }
    ]
  }) {
    __typename
    ... on UpdateProcessInstanceSuccess { instanceId state properties { name type values } }
    ... on ValidationError { field }
    ... on BpmError { message vendorStatus vendorCode }
  }
}
`,
  },
  {
    query: `# IBM BPM sandbox: update top-level and subprocess variables of Active instance 23972,
# then see Completed instance 23974 refused (409, CWTBG0014E).
mutation UpdateIbmVariables {
  updateAllVariables(input: {
    backend: "ibm"
    instanceId: "23972"
    variables: {
      customerName: "ACME \\"Europe\\" GmbH"
      orderTotal: 1999.95
      approved: true
      shipping: { address: { city: "Zürich", zip: "8001" }, express: true }
      approverComment: "Looks good"
      approvalLevel: 2
    }
    contexts: [{ activityId: "bpdid:6a1b2c3d-sub-approval", processId: "25.0d7e5b1a-approval", variables: ["approverComment", "approvalLevel"] }]
  }) {
    __typename
    ... on UpdateAllVariablesSuccess { instanceId vendorMessage }
    ... on ValidationError { field }
    ... on BpmError { message vendorStatus vendorCode }
  }
}

mutation CompletedInstanceRefused {
  updateAllVariables(input: { backend: "ibm", instanceId: "23974", variables: { verified: true } }) {
    __typename
    ... on InvalidStateTransitionError { currentState }
    ... on BpmError { message vendorStatus vendorCode }
  }
}
`,
  },
  {
    query: `# ELMA365 sandbox: move Pending (wait) order instances to the latest version 3.
# First two instances by id (one Pending, one running: only the Pending one moves) ...
mutation MigrateSomeOrders {
  migrateInstances(input: {
    backend: "elma"
    namespace: "orders"
    processCode: "order_approval"
    instanceIds: ["0a0a0001-0000-4000-8000-000000000001", "0a0a0001-0000-4000-8000-000000000005"]
  }) {
    __typename
    ... on MigrateInstancesSuccess { allActive requestedIds updatedCount updatedIds }
    ... on ValidationError { field }
    ... on BpmError { message vendorStatus }
  }
}

# ... then every active one but two.
mutation MigrateAllButTwo {
  migrateInstances(input: {
    backend: "elma"
    namespace: "orders"
    processCode: "order_approval"
    allActive: true
    excludeIds: ["0a0a0001-0000-4000-8000-000000000003", "0a0a0001-0000-4000-8000-000000000004"]
  }) {
    __typename
    ... on MigrateInstancesSuccess { allActive excludedIds updatedCount updatedIds }
    ... on BpmError { message vendorStatus }
  }
}
`,
  },
  {
    query: `# Bulk jobs: a migration run as a durable job, followed live over a WebSocket.
# 1. Run StartMigrationJob: it answers BulkJobStarted at once, the job runs in the background.
# 2. Copy job.id into the variables below and run FollowJob (a subscription over graphql-ws):
#    the job now, an event on every change and at least once a second, then its final state.
# 3. JobItems shows what happened to each instance (its cursor pages through 250,000 as well).
mutation StartMigrationJob {
  migrateInstances(input: {
    backend: "elma"
    namespace: "orders"
    processCode: "order_approval"
    instanceIds: ["0a0a0001-0000-4000-8000-000000000001", "131141f6-0d89-4316-a8f1-bc816f0672ef", "0a0a0001-0000-4000-8000-000000000005"]
    runAsJob: true
  }) {
    __typename
    ... on BulkJobStarted { job { id status total } }
    ... on ValidationError { field }
    ... on BpmError { message }
  }
}

subscription FollowJob($id: ID!) {
  jobProgress(id: $id) { id status total processed succeeded failed unknown finishedAt }
}

query JobItems($id: ID!) {
  job(id: $id) {
    status
    items(first: 10) { edges { node { key status outcome message } } }
  }
}

query RecentJobs {
  jobs(first: 5) { edges { node { id kind status total createdAt } } }
}
`,
    variables: '{ "id": "paste job.id from StartMigrationJob here" }',
  },
  {
    query: `# Read an instance, change it, read the change back: the same words for every vendor.
query ReadInstance {
  processInstance(backend: "ibm", id: "23972") {
    __typename
    ... on ProcessInstance { id vendor state vendorState name startedAt variables { name type value scope } }
    ... on BpmError { message vendorStatus vendorCode }
  }
}

mutation ChangeAndReadBack {
  updateAllVariables(input: { backend: "ibm", instanceId: "23972", variables: { approved: true } }) {
    __typename
    ... on UpdateAllVariablesSuccess { instance { state variables { name value } } }
    ... on BpmError { message }
  }
}

query ReadTask {
  task(backend: "k2", serialNumber: "9_30") {
    __typename
    ... on Task { serialNumber status allocatedUser actions { name batchable } }
    ... on BpmError { message }
  }
}
`,
  },
  {
    query: `# Lists and global ids: K2's worklist and ELMA365's instances as Relay connections,
# and any object read again by its global id (node). Page on with after: endCursor.
query Worklist {
  tasks(backend: "k2", filter: { status: "Available" }, sort: { field: START_DATE, direction: DESC }, first: 3) {
    __typename
    ... on TaskConnection {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id serialNumber status folio actions { name batchable } } }
    }
    ... on BpmError { message }
  }
}

query OrderInstances {
  processInstances(backend: "elma", namespace: "orders", processCode: "order_approval", first: 5) {
    __typename
    ... on ProcessInstanceConnection { totalCount edges { node { id instanceId state vendorState version } } }
    ... on BpmError { message }
  }
}

query ByGlobalId {
  node(id: "gid://bpm/ProcessInstance/k2/8") {
    id
    ... on ProcessInstance { instanceId backend state folio }
  }
}
`,
  },
  {
    query: `# The audit trail: every mutation and dry run sent in this sandbox (run one from the
# other tabs first), newest first, with the vendor's answer. Values are redacted (***).
query RecentChanges {
  auditLog(first: 10) {
    pageInfo { hasNextPage endCursor }
    edges { node { at operation backend outcome dryRun vendorStatus vendorRequest durationMs input } }
  }
}

query FailedOnK2 {
  auditLog(filter: { backend: "k2", outcome: "NotFoundError" }, first: 10) {
    edges { node { at requestId operation vendorStatus vendorCode vendorRequest } }
  }
}
`,
  },
  {
    query: `# The configured backends and what each can do.
query Backends {
  backends { id vendor operations }
}
`,
  },
];
