import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { startK2Emulator, type K2Emulator } from '@bpm-gateway/sandbox';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { memoryLogger } from '../support/memory-logger.js';

const USER = { username: 'svc', password: 'pw', canWrite: true };
let k2: K2Emulator;
let gateway: RunningGateway;
let port: number;
const log = memoryLogger('info');

beforeAll(async () => {
  k2 = await startK2Emulator({ users: [USER] });
  port = Number(new URL(k2.url).port);
  gateway = await startGateway(parseConfig({
    server: { port: 0 },
    backends: [{
      id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', username: USER.username, password: USER.password },
      resilience: { breakerMinimumCalls: 3, breakerHalfOpenAfterMs: 300, retries: 0 },
    }],
  }, 'test', {}), { logger: log.logger });
});
afterAll(async () => { await gateway.close(); await k2.close(); });

const read = async () => {
  const res = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ processInstance(backend: "k2", id: "8") { __typename ... on BpmError { message } } }' }) });
  return ((await res.json()) as { data: { processInstance: { __typename: string; message?: string } } }).data.processInstance;
};
const ready = async () => ((await (await fetch(`${gateway.url}/ready`)).json()) as { backends: { id: string; breaker: string }[] }).backends[0]!.breaker;

it('a backend killed mid-run trips its breaker (answering at once, shown in /ready) and recovers when it is back', async () => {
  expect((await read()).__typename).toBe('ProcessInstance');
  expect(await ready()).toBe('closed');

  await k2.close();
  for (let i = 0; i < 3; i++) expect((await read()).__typename).toBe('BackendUnavailableError');
  expect(await ready()).toBe('open');
  const whileOpen = await read();
  expect(whileOpen).toMatchObject({ __typename: 'BackendUnavailableError', message: expect.stringMatching(/circuit breaker is open/) });
  const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
  expect(metrics).toMatch(/^bpm_gateway_breaker_state\{backend="k2"\} 2$/m);
  expect(metrics).toMatch(/^bpm_gateway_breaker_transitions_total\{backend="k2",to="open"\} 1$/m);
  const opened = log.lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'circuit breaker open');
  expect(opened).toMatchObject({ level: 40, backend: 'k2', from: 'closed', to: 'open', reason: expect.stringMatching(/^2 of the last 3 calls in 10000 ms failed, the last with cannot connect to the backend \(ECONNREFUSED\)$/) });

  k2 = await startK2Emulator({ users: [USER], port });
  expect((k2 as unknown as { url: string }).url).toContain(`:${port}/`);
  await new Promise((r) => setTimeout(r, 350));
  expect((await read()).__typename).toBe('ProcessInstance');
  expect(await ready()).toBe('closed');
  expect(log.lines.filter((l) => l.includes('"msg":"circuit breaker closed"'))).toHaveLength(1);
});

