import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { ELMA_ADMIN_TOKEN, startStack, type Stack } from '../support/gateway-harness.js';
import { memoryLogger } from '../support/memory-logger.js';

let stack: Stack;
let strict: RunningGateway;
beforeAll(async () => {
  stack = await startStack();
  // A second gateway in front of the same ELMA365 emulator, with every limit set low.
  strict = await startGateway(parseConfig({
    server: { port: 0, limits: { maxDepth: 4, maxAliases: 2, maxTokens: 300, maxCost: 25, maxOperationCost: 250, maxBatchedOperations: 2 } },
    backends: [{ id: 'elma', vendor: 'elma365', baseUrl: stack.elma.url, auth: { type: 'bearer', token: ELMA_ADMIN_TOKEN } }],
  }, 'test', {}), { logger: memoryLogger().logger });
});
afterAll(async () => { await strict.close(); await stack.close(); });

const post = async (url: string, body: unknown) => {
  // As Apollo Client, urql and graphql-request ask: a legacy application/json client gets 200 instead (graphql-over-http-audit).
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' }, body: JSON.stringify(body) });
  const json = (await res.json()) as Record<string, unknown> | Record<string, unknown>[];
  // Answers carry the request id in extensions; these tests are about data and errors.
  const strip = (a: Record<string, unknown>) => { const { extensions: _e, ...rest } = a; return rest; };
  return { status: res.status, body: Array.isArray(json) ? json.map(strip) : strip(json) };
};
const errorOf = (r: { body: unknown }) => (r.body as { errors?: { message: string; extensions?: { code?: string } }[] }).errors?.[0];
const ids = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${(i + offset).toString().padStart(12, '0')}`);
const MIGRATE = (alias: string, v: string) => `${alias}: migrateInstances(input: {backend: "elma", namespace: "orders", processCode: "order_approval", instanceIds: $${v}}) { __typename }`;

describe('request limits, each with a clear GraphQL error and a config to change it', () => {
  it('refuses a query nested deeper than server.limits.maxDepth', async () => {
    const ok = await post(strict.url, { query: '{ processInstance(backend: "elma", id: "0a0a0001-0000-4000-8000-000000000001") { ... on ProcessInstance { variables { name } } } }' });
    expect(errorOf(ok)).toBeUndefined();
    const deep = await post(strict.url, { query: '{ processInstance(backend: "elma", id: "x") { ... on ProcessInstance { variables { name } } ... on ValidationError { message } } backends { operations } }' });
    expect(errorOf(deep)).toBeUndefined();
    const tooDeep = await post(strict.url, { query: 'mutation { migrateInstances(input: {backend: "elma", namespace: "orders", processCode: "order_approval", allActive: true}) { ... on MigrateInstancesSuccess { instances { variables { name } } } } }' });
    expect(tooDeep.status).toBe(400);
    expect(errorOf(tooDeep)?.message).toMatch(/depth/i);
  });

  it('refuses more aliases than server.limits.maxAliases', async () => {
    const r = await post(strict.url, { query: '{ a: backends { id } b: backends { id } c: backends { id } }' });
    expect(r.status).toBe(400);
    expect(errorOf(r)?.message).toMatch(/aliases/i);
  });

  it('refuses a document of more tokens than server.limits.maxTokens', async () => {
    const r = await post(strict.url, { query: `{ backends { ${'id '.repeat(400)} } }` });
    expect(errorOf(r)?.message).toMatch(/token/i);
  });

  it('refuses a selection that costs more than server.limits.maxCost', async () => {
    const r = await post(strict.url, { query: '{ a: processInstance(backend: "elma", id: "x") { ... on ProcessInstance { id backend vendor state vendorState name folio priority startedAt version variables { name type value scope } } } }' });
    expect(errorOf(r)?.message).toMatch(/cost/i);
  });

  it('counts a list mutation against server.limits.maxOperationCost, and sends nothing when refused', async () => {
    stack.elma.received.length = 0;
    const r = await post(strict.url, { query: `mutation($a: [ID!]) { ${MIGRATE('m', 'a')} }`, variables: { a: ids(151) } });
    expect(errorOf(r)).toMatchObject({ message: 'the operation costs 251, more than the limit of 250 (each mutation 100, each list item in its input 1)', extensions: { code: 'COST_LIMIT_EXCEEDED' } });
    expect(stack.elma.received).toHaveLength(0);
  });

  it('counts list items the document spells as literals the same as ones in variables', async () => {
    stack.elma.received.length = 0;
    const literal = `m: migrateInstances(input: {backend: "elma", namespace: "orders", processCode: "order_approval", instanceIds: ${JSON.stringify(ids(151))}}) { __typename }`;
    const r = await post(strict.url, { query: `mutation { ${literal} }` });
    expect(errorOf(r)?.message).toBe('the operation costs 251, more than the limit of 250 (each mutation 100, each list item in its input 1)');
    // The whole input as one variable: the same items, the same price.
    const whole = await post(strict.url, {
      query: 'mutation($in: MigrateInstancesInput!) { migrateInstances(input: $in) { __typename } }',
      variables: { in: { backend: 'elma', namespace: 'orders', processCode: 'order_approval', instanceIds: ids(151) } },
    });
    expect(errorOf(whole)?.message).toBe('the operation costs 251, more than the limit of 250 (each mutation 100, each list item in its input 1)');
    expect(stack.elma.received).toHaveLength(0);
  });

  it('counts the items of a variable left out of the request at its default value in the document', async () => {
    stack.elma.received.length = 0;
    const r = await post(strict.url, { query: `mutation($a: [ID!] = ${JSON.stringify(ids(151))}) { ${MIGRATE('m', 'a')} }` });
    expect(errorOf(r)?.message).toBe('the operation costs 251, more than the limit of 250 (each mutation 100, each list item in its input 1)');
    // A variable named after a member of every object gets its default too.
    const named = await post(strict.url, { query: `mutation($constructor: [ID!] = ${JSON.stringify(ids(151))}) { ${MIGRATE('m', 'constructor')} }` });
    expect(errorOf(named)?.message).toBe('the operation costs 251, more than the limit of 250 (each mutation 100, each list item in its input 1)');
    // Sent, the variable's own value counts instead of the default.
    const sent = await post(strict.url, { query: `mutation($a: [ID!] = ${JSON.stringify(ids(151))}) { ${MIGRATE('m', 'a')} }`, variables: { a: ids(2) } });
    expect(errorOf(sent)?.extensions?.code).not.toBe('COST_LIMIT_EXCEEDED');
  });

  it('counts aliases of one mutation against the same cost', async () => {
    const r = await post(strict.url, { query: `mutation($a: [ID!], $b: [ID!]) { ${MIGRATE('x', 'a')} ${MIGRATE('y', 'b')} }`, variables: { a: ids(30), b: ids(30, 30) } });
    expect(errorOf(r)?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('takes batches up to server.limits.maxBatchedOperations and refuses larger ones', async () => {
    const two = await post(strict.url, [{ query: '{ backends { id } }' }, { query: '{ backends { vendor } }' }]);
    expect(two.body).toEqual([{ data: { backends: [{ id: 'elma' }] } }, { data: { backends: [{ vendor: 'ELMA365' }] } }]);
    const three = await post(strict.url, [{ query: '{ backends { id } }' }, { query: '{ backends { id } }' }, { query: '{ backends { id } }' }]);
    expect(three.status).toBe(400);
    expect(errorOf(three)).toMatchObject({ message: 'a batch holds at most 2 operations (got 3)', extensions: { code: 'BATCH_LIMIT_EXCEEDED' } });
  });
});

describe('the default limits', () => {
  it('let one 10,000-id migration through but not two in one operation', async () => {
    stack.elma.reset();
    const one = await post(stack.gateway.url, { query: `mutation($a: [ID!]) { ${MIGRATE('m', 'a')} }`, variables: { a: ids(10_000) } });
    expect(one.body).toEqual({ data: { m: { __typename: 'MigrateInstancesSuccess' } } });
    stack.elma.received.length = 0;
    const two = await post(stack.gateway.url, { query: `mutation($a: [ID!], $b: [ID!]) { ${MIGRATE('x', 'a')} ${MIGRATE('y', 'b')} }`, variables: { a: ids(10_000), b: ids(10_000, 10_000) } });
    expect(errorOf(two)?.message).toBe('the operation costs 20200, more than the limit of 20000 (each mutation 100, each list item in its input 1)');
    expect(stack.elma.received).toHaveLength(0);
  });

  it('keep batching off', async () => {
    expect((await post(stack.gateway.url, [{ query: '{ backends { id } }' }, { query: '{ backends { id } }' }])).status).toBe(400);
  });
});

describe('limits on what variables carry', () => {
  it('counts _entities representations, each a vendor read, against server.limits.maxOperationCost', async () => {
    const r = await post(strict.url, {
      query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      variables: { r: Array.from({ length: 251 }, (_, i) => ({ __typename: 'ProcessInstance', backend: 'elma', instanceId: ids(1, i)[0] })) },
    });
    expect(errorOf(r)?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('answers a missing variable as a client error, not a server error', async () => {
    const r = await post(strict.url, { query: `mutation($a: [ID!]!) { ${MIGRATE('m', 'a')} }` });
    expect(r.status).toBe(400);
    expect(errorOf(r)?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
