import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startK2Emulator, type K2Emulator } from '@bpm-gateway/sandbox';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { K2_SERVICE } from '../support/gateway-harness.js';
import { memoryLogger } from '../support/memory-logger.js';

/** Clients that trickle their request get cut, as the attack review's one-byte-every-10-s body was not. */
let k2: K2Emulator;
let gateway: RunningGateway;
let port: number;

beforeAll(async () => {
  k2 = await startK2Emulator({ users: [K2_SERVICE] });
  gateway = await startGateway(parseConfig({
    server: { port: 0, timeouts: { headersMs: 500, requestMs: 1000, idleMs: 500 } },
    backends: [{ id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', username: K2_SERVICE.username, password: K2_SERVICE.password } }],
  }, 'test', {}), { logger: memoryLogger('warn').logger });
  port = Number(new URL(gateway.url).port);
});
afterAll(async () => { await gateway?.close(); await k2?.close(); });

/** Opens a raw connection, writes `head`, then one byte of `trickle` every `everyMs`; resolves with what came back and when the socket closed. */
function slowClient(head: string, trickle: string, everyMs: number): Promise<{ answer: string; closedAfterMs: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket: Socket = connect(port, '127.0.0.1', () => socket.write(head));
    let answer = '';
    let i = 0;
    const timer = setInterval(() => { if (i < trickle.length && socket.writable) socket.write(trickle[i++]!); }, everyMs);
    socket.on('data', (c) => (answer += c));
    socket.on('error', () => {});
    socket.on('close', () => { clearInterval(timer); resolve({ answer, closedAfterMs: performance.now() - started }); });
  });
}

it('a body sent one byte at a time is cut with 408 within the request timeout', async () => {
  const body = JSON.stringify({ query: '{ backends { id } }' });
  const { answer, closedAfterMs } = await slowClient(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`, body, 100);
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(closedAfterMs).toBeLessThan(1000 + 1200);
});

it('headers that never end are cut too', async () => {
  const { answer, closedAfterMs } = await slowClient('GET /health HTTP/1.1\r\nHost: x\r\n', 'X-Slow: ' + 'a'.repeat(100), 100);
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(closedAfterMs).toBeLessThan(1000 + 1200);
});

it('an idle keep-alive connection is closed after idleMs', async () => {
  const { answer, closedAfterMs } = await slowClient('GET /health HTTP/1.1\r\nHost: x\r\n\r\n', '', 1000);
  expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  // Node closes an idle connection up to a second after keepAliveTimeout (its timer slack).
  expect(closedAfterMs).toBeLessThan(500 + 2000);
});

it('a client that sends in time is served, however long the backend then takes', async () => {
  k2.slowNext('GET', 1500);
  const res = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ processInstance(backend: "k2", id: "8") { __typename } }' }) });
  expect(await res.json()).toMatchObject({ data: { processInstance: { __typename: 'ProcessInstance' } } });
});
