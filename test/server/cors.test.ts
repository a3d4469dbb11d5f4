import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { memoryLogger } from '../support/memory-logger.js';

/** A browser app on another origin: its preflight is answered for allowed origins only. */
const APP = 'https://app.acme.com';
let gateway: RunningGateway;
let plain: RunningGateway;
const backends = [{ id: 'k2', vendor: 'k2', baseUrl: 'http://127.0.0.1:9/K2Services', auth: { type: 'basic', username: 'u', password: 'p' } }];
beforeAll(async () => {
  gateway = await startGateway(parseConfig({ server: { port: 0, cors: { origins: [APP] } }, backends }, 'test', {}), { logger: memoryLogger().logger });
  plain = await startGateway(parseConfig({ server: { port: 0 }, backends }, 'test', {}), { logger: memoryLogger().logger });
});
afterAll(async () => { await gateway?.close(); await plain?.close(); });

const preflight = (g: RunningGateway, origin: string) => fetch(`${g.url}/graphql`, {
  method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization,apollo-require-preflight' },
});

it('answers the preflight of an allowed origin with what a GraphQL client needs, credentials off', async () => {
  const res = await preflight(gateway, APP);
  expect(res.status).toBe(204);
  expect(res.headers.get('access-control-allow-origin')).toBe(APP);
  expect(res.headers.get('access-control-allow-methods')).toContain('POST');
  expect(res.headers.get('access-control-allow-headers')).toMatch(/content-type.*authorization.*apollo-require-preflight/);
  expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  expect(res.headers.get('access-control-max-age')).toBe('600');
  const post = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { origin: APP, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ backends { id } }' }) });
  expect(post.headers.get('access-control-allow-origin')).toBe(APP);
  expect(post.headers.get('access-control-expose-headers')).toBe('x-request-id');
});

it('gives another origin no CORS grant, and a gateway without server.cors none at all', async () => {
  expect((await preflight(gateway, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  expect((await preflight(plain, APP)).headers.get('access-control-allow-origin')).toBeNull();
});
