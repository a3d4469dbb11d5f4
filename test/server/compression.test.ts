import { request } from 'undici';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { memoryLogger } from '../support/memory-logger.js';

/** Answers are compressed when the client asks, and only then. */
let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await startGateway(parseConfig({
    server: { port: 0 },
    backends: [{ id: 'k2', vendor: 'k2', baseUrl: 'http://127.0.0.1:9/K2Services', auth: { type: 'basic', username: 'u', password: 'p' } }],
  }, 'test', {}), { logger: memoryLogger().logger });
});
afterAll(() => gateway?.close());

// undici's request does not decompress: the bytes on the wire are what is measured.
const page = (encoding?: string) => request(`${gateway.url}/graphql`, { headers: { accept: 'text/html', ...(encoding ? { 'accept-encoding': encoding } : {}) } });

it.each(['br', 'gzip'])('the GraphiQL page goes %s-compressed to a browser that asks, at a fraction of its size', async (encoding) => {
  const plain = await page();
  const plainBytes = (await plain.body.arrayBuffer()).byteLength;
  const packed = await page(encoding);
  expect(packed.headers['content-encoding']).toBe(encoding);
  const packedBytes = (await packed.body.arrayBuffer()).byteLength;
  expect(plainBytes).toBeGreaterThan(1_000_000);
  expect(packedBytes).toBeLessThan(plainBytes / 3);
});

it('a client that does not ask gets no encoding; a small GraphQL answer is sent as it is', async () => {
  const plain = await page();
  expect(plain.headers['content-encoding']).toBeUndefined();
  await plain.body.dump();
  const small = await request(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' }, body: JSON.stringify({ query: '{ backends { id } }' }) });
  expect(small.headers['content-encoding']).toBeUndefined();
  expect(await small.body.json()).toMatchObject({ data: { backends: [{ id: 'k2' }] } });
});
