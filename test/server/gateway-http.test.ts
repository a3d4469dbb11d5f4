import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { SANDBOX_EXAMPLES } from '../../src/sandbox-mode/sandbox-examples.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { memoryLogger } from '../support/memory-logger.js';

let gateway: RunningGateway;

beforeAll(async () => {
  const config = parseConfig({
    server: { port: 0, bodyLimitBytes: 64 * 1024 },
    backends: [{ id: 'k2', vendor: 'k2', baseUrl: 'http://127.0.0.1:9/K2Services', auth: { type: 'basic', username: 'u', password: 'p' } }],
  }, 'test', {});
  gateway = await startGateway(config, { examples: SANDBOX_EXAMPLES, logger: memoryLogger().logger });
});
afterAll(() => gateway.close());

describe('the gateway over HTTP', () => {
  it('answers GET /health with 200', async () => {
    const res = await fetch(`${gateway.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves GraphiQL to a browser at /graphql, self-contained (no script, style or font from another host)', async () => {
    const res = await fetch(`${gateway.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('BPM GraphQL Gateway');
    expect(html.match(/<(script|link|img)\b[^>]*(src|href)=["']?(https?:)?\/\//gi) ?? []).toEqual([]);
    expect(html.match(/@import\s+url\(["']?https?:/gi) ?? []).toEqual([]);
  });

  it('pre-fills GraphiQL with the K2 sandbox example', async () => {
    const html = await (await fetch(`${gateway.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('mutation ApproveK2Task');
    expect(html).toContain('serialNumber: \\"8_25\\"');
  });

  it('answers GraphQL over POST', async () => {
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ backends { id vendor } }' }),
    });
    expect(await res.json()).toEqual({ data: { backends: [{ id: 'k2', vendor: 'K2' }] }, extensions: { requestId: res.headers.get('x-request-id') } });
  });

  it('tells caches on the way never to store a GraphQL answer, a GET query, a refusal and a mutation alike', async () => {
    const post = (query: string) => fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query }) });
    const answers = [
      await fetch(`${gateway.url}/graphql?query=${encodeURIComponent('{ backends { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } }),
      await post('{ backends { id } nope }'),
      await post('mutation { updateTask(input: { backend: "k2", serialNumber: "8_25", action: { kind: SLEEP, sleepSeconds: 1 } }) { __typename } }'),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 400, 200]);
    expect(answers.map((r) => r.headers.get('cache-control'))).toEqual(['no-store', 'no-store', 'no-store']);
  });

  it('refuses a request body over server.bodyLimitBytes with 413', async () => {
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($v: String!) { updateProcessInstance(input: {backend: "k2", instanceId: "8", folio: $v}) { __typename } }', variables: { v: 'x'.repeat(100 * 1024) } }),
    });
    expect(res.status).toBe(413);
  });

  it('answers a malformed JSON body, and one with a "__proto__" or "constructor.prototype" key, with a GraphQL-shaped 400', async () => {
    for (const body of ['{"query": "{ __typename }"', '{"query": "{ __typename }", "variables": {"__proto__": {"admin": true}}}', '{"query": "{ __typename }", "variables": {"constructor": {"prototype": {"admin": true}}}}']) {
      const res = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body });
      expect(res.status).toBe(400);
      const answer = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
      expect(answer.errors[0]!.message).toMatch(/^the request body is not JSON the gateway takes/);
    }
  });

  it('answers an empty JSON body with a GraphQL-shaped 400', async () => {
    const res = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'the request body is empty: a GraphQL request is a JSON object with a query', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it("keeps Apollo's CSRF prevention on: a simple cross-site GET query is refused", async () => {
    const res = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent('{ backends { id } }')}`);
    expect(res.status).toBe(400);
  });
});
