import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/gateway-harness.js';

/** A second, small subgraph: orders that reference process instances of the BPM subgraph. */
const ORDERS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { orders: [Order!]! }
  type Order @key(fields: "id") { id: ID! customer: String! approval: ProcessInstance! signOff: Task }
  type ProcessInstance @key(fields: "backend id", resolvable: false) { backend: ID! id: ID! }
  type Task @key(fields: "backend serialNumber", resolvable: false) { backend: ID! serialNumber: String! }
`;
const ORDERS = [
  { id: 'PO-1', customer: 'ACME', approval: { backend: 'ibm', id: '23972' } },
  { id: 'PO-2', customer: 'Initech', approval: { backend: 'ibm', id: '23974' } },
  { id: 'PO-3', customer: 'Umbrella', approval: { backend: 'ibm', id: '23976' } },
  { id: 'PO-4', customer: 'Globex', approval: { backend: 'k2', id: '8' }, signOff: { backend: 'k2', serialNumber: '8_25' } },
  { id: 'PO-5', customer: 'Hooli', approval: { backend: 'csa', id: '90d9652b3752ad4f013752ae38cb0005' } },
];

let stack: Stack;
let orders: ApolloServer;
let supergraph: ApolloServer;
let supergraphUrl: string;
let bpmSdl: string;

beforeAll(async () => {
  stack = await startStack();
  orders = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(ORDERS_SDL), resolvers: { Query: { orders: () => ORDERS } } }) });
  const { url: ordersUrl } = await startStandaloneServer(orders, { listen: { port: 0, host: '127.0.0.1' } });
  const res = await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
  bpmSdl = ((await res.json()) as { data: { _service: { sdl: string } } }).data._service.sdl;
  const composed = composeServices([
    { name: 'bpm', typeDefs: parse(bpmSdl), url: `${stack.gateway.url}/graphql` },
    { name: 'orders', typeDefs: parse(ORDERS_SDL), url: ordersUrl },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  supergraph = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl }) });
  ({ url: supergraphUrl } = await startStandaloneServer(supergraph, { listen: { port: 0, host: '127.0.0.1' } }));
});
afterAll(async () => {
  await supergraph?.stop();
  await orders?.stop();
  await stack?.close();
});

const ask = async (query: string) =>
  (await fetch(supergraphUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();

describe('the gateway as a Federation 2 subgraph', () => {
  it('serves its subgraph SDL with the entity keys', () => {
    expect(bpmSdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])');
    expect(bpmSdl).toMatch(/type ProcessInstance\s+@key\(fields: "backend id"\)/);
    expect(bpmSdl).toMatch(/type Task\s+@key\(fields: "backend serialNumber"\)/);
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
