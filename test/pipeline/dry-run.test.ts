import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  MigrateInstancesDocument, ProcessInstanceDocument, SetInstanceStateDocument, TaskDocument, UpdateAllVariablesDocument,
  UpdateProcessInstanceDocument, UpdateTaskDocument,
} from '../__generated__/graphql.js';
import { startStack, type Stack } from '../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => {
  for (const emulator of [stack.k2, stack.csa, stack.ibm, stack.elma]) emulator.reset();
});

interface Preview { __typename: 'VendorRequestPreview'; backend: string; vendor: string; operation: string; requests: { method: string; url: string; headers: { name: string; value: string }[]; body: string | null }[] }

/** One case per mutation and vendor that has it: the input, and how to read what it would change. */
const CASES: {
  name: string;
  emulator: () => { url: string; received: { method: string; path: string; body: string }[] };
  document: TypedDocumentNode<Record<string, unknown>, { input: Record<string, unknown> }>;
  field: string;
  operation: string;
  input: Record<string, unknown>;
  /** A read of what the call changes, before and after the dry run. */
  read: () => Promise<unknown>;
}[] = [
  {
    name: 'K2 updateProcessInstance', emulator: () => stack.k2, document: UpdateProcessInstanceDocument as never, field: 'updateProcessInstance', operation: 'UPDATE_PROCESS_INSTANCE',
    input: { backend: 'k2', instanceId: '8', folio: 'Dry & <run> «ü»', dataFields: [{ name: 'MyProcessDataField', value: 'a\r\nb' }] },
    read: async () => (await stack.gql(ProcessInstanceDocument, { backend: 'k2', id: '8' })).data,
  },
  {
    name: 'K2 updateTask', emulator: () => stack.k2, document: UpdateTaskDocument as never, field: 'updateTask', operation: 'UPDATE_TASK',
    input: { backend: 'k2', serialNumber: '8_25', action: { kind: 'ACTION', name: 'Approve' }, folio: 'approved "dry"' },
    read: async () => (await stack.gql(TaskDocument, { backend: 'k2', serialNumber: '8_25' })).data,
  },
  {
    name: 'CSA updateProcessInstance', emulator: () => stack.csa, document: UpdateProcessInstanceDocument as never, field: 'updateProcessInstance', operation: 'UPDATE_PROCESS_INSTANCE',
    input: { backend: 'csa', instanceId: '90d9652b3752ad4f013752ae38cb0004', properties: [{ name: 'OWNER', values: ['ops <dry> & co'] }, { name: 'REPLICAS', type: 'INTEGER', values: ['7'] }] },
    read: async () => (await stack.gql(ProcessInstanceDocument, { backend: 'csa', id: '90d9652b3752ad4f013752ae38cb0004' })).data,
  },
  {
    name: 'CSA setInstanceState', emulator: () => stack.csa, document: SetInstanceStateDocument as never, field: 'setInstanceState', operation: 'SET_INSTANCE_STATE',
    input: { backend: 'csa', instanceId: '90d9652b3752ad4f013752ae38cb0004', state: 'COMPLETED', returnCode: 'SUCCESS', status: 'done & dusted' },
    read: async () => (await stack.gql(ProcessInstanceDocument, { backend: 'csa', id: '90d9652b3752ad4f013752ae38cb0004' })).data,
  },
  {
    name: 'IBM updateAllVariables', emulator: () => stack.ibm, document: UpdateAllVariablesDocument as never, field: 'updateAllVariables', operation: 'UPDATE_ALL_VARIABLES',
    input: { backend: 'ibm', instanceId: '23972', variables: { approved: true, customerName: 'Zoë "Dry"' }, serverId: 'srv 1' },
    read: async () => (await stack.gql(ProcessInstanceDocument, { backend: 'ibm', id: '23972' })).data,
  },
  {
    name: 'ELMA365 migrateInstances', emulator: () => stack.elma, document: MigrateInstancesDocument as never, field: 'migrateInstances', operation: 'MIGRATE_INSTANCES',
    input: { backend: 'elma', namespace: 'orders', processCode: 'order_approval', allActive: true },
    read: async () => (await stack.gql(ProcessInstanceDocument, { backend: 'elma', id: '131141f6-0d89-4316-a8f1-bc816f0672ef' })).data,
  },
];

