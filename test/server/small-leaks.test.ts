import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { memoryLogger } from '../support/memory-logger.js';

/** The attack review's small leaks: traces, __typename aliases, and the list of backends. */
const KEYS = { router: 'key-router-123', app: 'key-app-456', nobody: 'key-nobody-789' };
const ROLES: Record<keyof typeof KEYS, string[]> = { router: ['router', 'viewer'], app: ['viewer'], nobody: [] };
let gateway: RunningGateway;

beforeAll(async () => {
  const backend = (id: string) => ({
    id, vendor: 'k2', baseUrl: 'http://127.0.0.1:9/K2Services', auth: { type: 'basic', username: 'u', password: 'p' },
    access: [{ roles: ['viewer'], operations: ['READ_PROCESS_INSTANCE'] }],
  });
  gateway = await startGateway(parseConfig({
    server: {
      port: 0,
      auth: { type: 'apiKeys', keys: Object.entries(KEYS).map(([id, key]) => ({ id, sha256: createHash('sha256').update(key).digest('hex'), roles: ROLES[id as keyof typeof KEYS] })) },
      federationTraces: { roles: ['router'] },
    },
    backends: [backend('k2-emea'), backend('k2-us')],
  }, 'test', {}), { logger: memoryLogger().logger });
});
afterAll(() => gateway?.close());

async function as(who: keyof typeof KEYS, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEYS[who], ...headers }, body: JSON.stringify({ query }) });
  return { status: res.status, ...((await res.json()) as { data?: Record<string, Record<string, unknown>>; errors?: { message: string }[]; extensions?: Record<string, unknown> }) };
}

it('inline traces go only to callers with a role federationTraces names', async () => {
  const ask = { 'apollo-federation-include-trace': 'ftv1' };
  expect(typeof (await as('router', '{ backends { id } }', ask)).extensions?.['ftv1']).toBe('string');
  expect((await as('app', '{ backends { id } }', ask)).extensions?.['ftv1']).toBeUndefined();
});

it('__typename aliases count against maxAliases', async () => {
  const aliases = Array.from({ length: 31 }, (_, i) => `t${i}: __typename`).join(' ');
  const answer = await as('app', `{ ${aliases} }`);
  expect(answer.data).toBeUndefined();
  expect(answer.errors?.[0]?.message).toMatch(/alias/i);
});

it('UnknownBackendError names only the backends the caller may use', async () => {
  const query = '{ processInstance(backend: "nope", id: "8") { __typename ... on BpmError { message } } }';
  expect((await as('app', query)).data?.processInstance).toEqual({ __typename: 'UnknownBackendError', message: "no backend 'nope' is configured (configured: k2-emea, k2-us)" });
  expect((await as('nobody', query)).data?.processInstance).toEqual({ __typename: 'UnknownBackendError', message: "no backend 'nope' is configured (configured: none)" });
});
