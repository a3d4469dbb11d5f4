import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startStack, type Stack } from '../../support/gateway-harness.js';

/** A JSON number beyond a double (1e400 parses as Infinity) would reach IBM as null: refused instead. */
let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.ibm.reset());

const send = async (variablesJson: string) => {
  // Written by hand: JSON.stringify cannot write 1e400, which is exactly what a client may send.
  const body = `{"query":"mutation($v: JSONObject!) { r: updateAllVariables(input: {backend: \\"ibm\\", instanceId: \\"23972\\", variables: $v}) { __typename ... on ValidationError { field message } } }","variables":{"v":${variablesJson}}}`;
  const res = await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return ((await res.json()) as { data: { r: Record<string, unknown> } }).data.r;
};

it.each([
  ['{"total":1e400}', 'variables.total'],
  ['{"order":{"lines":[1,-1e999]}}', 'variables.order.lines[1]'],
])('%s is a ValidationError naming %s, and nothing is sent', async (json, field) => {
  expect(await send(json)).toMatchObject({ __typename: 'ValidationError', field, message: expect.stringContaining('JSON cannot carry') });
  expect(stack.ibm.received).toHaveLength(0);
});

it('large but finite numbers go through, exactly', async () => {
  expect((await send('{"approved":true,"total":1.7976931348623157e308}')).__typename).not.toBe('ValidationError');
  expect(JSON.parse(stack.ibm.received[0]!.body).variables).toEqual({ approved: true, total: 1.7976931348623157e308 });
});
