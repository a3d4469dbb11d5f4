import { afterAll, beforeAll, expect, it } from 'vitest';
import { ProcessInstanceDocument, UpdateAllVariablesDocument } from '../__generated__/graphql.js';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { K2_SERVICE, startStack, type Stack } from '../support/gateway-harness.js';
import { memoryLogger } from '../support/memory-logger.js';

/**
 * Several faults in a row against one backend, through the whole gateway with its default
 * resilience (two retries for calls safe to repeat, the breaker over a window of calls).
 */
let stack: Stack;
/** A K2 backend with a 600 ms budget and short backoffs, so that three attempts fit in it. */
let tight: RunningGateway;
beforeAll(async () => {
  stack = await startStack();
  tight = await startGateway(parseConfig({
    server: { port: 0 },
    backends: [{
      id: 'k2', vendor: 'k2', baseUrl: stack.k2.url, timeoutMs: 600,
      auth: { type: 'basic', username: K2_SERVICE.username, password: K2_SERVICE.password },
      resilience: { retryInitialDelayMs: 10 },
    }],
  }, 'test', {}), { logger: memoryLogger().logger });
});
afterAll(async () => { await tight?.close(); await stack?.close(); });

const readOnTight = async () => {
  const res = await fetch(`${tight.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ processInstance(backend: "k2", id: "8") { __typename ... on BpmError { message vendorStatus } ... on BackendUnavailableError { retryable } } }' }),
  });
  return ((await res.json()) as { data: { processInstance: Record<string, unknown> } }).data.processInstance;
};
const breakerOf = async (id: string, gateway: RunningGateway = stack.gateway) =>
  ((await (await fetch(`${gateway.url}/ready`)).json()) as { backends: { id: string; breaker: string }[] }).backends.find((b) => b.id === id)!.breaker;

it('three 503s on a repeatable write answer BackendUnavailableError with the vendor\'s last status', async () => {
  stack.ibm.reset();
  stack.ibm.injectFault({ status: 503, headers: { 'content-type': 'text/plain' }, body: 'overloaded' }, 3);
  const answer = await stack.gql(UpdateAllVariablesDocument, { input: { backend: 'ibm', instanceId: '23972', variables: { approved: true } } });
  expect(answer.data?.updateAllVariables).toMatchObject({ __typename: 'BackendUnavailableError', vendorStatus: 503, retryable: true, errorBackend: 'ibm' });
  expect(stack.ibm.received.filter((r) => r.method === 'PUT')).toHaveLength(3);
});

it('a reset, a 503 and a stall on one read end by the 600 ms deadline; the next read succeeds and the breaker stays closed', async () => {
  stack.k2.reset();
  stack.k2.injectFault({ destroy: true });
  stack.k2.injectFault({ status: 503 });
  stack.k2.injectFault({ delayMs: 3000 });
  const started = performance.now();
  const first = await readOnTight();
  expect(performance.now() - started).toBeLessThan(600 + 200);
  expect(first).toEqual({ __typename: 'BackendUnavailableError', retryable: true, vendorStatus: null, message: 'no complete answer from the backend within 600 ms' });
  expect(stack.k2.received).toHaveLength(3);
  expect(await readOnTight()).toEqual({ __typename: 'ProcessInstance' });
  expect(await breakerOf('k2', tight)).toBe('closed');
});

it('a reset then one 503 on two writes is two failed calls, not five: reads and writes still go through', async () => {
  stack.ibm.reset();
  stack.ibm.injectFault({ destroy: true }, 3);
  stack.ibm.injectFault({ status: 503 }, 3);
  for (let i = 0; i < 2; i++) {
    const failed = await stack.gql(UpdateAllVariablesDocument, { input: { backend: 'ibm', instanceId: '23972', variables: { approved: i === 0 } } });
    expect(failed.data?.updateAllVariables).toMatchObject({ __typename: 'BackendUnavailableError' });
  }
  expect(await breakerOf('ibm')).toBe('closed');
  const ok = await stack.gql(UpdateAllVariablesDocument, { input: { backend: 'ibm', instanceId: '23972', variables: { approved: true } } });
  expect(ok.data?.updateAllVariables).toMatchObject({ __typename: 'UpdateAllVariablesSuccess' });
  const read = await stack.gql(ProcessInstanceDocument, { backend: 'ibm', id: '23972' });
  expect(read.data?.processInstance).toMatchObject({ __typename: 'ProcessInstance' });
});
