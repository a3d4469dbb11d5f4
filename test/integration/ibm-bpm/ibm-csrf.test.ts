import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startIbmBpmEmulator, type IbmBpmEmulator } from '@bpm-gateway/sandbox';
import { ProcessInstanceDocument, UpdateAllVariablesDocument } from '../../__generated__/graphql.js';
import { parseConfig } from '../../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../../src/server/start-gateway.js';
import { IBM_ADMIN } from '../../support/gateway-harness.js';
import { memoryLogger } from '../../support/memory-logger.js';

/** A hardened IBM server that checks BPMCSRFToken on every call, and the gateway with `csrf: true`. */
let ibm: IbmBpmEmulator;
/** Its tokens are dead on arrival: a server whose renewed token is refused as well. */
let never: IbmBpmEmulator;
let gateway: RunningGateway;
const log = memoryLogger();
const answers: string[] = [];

beforeAll(async () => {
  ibm = await startIbmBpmEmulator({ users: [{ ...IBM_ADMIN, admin: true }], csrf: true });
  never = await startIbmBpmEmulator({ users: [{ ...IBM_ADMIN, admin: true }], csrf: true, csrfLifetimeMs: 0 });
  const auth = { type: 'basic', username: IBM_ADMIN.username, password: IBM_ADMIN.password };
  gateway = await startGateway(parseConfig({
    server: { port: 0 },
    backends: [
      { id: 'ibm', vendor: 'ibm-bpm', baseUrl: ibm.url, auth, csrf: true },
      { id: 'ibm-never', vendor: 'ibm-bpm', baseUrl: never.url, auth, csrf: true },
      { id: 'ibm-plain', vendor: 'ibm-bpm', baseUrl: ibm.url, auth },
      { id: 'ibm-wrong', vendor: 'ibm-bpm', baseUrl: ibm.url, auth: { ...auth, password: 'not-it' }, csrf: true },
    ],
  }, 'test', {}), { logger: log.logger });
});
afterAll(async () => {
  await gateway?.close();
  await ibm?.close();
  await never?.close();
  const seen = answers.join('\n') + log.lines.join('\n');
  expect(seen).not.toContain(IBM_ADMIN.password);
});
beforeEach(() => ibm.reset());

async function gql(document: Parameters<typeof print>[0], variables: unknown) {
  const res = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: print(document), variables }) });
  const text = await res.text();
  answers.push(text);
  return JSON.parse(text) as { data: Record<string, Record<string, unknown>> };
}
const update = (backend = 'ibm', dryRun?: boolean) => gql(UpdateAllVariablesDocument, { input: { backend, instanceId: '23972', variables: { approved: true }, ...(dryRun ? { dryRun } : {}) } });
const read = (backend = 'ibm') => gql(ProcessInstanceDocument, { backend, id: '23972' });
const tokensSent = () => ibm.received.filter((r) => r.path.startsWith('/rest/')).map((r) => r.headers.bpmcsrftoken);

describe('IBM with csrf: true', () => {
  it('logs in once at /bpm/system/login, outside the base path, and sends the token on every call', async () => {
    const before = ibm.csrfLogins;
    expect((await read()).data.processInstance).toMatchObject({ __typename: 'ProcessInstance' });
    expect((await update()).data.updateAllVariables).toMatchObject({ __typename: 'UpdateAllVariablesSuccess' });
    await Promise.all(Array.from({ length: 5 }, () => read()));
    // The first calls of this gateway: exactly one login, shared by the concurrent ones.
    expect(ibm.csrfLogins - before).toBe(1);
    const logins = ibm.received.filter((r) => r.path === '/bpm/system/login');
    expect(logins.map((r) => JSON.parse(r.body))).toEqual([{ 'refresh-groups': false, 'requested-lifetime': 7200 }]);
    const sent = tokensSent();
    expect(sent).toHaveLength(7);
    expect(new Set(sent).size).toBe(1);
    expect(sent[0]).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('an expired token: 403 CWTBG0651E, one new login, the write repeated once and applied', async () => {
    await read();
    ibm.expireCsrfTokens();
    ibm.reset();
    const before = ibm.csrfLogins;
    expect((await update()).data.updateAllVariables).toMatchObject({ __typename: 'UpdateAllVariablesSuccess' });
    expect(ibm.csrfLogins - before).toBe(1);
    const puts = ibm.received.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(2);
    expect(puts[0]!.headers.bpmcsrftoken).not.toBe(puts[1]!.headers.bpmcsrftoken);
  });

  it('a token refused again right after a new login is not retried a second time', async () => {
    const answer = (await read('ibm-never')).data.processInstance;
    expect(answer).toMatchObject({ __typename: 'PermissionDeniedError', vendorStatus: 403, vendorCode: 'CWTBG0651E' });
    expect(never.received.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
      'POST /bpm/system/login', 'GET /rest/bpm/wle/v1/process/23972', 'POST /bpm/system/login', 'GET /rest/bpm/wle/v1/process/23972',
    ]);
  });

  it('without csrf the hardened server refuses with PermissionDeniedError, code kept', async () => {
    expect((await read('ibm-plain')).data.processInstance).toMatchObject({ __typename: 'PermissionDeniedError', vendorStatus: 403, vendorCode: 'CWTBG0651E' });
  });

  it('a login refused for wrong credentials is AuthenticationError, and the call is not sent', async () => {
    expect((await update('ibm-wrong')).data.updateAllVariables).toMatchObject({ __typename: 'AuthenticationError', vendorStatus: 401, errorBackend: 'ibm-wrong' });
    expect(ibm.received.filter((r) => r.path.startsWith('/rest/'))).toHaveLength(0);
  });

  it('a dry run logs in nowhere and shows the token header masked', async () => {
    const before = ibm.received.length;
    const preview = (await gql(UpdateAllVariablesDocument, { input: { backend: 'ibm', instanceId: '23972', variables: { approved: true }, dryRun: true } })).data.updateAllVariables as { requests: { headers: { name: string; value: string }[] }[] };
    expect(ibm.received.length).toBe(before);
    expect(preview.requests[0]!.headers).toContainEqual({ name: 'bpmcsrftoken', value: expect.not.stringContaining('from the login') });
  });
});
