import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BackendHttpClient, DEFAULT_RESILIENCE } from '../../src/http/backend-http-client.js';
import type { BackendBreakerChange } from '../../src/resilience/backend-resilience.js';

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
  await Promise.all(clients.splice(0).map((c) => c.close(10)));
  calls = 0;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function client(resilience: Partial<typeof DEFAULT_RESILIENCE> = {}, timeoutMs = 1000, changes: BackendBreakerChange[] = []): BackendHttpClient {
  const c = new BackendHttpClient({
    backendId: 'b', baseUrl, timeoutMs, maxResponseBytes: 1024, headers: {},
    resilience: { ...DEFAULT_RESILIENCE, retryInitialDelayMs: 5, ...resilience },
    onBreakerChange: (change) => changes.push(change),
  });
  clients.push(c);
  return c;
}
const get = (c: BackendHttpClient, idempotent = true) => c.request({ method: 'GET', path: '/', idempotent });
const answer = (status: number) => (_req: IncomingMessage, res: ServerResponse) => { res.statusCode = status; res.end(String(status)); };
/** Each call meets the next of these in turn, then the last one forever. */
function inTurn(...steps: ((req: IncomingMessage, res: ServerResponse) => void)[]) {
  let i = 0;
  return (req: IncomingMessage, res: ServerResponse) => steps[Math.min(i++, steps.length - 1)]!(req, res);
}
const reset = (req: IncomingMessage) => req.socket.resetAndDestroy();
const stall = () => {};

describe('retries', () => {
  it('retries a safe call on 503 with backoff and returns the answer that came through', async () => {
    handler = inTurn(answer(503), answer(503), answer(200));
    expect(await get(client())).toMatchObject({ ok: true, value: { status: 200 } });
    expect(calls).toBe(3);
  });

  it('never retries a call that is not safe to repeat', async () => {
    handler = answer(503);
    expect(await get(client(), false)).toMatchObject({ ok: true, value: { status: 503 } });
    expect(calls).toBe(1);
  });

  it('does not retry a 500: the vendor answered, and may answer the same again', async () => {
    handler = answer(500);
    await get(client());
    expect(calls).toBe(1);
  });

  it('after the last retry keeps the vendor\'s own last answer (three 503s answer the 503, not a refusal)', async () => {
    handler = answer(503);
    expect(await get(client({ retries: 2 }))).toMatchObject({ ok: true, value: { status: 503, body: '503' } });
    expect(calls).toBe(3);
  });

  it('rides out several faults in a row on one call: a reset, a 503, a timeout, then the good answer', async () => {
    handler = inTurn(reset, answer(503), stall, answer(200));
    const started = performance.now();
    // The stalled attempt uses up what the budget has left, so the good one comes on the next call.
    const first = await get(client({ retries: 3 }, 600));
    expect(performance.now() - started).toBeLessThan(600 + 200);
    expect(first).toMatchObject({ ok: false, failure: { kind: 'backend-unavailable', message: 'no complete answer from the backend within 600 ms' } });
    expect(calls).toBe(3);
    expect(await get(clients[0]!)).toMatchObject({ ok: true, value: { status: 200 } });
  });
});

