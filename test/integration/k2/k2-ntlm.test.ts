import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startK2Emulator, type K2Emulator } from '@bpm-gateway/sandbox';
import { ProcessInstanceDocument, UpdateTaskDocument } from '../../__generated__/graphql.js';
import { parseConfig } from '../../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../../src/server/start-gateway.js';
import { memoryLogger } from '../../support/memory-logger.js';

/** A K2 site that takes Windows authentication only, and the gateway speaking NTLMv2 to it. */
const PASSWORD = 'pässwörd:NTLM-s3cr3t!';
let k2: K2Emulator;
let gateway: RunningGateway;
const log = memoryLogger();

beforeAll(async () => {
  k2 = await startK2Emulator({ users: [{ username: 'ACME\\svc-k2', password: PASSWORD, canWrite: true }], auth: 'ntlm' });
  const ntlm = (password: string) => ({ type: 'ntlm', username: 'svc-k2', password, domain: 'ACME', workstation: 'GATEWAY' });
  gateway = await startGateway(parseConfig({
    server: { port: 0 },
    backends: [
      { id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: ntlm(PASSWORD), connections: 2 },
      { id: 'k2-wrong', vendor: 'k2', baseUrl: k2.url, auth: ntlm('not-it') },
    ],
  }, 'test', {}), { logger: log.logger });
});
afterAll(async () => {
  await gateway?.close();
  await k2?.close();
  expect(log.lines.join('\n')).not.toContain(PASSWORD);
});
beforeEach(() => k2.reset());

const answers: string[] = [];
async function gql(document: Parameters<typeof print>[0], variables: unknown) {
  const res = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: print(document), variables }) });
  const text = await res.text();
  answers.push(text);
  return JSON.parse(text) as { data: Record<string, Record<string, unknown>> };
}
const approve = (backend = 'k2') => gql(UpdateTaskDocument, { input: { backend, serialNumber: '8_25', action: { kind: 'ACTION', name: 'Approve' } } });
const read = (backend = 'k2') => gql(ProcessInstanceDocument, { backend, id: '8' });

describe('K2 over NTLM', () => {
  it('shakes hands once per connection, which stays authenticated for the calls after it', async () => {
    const before = k2.ntlmHandshakes;
    expect((await read()).data.processInstance).toMatchObject({ __typename: 'ProcessInstance', instanceId: '8' });
    expect((await approve()).data.updateTask).toMatchObject({ __typename: 'UpdateTaskSuccess' });
    for (let i = 0; i < 5; i++) expect((await read()).data.processInstance?.__typename).toBe('ProcessInstance');
    expect(k2.ntlmHandshakes - before).toBe(1);
    // Seven calls: two handshake steps, then each request once, never with a password in it.
    const authorizations = k2.received.map((r) => r.headers.authorization);
    expect(authorizations.slice(0, 2)).toEqual([expect.stringMatching(/^NTLM /), expect.stringMatching(/^NTLM /)]);
    expect(authorizations.slice(2)).toEqual(Array(6).fill(undefined));
    expect(k2.received).toHaveLength(8);
  });

  it('a connection the server closed between calls gets a new handshake, and the call succeeds', async () => {
    await read();
    const before = k2.ntlmHandshakes;
    k2.dropIdleConnections();
    await new Promise((r) => setTimeout(r, 50));
    expect((await approve()).data.updateTask).toMatchObject({ __typename: 'UpdateTaskSuccess' });
    expect(k2.ntlmHandshakes - before).toBe(1);
    // The action went with both steps of the handshake; K2 refused the first before acting on it.
    expect(k2.received.filter((r) => r.method === 'POST').map((r) => r.headers.authorization?.slice(0, 5))).toEqual(['NTLM ', 'NTLM ']);
  });

  it('concurrent calls each get a connection of their own, authenticated once each', async () => {
    k2.dropIdleConnections();
    await new Promise((r) => setTimeout(r, 50));
    const before = k2.ntlmHandshakes;
    const all = await Promise.all(Array.from({ length: 8 }, () => read()));
    expect(all.map((a) => a.data.processInstance?.__typename)).toEqual(Array(8).fill('ProcessInstance'));
    expect(k2.ntlmHandshakes - before).toBeLessThanOrEqual(2);
  });

  it('a wrong password is AuthenticationError with K2\'s status, and no password anywhere', async () => {
    const answer = (await approve('k2-wrong')).data.updateTask;
    expect(answer).toMatchObject({ __typename: 'AuthenticationError', vendorStatus: 401, errorBackend: 'k2-wrong' });
    expect(answers.join('\n')).not.toContain(PASSWORD);
    expect(answers.join('\n')).not.toContain('not-it');
  });
});
