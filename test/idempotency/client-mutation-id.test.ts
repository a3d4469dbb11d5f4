import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { startCsaEmulator, type CsaEmulator } from '@bpm-gateway/sandbox';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { CSA_ADMIN, CSA_TRANSPORT } from '../support/gateway-harness.js';
import { memoryLogger } from '../support/memory-logger.js';
import { REDIS_URL } from '../support/redis.js';

const ID = '90d9652b3752ad4f013752ae38cb0004';
let csa: CsaEmulator;
const gateways: RunningGateway[] = [];

beforeAll(async () => { csa = await startCsaEmulator({ transportUsers: [CSA_TRANSPORT] }); });
afterAll(async () => { await Promise.all(gateways.map((g) => g.close())); await csa.close(); });
beforeEach(() => csa.reset());

async function gateway(idempotency: Record<string, unknown> = {}): Promise<RunningGateway> {
  const g = await startGateway(parseConfig({
    server: { port: 0 },
    idempotency,
    backends: [{ id: 'csa', vendor: 'csa', baseUrl: csa.url, auth: { type: 'basic', ...CSA_TRANSPORT }, userIdentifier: CSA_ADMIN }],
  }, 'test', {}), { logger: memoryLogger().logger });
  gateways.push(g);
  return g;
}

const setStatus = async (g: RunningGateway, status: string, clientMutationId?: string) => {
  const res = await fetch(`${g.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: SetInstanceStateInput!) { setInstanceState(input: $i) { __typename ... on SetInstanceStateSuccess { status } ... on ValidationError { field message } } }',
      variables: { i: { backend: 'csa', instanceId: ID, status, clientMutationId } },
    }),
  });
  return ((await res.json()) as { data: { setInstanceState: Record<string, unknown> } }).data.setInstanceState;
};
const puts = () => csa.received.filter((r) => r.method === 'PUT').length;

describe('clientMutationId, in memory', () => {
  it('answers a retry with the same id and input with the first answer, without calling the vendor again', async () => {
    const g = await gateway();
    expect(await setStatus(g, 'first', 'cm-1')).toEqual({ __typename: 'SetInstanceStateSuccess', status: 'first' });
    csa.state.instances.get(ID)!.status = 'changed by someone else';
    expect(await setStatus(g, 'first', 'cm-1')).toEqual({ __typename: 'SetInstanceStateSuccess', status: 'first' });
    expect(puts()).toBe(1);
  });

  it('refuses the same id with another input, naming the field, and sends nothing', async () => {
    const g = await gateway();
    await setStatus(g, 'first', 'cm-2');
    expect(await setStatus(g, 'second', 'cm-2')).toEqual({
      __typename: 'ValidationError', field: 'clientMutationId', message: 'clientMutationId: was already used, within the idempotency window, for a different input',
    });
    expect(puts()).toBe(1);
  });

  it('lets a retry with the same id really retry after a failure that is safe to repeat', async () => {
    const g = await gateway({});
    csa.injectFault({ status: 503, body: '' }, 3);
    expect(await setStatus(g, 'after outage', 'cm-4')).toMatchObject({ __typename: 'BackendUnavailableError' });
    expect(await setStatus(g, 'after outage', 'cm-4')).toEqual({ __typename: 'SetInstanceStateSuccess', status: 'after outage' });
    expect(await setStatus(g, 'after outage', 'cm-4')).toEqual({ __typename: 'SetInstanceStateSuccess', status: 'after outage' });
    expect(puts()).toBe(4);
  });

  it('calls the vendor again without an id, or once the window has passed', async () => {
    const g = await gateway({ windowMs: 1000 });
    await setStatus(g, 'x');
    await setStatus(g, 'x');
    await setStatus(g, 'y', 'cm-3');
    await new Promise((r) => setTimeout(r, 1100));
    await setStatus(g, 'y', 'cm-3');
    expect(puts()).toBe(4);
  });
});

describe('clientMutationId when the store cannot be reached', () => {
  it('answers a retryable BackendUnavailableError as data and sends nothing; calls without an id go on', async () => {
    const g = await gateway({ redisUrl: 'redis://127.0.0.1:9' });
    expect(await setStatus(g, 'x', 'cm-down')).toEqual({ __typename: 'BackendUnavailableError' });
    expect(puts()).toBe(0);
    expect(await setStatus(g, 'x')).toEqual({ __typename: 'SetInstanceStateSuccess', status: 'x' });
  });
});

describe.skipIf(!REDIS_URL)('clientMutationId in Redis, shared by replicas', () => {
  it('lets a second gateway answer a retry that the first one served, without calling the vendor', async () => {
    const key = `cm-redis-${Date.now()}`;
    const [a, b] = [await gateway({ redisUrl: REDIS_URL }), await gateway({ redisUrl: REDIS_URL })];
    expect(await setStatus(a, 'from replica a', key)).toEqual({ __typename: 'SetInstanceStateSuccess', status: 'from replica a' });
    expect(await setStatus(b, 'from replica a', key)).toEqual({ __typename: 'SetInstanceStateSuccess', status: 'from replica a' });
    expect(await setStatus(b, 'something else', key)).toMatchObject({ __typename: 'ValidationError', field: 'clientMutationId' });
    expect(puts()).toBe(1);
  });
});
