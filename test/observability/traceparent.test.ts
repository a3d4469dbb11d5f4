import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/gateway-harness.js';

/** With tracing off, a caller's W3C trace context still reaches the vendor, so both sides' logs join. */
let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.k2.reset());

const read = (headers: Record<string, string>) =>
  fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ processInstance(backend: "k2", id: "8") { __typename } }' }) });

it('passes a well-formed traceparent and tracestate on to the vendor as they came', async () => {
  const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
  await read({ traceparent, tracestate: 'acme=1' });
  expect(stack.k2.received[0]!.headers).toMatchObject({ traceparent, tracestate: 'acme=1' });
});

it('passes nothing on for a malformed one, or none', async () => {
  await read({ traceparent: 'not-a-trace' });
  await read({});
  expect(stack.k2.received.map((r) => r.headers.traceparent)).toEqual([undefined, undefined]);
});
