import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/gateway-harness.js';
import { startSupergraph, type Supergraph } from '../support/supergraph.js';

/** A second, small subgraph: orders that reference process instances of the BPM subgraph. */
const ORDERS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { orders: [Order!]! }
  type Order @key(fields: "id") { id: ID! customer: String! approval: ProcessInstance signOff: Task }
  type ProcessInstance @key(fields: "backend instanceId", resolvable: false) { backend: ID! instanceId: ID! }
  type Task @key(fields: "backend serialNumber", resolvable: false) { backend: ID! serialNumber: String! }
`;
const ORDERS = [
  { id: 'PO-1', customer: 'ACME', approval: { backend: 'ibm', instanceId: '23972' } },
  { id: 'PO-2', customer: 'Initech', approval: { backend: 'ibm', instanceId: '23974' } },
  { id: 'PO-3', customer: 'Umbrella', approval: { backend: 'ibm', instanceId: '23976' } },
  { id: 'PO-4', customer: 'Globex', approval: { backend: 'k2', instanceId: '8' }, signOff: { backend: 'k2', serialNumber: '8_25' } },
  { id: 'PO-5', customer: 'Hooli', approval: { backend: 'csa', instanceId: '90d9652b3752ad4f013752ae38cb0005' } },
];

let stack: Stack;
let supergraph: Supergraph;
let bpmSdl: string;

beforeAll(async () => {
  stack = await startStack();
  supergraph = await startSupergraph(stack.gateway.url, [{ name: 'orders', sdl: ORDERS_SDL, resolvers: { Query: { orders: () => ORDERS } } }]);
  ({ bpmSdl } = supergraph);
});
afterAll(async () => {
  await supergraph?.close();
  await stack?.close();
});

const ask = (query: string) => supergraph.ask(query);

describe('the gateway as a Federation 2 subgraph', () => {
  it('serves its subgraph SDL with the entity keys', () => {
    expect(bpmSdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])');
    expect(bpmSdl).toMatch(/type ProcessInstance implements Node\s+@key\(fields: "id"\)\s+@key\(fields: "backend instanceId"\)/);
    expect(bpmSdl).toMatch(/type Task implements Node\s+@key\(fields: "id"\)\s+@key\(fields: "backend serialNumber"\)/);
  });

  it('resolves process instances referenced by another subgraph, through a real gateway, with batched vendor calls', async () => {
    stack.ibm.received.length = 0;
    stack.k2.received.length = 0;
    const answer = await ask('{ orders { id customer approval { backend vendor state vendorState name } } }');
    expect(answer).toEqual({ data: { orders: [
      { id: 'PO-1', customer: 'ACME', approval: { backend: 'ibm', vendor: 'IBM_BPM', state: 'RUNNING', vendorState: 'Active', name: 'Order Handling:23972' } },
      { id: 'PO-2', customer: 'Initech', approval: { backend: 'ibm', vendor: 'IBM_BPM', state: 'COMPLETED', vendorState: 'Completed', name: 'Vendor Onboarding:23974' } },
      { id: 'PO-3', customer: 'Umbrella', approval: { backend: 'ibm', vendor: 'IBM_BPM', state: 'SUSPENDED', vendorState: 'Suspended', name: 'Claims Review:23976' } },
      { id: 'PO-4', customer: 'Globex', approval: { backend: 'k2', vendor: 'K2', state: 'RUNNING', vendorState: 'Active', name: 'K2 Examples\\Order Process' } },
      { id: 'PO-5', customer: 'Hooli', approval: { backend: 'csa', vendor: 'CSA', state: 'COMPLETED', vendorState: 'COMPLETED', name: 'Provision Web Server' } },
    ] } });
    // Three IBM instances, one bulk call.
    expect(stack.ibm.received.map((r) => r.path)).toEqual(['/rest/bpm/wle/v1/process?action=getdetails&instanceIds=23972%2C23974%2C23976&parts=header%7Cdata%7CexecutionTree']);
    expect(stack.k2.received).toHaveLength(1);
  });

  it('resolves Task references too', async () => {
    const answer = await ask('{ orders { id signOff { status allocatedUser actions { name } } } }');
    expect((answer as { data: { orders: { id: string; signOff: unknown }[] } }).data.orders.find((o) => o.id === 'PO-4')).toEqual({
      id: 'PO-4', signOff: { status: 'Available', allocatedUser: 'K2:ACME\\alice', actions: [{ name: 'Approve' }, { name: 'Reject' }, { name: 'Rework' }] },
    });
  });

  it('answers the BPM subgraph\'s own queries through the supergraph', async () => {
    const answer = await ask('{ processInstance(backend: "elma", id: "0a0a0001-0000-4000-8000-000000000010") { ... on ProcessInstance { state version } } }');
    expect(answer).toEqual({ data: { processInstance: { state: 'WAITING', version: 3 } } });
  });
});
