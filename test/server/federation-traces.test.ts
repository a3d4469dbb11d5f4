import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { memoryLogger } from '../support/memory-logger.js';

const backends = [{ id: 'k2', vendor: 'k2', baseUrl: 'http://127.0.0.1:9/K2Services', auth: { type: 'basic', username: 'u', password: 'p' } }];
const ask = async (gateway: RunningGateway) => {
  const res = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-federation-include-trace': 'ftv1' },
    body: JSON.stringify({ query: '{ backends { id } }' }),
  });
  return (await res.json()) as { extensions?: Record<string, unknown> };
};

describe('inline federation traces (ftv1)', () => {
  const off = memoryLogger();
  let plain: RunningGateway;
  let traced: RunningGateway;
  beforeAll(async () => {
    plain = await startGateway(parseConfig({ server: { port: 0 }, backends }, 'test', {}), { logger: off.logger });
    traced = await startGateway(parseConfig({ server: { port: 0, federationTraces: true }, backends }, 'test', {}), { logger: memoryLogger().logger });
  });
  afterAll(async () => {
    await plain.close();
    await traced.close();
  });

  it('are not sent by default, even when a caller asks, and Apollo says nothing about them at start', async () => {
    expect((await ask(plain)).extensions?.['ftv1']).toBeUndefined();
    expect(off.lines.join('\n')).not.toContain('inline tracing');
  });

  it('are sent to a router that asks when server.federationTraces is on', async () => {
    expect(typeof (await ask(traced)).extensions?.['ftv1']).toBe('string');
  });
});
