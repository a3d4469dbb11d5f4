import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { memoryLogger } from '../support/memory-logger.js';

const log = memoryLogger();

/**
 * graphql-http's audit of the GraphQL-over-HTTP spec against the real server. Every MUST and
 * SHOULD passes but those Apollo's CSRF prevention refuses on purpose (README, "GraphQL over HTTP").
 */
const CSRF_REFUSED = ['5A70', 'D6D5', '6A70'];
let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await startGateway(parseConfig({
    server: { port: 0 },
    backends: [{ id: 'k2', vendor: 'k2', baseUrl: 'http://127.0.0.1:9/K2Services', auth: { type: 'basic', username: 'u', password: 'p' } }],
  }, 'test', {}), { logger: log.logger });
});
afterAll(() => gateway?.close());

it('passes the audit', async () => {
  const results = await Promise.all(serverAudits({ url: `${gateway.url}/graphql` }).map((audit) => audit.fn()));
  const line = (r: (typeof results)[number]) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`;
  // No MUST (error) or SHOULD (warn) fails.
  expect(results.filter((r) => r.status === 'error' || r.status === 'warn').map(line)).toEqual([]);
  // The MAYs not met are the GETs CSRF prevention refuses without a preflight header, on purpose.
  expect(results.filter((r) => r.status === 'notice').map((r) => r.id).sort()).toEqual([...CSRF_REFUSED].sort());
});

const MODERN = 'application/graphql-response+json, application/json;q=0.9';
it.each([
  ['a syntax error', '{', 'GRAPHQL_PARSE_FAILED'],
  ['a query over the token limit', `{ ${'backends { id } '.repeat(2000)}}`, 'GRAPHQL_PARSE_FAILED'],
  ['an unknown field', '{ nope }', 'GRAPHQL_VALIDATION_FAILED'],
])('%s: 400 for a client that accepts graphql-response+json, 200 for a legacy JSON one, and a request log line with the id', async (_name, query, code) => {
  for (const [accept, status] of [[MODERN, 400], ['application/json', 200]] as const) {
    const res = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(status);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[]; extensions: { requestId: string } };
    expect(body.errors[0]!.extensions.code).toBe(code);
    expect(log.lines.some((l) => l.includes('"msg":"graphql request"') && l.includes(body.extensions.requestId))).toBe(true);
  }
});
