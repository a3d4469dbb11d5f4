import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SANDBOX_EXAMPLES } from '../../src/sandbox-mode/sandbox-examples.js';
import { startStack, type Stack } from '../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());

const operations = SANDBOX_EXAMPLES.flatMap((tab) =>
  parse(tab.query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [[d.name.value, tab.query] as const] : [])));

it.each(operations)('the GraphiQL example %s runs against the sandbox data without a GraphQL error', async (name, query) => {
  const res = await fetch(`${stack.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, operationName: name }),
  });
  const body = (await res.json()) as { data?: Record<string, { __typename?: string }>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  expect(Object.keys(body.data ?? {})).not.toHaveLength(0);
});