const writes = <T extends { method: string }>(received: T[]): T[] => received.filter((r) => r.method !== 'GET');

describe.each(CASES)('a dry run of $name', ({ emulator, document, field, operation, input, read }) => {
  it('shows exactly the URL and body the real call then sends, and writes nothing', async () => {
    const before = await read();
    const dry = (await stack.gql(document, { input: { ...input, dryRun: true } })).data?.[field] as Preview;
    expect(dry).toMatchObject({ __typename: 'VendorRequestPreview', backend: input['backend'], operation });
    expect(dry.requests).toHaveLength(1);
    expect(writes(emulator().received)).toEqual([]);
    expect(await read()).toEqual(before);

    const real = (await stack.gql(document, { input })).data?.[field] as { __typename: string; message?: string };
    expect(real).toMatchObject({ __typename: expect.stringMatching(/Success$/) });
    const [sent] = writes(emulator().received);
    const [previewed] = dry.requests;
    expect(previewed!.method).toBe(sent!.method);
    expect(previewed!.url).toBe(new URL(emulator().url).origin + sent!.path);
    expect(previewed!.body).toBe(sent!.body);
  });

  it('masks the credential it would send, keeping its scheme', async () => {
    const dry = (await stack.gql(document, { input: { ...input, dryRun: true } })).data?.[field] as Preview;
    const authorization = dry.requests[0]!.headers.find((h) => h.name === 'authorization');
    expect(authorization?.value).toMatch(/^(Basic|Bearer) \*\*\*$/);
  });
});

describe('a dry run', () => {
  it('answers bad input with the same ValidationError as the real call, and sends nothing', async () => {
    const input = { backend: 'k2', serialNumber: '8_25', action: { kind: 'ACTION', name: ' ' } };
    const real = await stack.gql(UpdateTaskDocument, { input: input as never });
    const dry = await stack.gql(UpdateTaskDocument, { input: { ...input, dryRun: true } as never });
    expect(dry.data?.updateTask).toEqual(real.data?.updateTask);
    expect(dry.data?.updateTask).toMatchObject({ __typename: 'ValidationError', field: 'action.name' });
    expect(stack.k2.received).toEqual([]);
  });

  it('refuses a clientMutationId the real call refuses', async () => {
    const dry = await stack.gql(UpdateTaskDocument, { input: { backend: 'k2', serialNumber: '8_25', action: { kind: 'WAKE' }, clientMutationId: '', dryRun: true } });
    expect(dry.data?.updateTask).toMatchObject({ __typename: 'ValidationError', field: 'clientMutationId' });
  });

  it('makes the reads the real call makes first, and refuses what they refuse (a CSA state rule)', async () => {
    const completed = '90d9652b3752ad4f013752ae38cb0005';
    const dry = await stack.gql(SetInstanceStateDocument, { input: { backend: 'csa', instanceId: completed, state: 'ACTIVE', dryRun: true } });
    expect(dry.data?.setInstanceState).toMatchObject({ __typename: 'InvalidStateTransitionError', currentState: 'COMPLETED', requestedState: 'ACTIVE' });
    expect(stack.csa.received.map((r) => r.method)).toEqual(['GET']);
  });

  it('is never stored under its clientMutationId: the real call with the same id then runs', async () => {
    const input = { backend: 'k2', serialNumber: '8_25', action: { kind: 'SLEEP' as const, sleepSeconds: 60 }, clientMutationId: 'dry-then-real' };
    const dry = await stack.gql(UpdateTaskDocument, { input: { ...input, dryRun: true } });
    expect(dry.data?.updateTask).toMatchObject({ __typename: 'VendorRequestPreview' });
    const real = await stack.gql(UpdateTaskDocument, { input });
    expect(real.data?.updateTask).toMatchObject({ __typename: 'UpdateTaskSuccess' });
    expect(writes(stack.k2.received)).toHaveLength(1);
  });

  it('answers an operation the vendor lacks with UnsupportedOperationError, as the real call does', async () => {
    const dry = await stack.gql(UpdateTaskDocument, { input: { backend: 'ibm', serialNumber: '1_1', action: { kind: 'WAKE' }, dryRun: true } });
    expect(dry.data?.updateTask).toMatchObject({ __typename: 'UnsupportedOperationError', operation: 'UPDATE_TASK', vendor: 'IBM_BPM' });
  });
});
