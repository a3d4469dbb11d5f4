import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BackendHttpClient, DEFAULT_RESILIENCE } from '../../src/http/backend-http-client.js';

let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end('ok');
let server: Server;
let baseUrl: string;
let calls = 0;
const clients: BackendHttpClient[] = [];

beforeAll(async () => {
  server = createServer((req, res) => { calls++; handler(req, res); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  calls = 0;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function client(resilience: Partial<typeof DEFAULT_RESILIENCE & { queueTimeoutMs: number }> = {}, timeoutMs = 1000): BackendHttpClient {
  const c = new BackendHttpClient({
    backendId: 'b', baseUrl, timeoutMs, maxResponseBytes: 1024, headers: {},
    resilience: { ...DEFAULT_RESILIENCE, retryInitialDelayMs: 5, ...resilience },
  });
  clients.push(c);
  return c;
}
const get = (c: BackendHttpClient, idempotent = true) => c.request({ method: 'GET', path: '/', idempotent });

describe('backend resilience', () => {
  it('retries a safe call on 503 with backoff and returns the answer that came through', async () => {
    let n = 0;
    handler = (_req, res) => { res.statusCode = ++n < 3 ? 503 : 200; res.end(String(n)); };
    expect(await get(client())).toMatchObject({ ok: true, value: { status: 200, body: '3' } });
    expect(calls).toBe(3);
  });

  it('never retries a call that is not safe to repeat', async () => {
    handler = (_req, res) => { res.statusCode = 503; res.end(); };
    expect(await get(client(), false)).toMatchObject({ ok: true, value: { status: 503 } });
    expect(calls).toBe(1);
  });

  it('does not retry a 500: the vendor answered, and may answer the same again', async () => {
    handler = (_req, res) => { res.statusCode = 500; res.end(); };
    await get(client());
    expect(calls).toBe(1);
  });

  it('opens the breaker after repeated outages and answers at once without calling, then tries again later', async () => {
    handler = (_req, res) => { res.statusCode = 503; res.end(); };
    const c = client({ breakerFailures: 3, breakerHalfOpenAfterMs: 200, retries: 0 });
    for (let i = 0; i < 3; i++) await get(c);
    expect(c.resilience.state).toBe('open');
    const started = Date.now();
    expect(await get(c)).toMatchObject({ ok: false, failure: { kind: 'backend-unavailable', backend: 'b', retryable: true } });
    expect(Date.now() - started).toBeLessThan(50);
    expect(calls).toBe(3);
    handler = (_req, res) => res.end('back');
    await new Promise((r) => setTimeout(r, 250));
    expect(await get(c)).toMatchObject({ ok: true, value: { body: 'back' } });
    expect(c.resilience.state).toBe('closed');
  });

  it('gives up a call that waits in the queue longer than the timeout, unsent', async () => {
    const release: (() => void)[] = [];
    handler = (_req, res) => release.push(() => res.end('late'));
    const c = client({ maxConcurrent: 1, maxQueued: 5, retries: 0, queueTimeoutMs: 150 }, 2000);
    const first = get(c);
    const started = Date.now();
    const queued = await get(c);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(queued).toMatchObject({ ok: false, failure: { kind: 'backend-unavailable', retryable: true, message: 'not calling the backend: no free slot within 150 ms (1 calls running)' } });
    expect(calls).toBe(1);
    release.shift()?.();
    await first;
  });

  it('refuses calls beyond the concurrency limit and its queue', async () => {
    const release: (() => void)[] = [];
    handler = (_req, res) => release.push(() => res.end('late'));
    const c = client({ maxConcurrent: 2, maxQueued: 1, retries: 0 });
    const running = [get(c), get(c), get(c)];
    const refused = await get(c);
    expect(refused).toMatchObject({ ok: false, failure: { kind: 'backend-unavailable', retryable: true, message: 'not calling the backend: 2 calls are running and 1 waiting' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toBe(2);
    while (calls < 3 || release.length) { release.shift()?.(); await new Promise((r) => setTimeout(r, 10)); }
    expect((await Promise.all(running)).map((o) => o.ok)).toEqual([true, true, true]);
  });
});
