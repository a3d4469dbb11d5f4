import { afterAll, beforeAll, expect, it } from 'vitest';
import { BackendHttpClient } from '../../src/http/backend-http-client.js';
import { BackendRegistry } from '../../src/pipeline/backend-registry.js';
import { ConfiguredBackend } from '../../src/pipeline/configured-backend.js';
import { defineVendor } from '../../src/pipeline/vendor-operation.js';
import { parseConfig } from '../../src/config/load-config.js';
import { buildGatewaySchema } from '../../src/graphql/build-gateway-schema.js';
import { startGatewayServer, type GatewayServer } from '../../src/server/create-gateway-server.js';
import { GatewayMetrics } from '../../src/observability/gateway-metrics.js';
import { memoryLogger } from '../support/memory-logger.js';

/** A vendor declaration with a bug: its request builder throws, with a secret in the message, instead of returning a failure. */
const buggyVendor = defineVendor({
  vendor: 'K2',
  name: 'Buggy',
  readError: () => ({}),
  mutations: {
    UPDATE_TASK: {
      check: () => null,
      request: () => {
        throw new Error('TypeError in codec; Authorization: Basic c3ZjOmh1bnRlcjI=');
      },
      effect: 'single write',
      read: () => ({ serialNumber: '1_1', vendorAction: 's:-1' }),
    },
  },
  reads: {},
});
const http = new BackendHttpClient({ backendId: 'buggy', baseUrl: 'http://127.0.0.1:9', timeoutMs: 1000, maxResponseBytes: 1000, headers: {} });
const buggy = new ConfiguredBackend('buggy', buggyVendor, {}, http);

let server: GatewayServer;
const { logger, lines: logged } = memoryLogger();
beforeAll(async () => {
  server = await startGatewayServer({
    server: parseConfig({ server: { port: 0 }, backends: [{ id: 'x', vendor: 'k2', baseUrl: 'http://127.0.0.1:9', auth: { type: 'basic', username: 'u', password: 'p' } }] }, 'test', {}).server,
    schema: await buildGatewaySchema(),
    registry: new BackendRegistry([buggy]),
    examples: [],
    metrics: new GatewayMetrics(() => undefined),
    logger,
  });
});
afterAll(() => server.close());

it('turns a thrown error into a top-level "Internal server error" with no detail, and logs the stack', async () => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { updateTask(input: {backend: "buggy", serialNumber: "1_1", action: {kind: WAKE}}) { __typename } }' }),
  });
  expect(await res.json()).toEqual({
    data: null,
    extensions: { requestId: res.headers.get('x-request-id') },
    errors: [{ message: 'Internal server error', locations: [{ line: 1, column: 12 }], path: ['updateTask'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
  });
  const errors = logged.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level >= 50);
  expect(errors).toHaveLength(1);
  expect(errors[0]!.msg).toMatch(/^internal error in updateTask: Error: TypeError in codec; Authorization: \[redacted\]/);
  expect(logged.join('\n')).not.toContain('c3ZjOmh1bnRlcjI=');
});