describe('the call\'s budget is timeoutMs, retries and queue included', () => {
  it('a slow vendor with retries answers within timeoutMs + 200 ms, not per attempt', async () => {
    handler = stall;
    const started = performance.now();
    const outcome = await get(client({ retries: 5 }, 1500));
    const took = performance.now() - started;
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'backend-unavailable', retryable: true } });
    expect(took).toBeGreaterThanOrEqual(1450);
    expect(took).toBeLessThan(1500 + 200);
    expect(calls).toBe(1);
  });

  it('503s slower than what is left are not retried: the answer still comes by the deadline', async () => {
    handler = (_req, res) => setTimeout(() => { res.statusCode = 503; res.end(); }, 400);
    const started = performance.now();
    expect(await get(client({ retries: 5, retryInitialDelayMs: 50 }, 1000))).toMatchObject({ ok: true, value: { status: 503 } });
    expect(performance.now() - started).toBeLessThan(1000 + 200);
    expect(calls).toBe(2);
  });

  it('time waited for a slot comes out of the budget: a queued call is given up unsent at the deadline', async () => {
    const c = client({ maxConcurrent: 1, maxQueued: 5, retries: 0 }, 300);
    // Another call holds the only slot for longer than this budget.
    const blocker = c.resilience.run(false, 5000, () => new Promise((r) => setTimeout(() => r({ ok: true, value: { status: 200, mediaType: '', body: '' } }), 600)));
    const started = performance.now();
    const queued = await get(c);
    expect(performance.now() - started).toBeLessThan(300 + 200);
    expect(queued).toMatchObject({ ok: false, failure: { kind: 'backend-unavailable', retryable: true, message: 'not calling the backend: no free slot within 300 ms (1 calls running)' } });
    expect(calls).toBe(0);
    await blocker;
  });

  it('refuses calls beyond the concurrency limit and its queue', async () => {
    const release: (() => void)[] = [];
    handler = (_req, res) => release.push(() => res.end('late'));
    const c = client({ maxConcurrent: 2, maxQueued: 1, retries: 0 }, 5000);
    const running = [get(c), get(c), get(c)];
    const refused = await get(c);
    expect(refused).toMatchObject({ ok: false, failure: { kind: 'backend-unavailable', retryable: true, message: 'not calling the backend: 2 calls are running and 1 waiting' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toBe(2);
    while (calls < 3 || release.length) { release.shift()?.(); await new Promise((r) => setTimeout(r, 10)); }
    expect((await Promise.all(running)).map((o) => o.ok)).toEqual([true, true, true]);
  });
});

describe('the breaker judges calls as the caller sees them, by share over a window', () => {
  it('a reset followed by a 503 (two calls, several attempts) does not open it, and the next good call goes through', async () => {
    handler = inTurn(reset, reset, reset, answer(503), answer(503), answer(503), answer(200));
    const c = client({ retries: 2 });
    await get(c);
    await get(c);
    expect(c.resilience.state).toBe('closed');
    expect(await get(c)).toMatchObject({ ok: true, value: { status: 200 } });
  });

  it('opens at half of the minimum number of calls, answers at once without calling and says which status opened it; a trial closes it', async () => {
    const changes: BackendBreakerChange[] = [];
    const c = client({ retries: 0, breakerMinimumCalls: 10, breakerFailureRatio: 0.5, breakerHalfOpenAfterMs: 200 }, 1000, changes);
    handler = inTurn(answer(200), answer(200), answer(200), answer(200), answer(200), answer(503));
    for (let i = 0; i < 9; i++) await get(c);
    expect(c.resilience.state).toBe('closed');
    await get(c); // the 10th call: 5 of 10 failed
    expect(c.resilience.state).toBe('open');
    expect(changes).toEqual([{ backend: 'b', from: 'closed', to: 'open', reason: '5 of the last 10 calls in 10000 ms failed, the last with status 503' }]);

    const started = performance.now();
    const refused = await get(c);
    expect(performance.now() - started).toBeLessThan(50);
    expect(refused).toMatchObject({ ok: false, failure: { kind: 'backend-unavailable', retryable: true, message: expect.stringMatching(/^not calling the backend: its circuit breaker is open: 5 of the last 10 calls in 10000 ms failed, the last with status 503; it lets a trial call through in \d+ ms$/) } });
    expect(calls).toBe(10);

    handler = answer(200);
    await new Promise((r) => setTimeout(r, 250));
    expect(c.resilience.state).toBe('half-open');
    expect(await get(c)).toMatchObject({ ok: true, value: { status: 200 } });
    expect(c.resilience.state).toBe('closed');
    expect(changes.map((x) => x.to)).toEqual(['open', 'half-open', 'closed']);
  });

  it('a failed trial opens it again, and only one trial runs at a time', async () => {
    const c = client({ retries: 0, breakerMinimumCalls: 2, breakerHalfOpenAfterMs: 100 }, 2000);
    handler = answer(503);
    await get(c);
    await get(c);
    expect(c.resilience.state).toBe('open');
    await new Promise((r) => setTimeout(r, 150));
    let release = () => {};
    handler = (_req, res) => { release = () => { res.statusCode = 503; res.end(); }; };
    const trial = get(c);
    await new Promise((r) => setTimeout(r, 30));
    expect(await get(c)).toMatchObject({ ok: false, failure: { message: expect.stringMatching(/a trial call is running$/) } });
    release();
    await trial;
    expect(c.resilience.state).toBe('open');
    expect(calls).toBe(3);
  });
});
