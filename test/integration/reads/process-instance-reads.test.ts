
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProcessInstanceDocument } from '../../__generated__/graphql.js';
import { startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => { stack.k2.reset(); stack.csa.reset(); stack.ibm.reset(); stack.elma.reset(); });

const read = (backend: string, id: string) => stack.gql(ProcessInstanceDocument, { backend, id });
const raw = async (query: string) =>
  (await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json() as Promise<{ data: Record<string, unknown> }>;

describe('processInstance, from every vendor', () => {
  it('reads a K2 instance with its data and XML fields', async () => {
    const answer = await read('k2', '8');
    expect(answer.data?.processInstance).toMatchObject({
      __typename: 'ProcessInstance', id: 'gid://bpm/ProcessInstance/k2/8', instanceId: '8', backend: 'k2', vendor: 'K2', state: 'RUNNING', vendorState: 'Active',
      name: 'K2 Examples\\Order Process', folio: 'Order-ACME-Updated', priority: 1, startedAt: '2011-02-16T04:52:47.687Z', version: null,
    });
    const vars = (answer.data?.processInstance as { variables: unknown[] }).variables;
    expect(vars).toContainEqual({ name: 'Customer', type: 'STRING', value: 'ACME Corp', scope: null });
    expect(vars).toContainEqual({ name: 'OrderXml', type: 'XML', value: '<Order><Line sku="A-1" qty="2"/></Order>', scope: null });
    expect(stack.k2.received.map((r) => r.path)).toEqual(['/K2Services/REST.svc/Process/Instances(8)?piDataField=true&piXmlField=true']);
  });

  it('reads a CSA instance with its properties as typed variables', async () => {
    const answer = await read('csa', '90d9652b3752ad4f013752ae38cb0004');
    expect(answer.data?.processInstance).toMatchObject({
      __typename: 'ProcessInstance', vendor: 'CSA', state: 'RUNNING', vendorState: 'ACTIVE', name: 'Deploy Application',
      variables: [
        { name: 'REQUEST_ID', type: 'STRING', value: 'REQ-2026-0004', scope: null },
        { name: 'REPLICAS', type: 'INTEGER', value: 3, scope: null },
        { name: 'BLUE_GREEN', type: 'BOOLEAN', value: true, scope: null },
        { name: 'ENVIRONMENTS', type: 'LIST', value: ['staging', 'prod'], scope: null },
      ],
    });
  });

  it('reads an IBM instance with top-level and subprocess variables, scoped by activity', async () => {
    const answer = await read('ibm', '23972');
    expect(answer.data?.processInstance).toMatchObject({ __typename: 'ProcessInstance', instanceId: '23972', vendor: 'IBM_BPM', state: 'RUNNING', vendorState: 'Active', name: 'Order Handling:23972' });
    const vars = (answer.data?.processInstance as { variables: unknown[] }).variables;
    expect(vars).toContainEqual({ name: 'shipping', type: 'OBJECT', value: { address: { city: 'Zürich', zip: '8001' }, express: true }, scope: null });
    expect(vars).toContainEqual({ name: 'orderTotal', type: 'NUMBER', value: 1250.5, scope: null });
    expect(vars).toContainEqual({ name: 'approvalLevel', type: 'INTEGER', value: 1, scope: 'bpdid:6a1b2c3d-sub-approval' });
    expect(vars).toContainEqual({ name: 'paid', type: 'BOOLEAN', value: false, scope: 'bpdid:9e8f7a6b-linked-billing' });
  });

  it('reads an ELMA365 instance with its state and version', async () => {
    const answer = await read('elma', '0a0a0001-0000-4000-8000-000000000003');
    expect(answer.data?.processInstance).toMatchObject({ __typename: 'ProcessInstance', vendor: 'ELMA365', state: 'WAITING', vendorState: 'wait', version: 2, name: 'Order ORD-1003' });
  });

  it.each([
    ['k2', '404', 'NotFoundError'],
    ['k2', 'eight', 'ValidationError'],
    ['csa', 'abcdefabcdefabcdefabcdefabcdef00', 'NotFoundError'],
    ['ibm', '999999', 'NotFoundError'],
    ['ibm', 'x', 'ValidationError'],
    ['elma', '0a0a0001-0000-4000-8000-0000000009ff', 'NotFoundError'],
    ['nope', '1', 'UnknownBackendError'],
  ])('answers %s %s with %s', async (backend, id, type) => {
    expect((await read(backend, id)).data?.processInstance.__typename).toBe(type);
  });
});

describe('reads go through one loader per backend per request', () => {
  it('asks the vendor once for an instance a query names five times', async () => {
    const data = await raw(`{ ${[1, 2, 3, 4, 5].map((i) => `a${i}: processInstance(backend: "k2", id: "8") { __typename }`).join(' ')} }`);
    expect(Object.values(data.data)).toEqual(Array(5).fill({ __typename: 'ProcessInstance' }));
    expect(stack.k2.received).toHaveLength(1);
  });

  it("uses IBM's bulk read for several IBM instances in one call", async () => {
    const data = await raw(`{ a: processInstance(backend: "ibm", id: "23972") { ... on ProcessInstance { instanceId } }
      b: processInstance(backend: "ibm", id: "23974") { ... on ProcessInstance { instanceId } }
      c: processInstance(backend: "ibm", id: "23976") { ... on ProcessInstance { instanceId vendorState } }
      d: processInstance(backend: "ibm", id: "424242") { __typename } }`);
    expect(data.data).toEqual({ a: { instanceId: '23972' }, b: { instanceId: '23974' }, c: { instanceId: '23976', vendorState: 'Suspended' }, d: { __typename: 'NotFoundError' } });
    expect(stack.ibm.received.map((r) => r.path)).toEqual(['/rest/bpm/wle/v1/process?action=getdetails&instanceIds=23972%2C23974%2C23976%2C424242&parts=header%7Cdata%7CexecutionTree']);
  });

  it('reads the changed instance only when the client selects it, and after the change', async () => {
    await raw(`mutation { updateAllVariables(input: {backend: "ibm", instanceId: "23972", variables: {approved: true}}) { __typename } }`);
    expect(stack.ibm.received.map((r) => r.method)).toEqual(['PUT']);
    stack.ibm.received.length = 0;
    const data = await raw(`mutation { updateAllVariables(input: {backend: "ibm", instanceId: "23972", variables: {customerName: "Lazy Ltd"}}) {
      ... on UpdateAllVariablesSuccess { instance { variables { name value } } } } }`);
    const vars = (data.data.updateAllVariables as { instance: { variables: { name: string; value: unknown }[] } }).instance.variables;
    expect(vars).toContainEqual({ name: 'customerName', value: 'Lazy Ltd' });
    expect(stack.ibm.received.map((r) => r.method)).toEqual(['PUT', 'GET']);
  });

  it('forgets what a request read of an instance once a mutation of the same request changes it', async () => {
    const data = await raw(`mutation {
      before: updateProcessInstance(input: {backend: "k2", instanceId: "8", folio: "first"}) { ... on UpdateProcessInstanceSuccess { instance { folio } } }
      after: updateProcessInstance(input: {backend: "k2", instanceId: "8", folio: "second"}) { ... on UpdateProcessInstanceSuccess { instance { folio } } }
    }`);
    expect(data.data).toEqual({ before: { instance: { folio: 'first' } }, after: { instance: { folio: 'second' } } });
    const calls = stack.k2.received.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`);
    const [write, read] = ['POST /K2Services/REST.svc/Process/Instances/UpdateProcessInstance', 'GET /K2Services/REST.svc/Process/Instances(8)'];
    expect(calls).toEqual([write, read, write, read]);
  });

  it('reads a CSA instance afresh after its own PUT, rather than trusting the PUT view\'s answer', async () => {
    const data = await raw(`mutation { setInstanceState(input: {backend: "csa", instanceId: "90d9652b3752ad4f013752ae38cb0004", returnCode: SUCCESS}) {
      ... on SetInstanceStateSuccess { instance { vendorState variables { name } } } } }`);
    expect((data.data.setInstanceState as { instance: { vendorState: string } }).instance.vendorState).toBe('ACTIVE');
    expect(stack.csa.received.map((r) => r.method)).toEqual(['PUT', 'GET']);
  });

  it('reads many IBM instances in bulk calls of at most 100 ids', async () => {
    // As a supergraph asks: one _entities call with many references (aliases are capped at 30).
    const ids = Array.from({ length: 250 }, (_, i) => String(30000 + i)).concat(['23972']);
    const res = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on ProcessInstance { instanceId } } }',
        variables: { r: ids.map((id) => ({ __typename: 'ProcessInstance', backend: 'ibm', instanceId: id })) },
      }),
    });
    const entities = ((await res.json()) as { data: { _entities: ({ id: string } | null)[] } }).data._entities;
    expect(entities.filter((e) => e !== null)).toEqual([{ instanceId: '23972' }]);
    const sizes = stack.ibm.received.map((r) => new URL(r.path, 'http://x').searchParams.get('instanceIds')!.split(',').length);
    expect(sizes).toEqual([100, 100, 51]);
  });

  it('lists the requested ELMA365 instances after a migration, on the latest version', async () => {
    const data = await raw(`mutation { migrateInstances(input: {backend: "elma", namespace: "orders", processCode: "order_approval",
      instanceIds: ["0a0a0001-0000-4000-8000-000000000001", "0a0a0001-0000-4000-8000-000000000005"]}) {
      ... on MigrateInstancesSuccess { instances { instanceId state version } } } }`);
    expect(data.data).toEqual({ migrateInstances: { instances: [
      { instanceId: '0a0a0001-0000-4000-8000-000000000001', state: 'WAITING', version: 3 },
      { instanceId: '0a0a0001-0000-4000-8000-000000000005', state: 'RUNNING', version: 1 },
    ] } });
  });

  it('lists the read and list operations among what a backend offers', async () => {
    const data = await raw('{ backends { id operations } }');
    const ops = Object.fromEntries((data.data.backends as { id: string; operations: string[] }[]).map((b) => [b.id, b.operations]));
    expect(ops['k2']).toEqual(['UPDATE_PROCESS_INSTANCE', 'UPDATE_TASK', 'UPDATE_TASKS', 'READ_PROCESS_INSTANCE', 'READ_TASK', 'LIST_TASKS']);
    expect(ops['elma']).toEqual(['MIGRATE_INSTANCES', 'READ_PROCESS_INSTANCE', 'LIST_PROCESS_INSTANCES']);
  });
});


