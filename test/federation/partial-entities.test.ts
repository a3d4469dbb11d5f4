import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/core/global-id.js';
import { startStack, type Stack } from '../support/gateway-harness.js';
import { startSupergraph, type Supergraph } from '../support/supergraph.js';

/**
 * Orders reference their approval instance the way the README tells other subgraphs to: a
 * nullable field, keyed by `backend instanceId`. Invoices use the global id key. One approval
 * does not exist, one lives on a backend that is down, one invoice holds a forged id.
 */
const ORDERS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { orders: [Order!]! }
  type Order @key(fields: "id") { id: ID! approval: ProcessInstance }
  type ProcessInstance @key(fields: "backend instanceId", resolvable: false) { backend: ID! instanceId: ID! }
`;
const INVOICES_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { invoices: [Invoice!]! }
  type Invoice @key(fields: "number") { number: ID! approval: ProcessInstance }
  type ProcessInstance @key(fields: "id", resolvable: false) { id: ID! }
`;
const ORDERS = [
  { id: 'PO-1', approval: { backend: 'ibm', instanceId: '23972' } },
  { id: 'PO-2', approval: { backend: 'k2', instanceId: '999' } },
  { id: 'PO-3', approval: { backend: 'k2-down', instanceId: '8' } },
  { id: 'PO-4', approval: { backend: 'k2', instanceId: '8' } },
];
const INVOICES = [
  { number: 'INV-1', approval: { id: toGlobalId('ProcessInstance', 'k2', '8') } },
  { number: 'INV-2', approval: { id: 'gid://bpm/ProcessInstance/k2/8/../../etc' } },
  { number: 'INV-3', approval: { id: toGlobalId('ProcessInstance', 'elma', '0a0a0001-0000-4000-8000-000000000010') } },
];

let stack: Stack;
let supergraph: Supergraph;
beforeAll(async () => {
  stack = await startStack();
  supergraph = await startSupergraph(stack.gateway.url, [
    { name: 'orders', sdl: ORDERS_SDL, resolvers: { Query: { orders: () => ORDERS } } },
    { name: 'invoices', sdl: INVOICES_SDL, resolvers: { Query: { invoices: () => INVOICES } } },
  ]);
});
afterAll(async () => {
  await supergraph?.close();
  await stack?.close();
});

describe('entities that cannot be read, through a real router', () => {
  it('keep the readable orders, and say for each missing approval why, with its path', async () => {
    const answer = await supergraph.ask('{ orders { id approval { instanceId state } } }');
    expect(answer.data).toEqual({ orders: [
      { id: 'PO-1', approval: { instanceId: '23972', state: 'RUNNING' } },
      { id: 'PO-2', approval: null },
      { id: 'PO-3', approval: null },
      { id: 'PO-4', approval: { instanceId: '8', state: 'RUNNING' } },
    ] });
    const byCode = Object.fromEntries((answer.errors ?? []).map((e) => [e.extensions?.['code'], e]));
    expect(Object.keys(byCode).sort()).toEqual(['BACKEND_UNAVAILABLE', 'NOT_FOUND']);
    expect(byCode['NOT_FOUND']).toMatchObject({ path: ['orders', 1, 'approval'], extensions: { errorType: 'NotFoundError', backend: 'k2', vendorStatus: 404 } });
    expect(byCode['BACKEND_UNAVAILABLE']).toMatchObject({ path: ['orders', 2, 'approval'], extensions: { errorType: 'BackendUnavailableError', backend: 'k2-down', retryable: true } });
  });

  it('resolve references by global id, and refuse a forged one as VALIDATION at its path', async () => {
    const answer = await supergraph.ask('{ invoices { number approval { id backend instanceId vendor } } }');
    expect(answer.data).toEqual({ invoices: [
      { number: 'INV-1', approval: { id: 'gid://bpm/ProcessInstance/k2/8', backend: 'k2', instanceId: '8', vendor: 'K2' } },
      { number: 'INV-2', approval: null },
      { number: 'INV-3', approval: { id: 'gid://bpm/ProcessInstance/elma/0a0a0001-0000-4000-8000-000000000010', backend: 'elma', instanceId: '0a0a0001-0000-4000-8000-000000000010', vendor: 'ELMA365' } },
    ] });
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]).toMatchObject({ path: ['invoices', 1, 'approval'], extensions: { code: 'VALIDATION', field: 'id' } });
  });
});

describe('_entities asked directly, as a router does', () => {
  it('answers null at the unreadable index with an error whose path is ["_entities", i]', async () => {
    const res = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on ProcessInstance { instanceId } ... on Task { serialNumber } } }',
        variables: { r: [
          { __typename: 'ProcessInstance', backend: 'k2', instanceId: '8' },
          { __typename: 'ProcessInstance', backend: 'k2', instanceId: '999' },
          { __typename: 'Task', id: toGlobalId('Task', 'k2', '8_25') },
          { __typename: 'Task', id: toGlobalId('ProcessInstance', 'k2', '8') },
          { __typename: 'ProcessInstance', backend: 'nowhere', instanceId: '8' },
          { __typename: 'ProcessInstance', id: 5 },
          { __typename: 'ProcessInstance', backend: 'k2', instanceId: null },
        ] },
      }),
    });
    const body = (await res.json()) as { data: { _entities: unknown[] }; errors: { path: unknown[]; extensions: { code: string } }[] };
    expect(body.data._entities).toEqual([{ instanceId: '8' }, null, { serialNumber: '8_25' }, null, null, null, null]);
    // Errors come in the order the reads finish.
    expect(body.errors.map((e) => [e.path, e.extensions.code]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      [['_entities', 1], 'NOT_FOUND'],
      [['_entities', 3], 'VALIDATION'],
      [['_entities', 4], 'UNKNOWN_BACKEND'],
      // Any JSON passes as _Any: a number or a null where a string belongs is refused, not a crash.
      [['_entities', 5], 'VALIDATION'],
      [['_entities', 6], 'VALIDATION'],
    ]);
  });
});
