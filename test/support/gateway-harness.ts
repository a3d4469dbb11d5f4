import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { parseConfig } from '../../src/config/load-config.js';
import { startCsaEmulator, type CsaEmulator, type CsaEmulatorOptions } from '@bpm-gateway/sandbox';
import { startElma365Emulator, type Elma365Emulator, type Elma365EmulatorOptions } from '@bpm-gateway/sandbox';
import { startIbmBpmEmulator, type IbmBpmEmulator, type IbmBpmEmulatorOptions } from '@bpm-gateway/sandbox';
import { startK2Emulator, type K2Emulator, type K2EmulatorOptions, type K2User } from '@bpm-gateway/sandbox';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { memoryLogger } from './memory-logger.js';

export const K2_SERVICE: K2User = { username: 'ACME\\svc-k2', password: 'pässwörd:K2-s3cr3t!', canWrite: true };
export const K2_VIEWER: K2User = { username: 'ACME\\viewer', password: 'viewer-s3cr3t', canWrite: false };
export const CSA_TRANSPORT = { username: 'csaTransportUser', password: 'csa-s3cr3t:ä' };
/** Admin and non-admin people of the CSA demo seed; the last is nobody CSA knows. */
export const CSA_ADMIN = '90d96588360da0c701360da0f1d5f483';
export const CSA_CONSUMER = '90d96588360da0c701360da0f1d5a001';
export const CSA_NOBODY = 'ffffffffffffffffffffffffffffffff';
export const IBM_ADMIN = { username: 'bpmadmin', password: 'ibm-s3cr3t"\\' };
export const IBM_USER = { username: 'tw_user', password: 'ibm-user-s3cr3t' };
export const ELMA_ADMIN_TOKEN = 'elma-admin-7d1e0c55-0b7b-4f1e-9c35-7a1f2e3d4c5b';
export const ELMA_USER_TOKEN = 'elma-user-1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9';

/** Every credential the stack configures, in clear and as the Basic tokens built from them. */
const basicToken = (u: { username: string; password: string }) => Buffer.from(`${u.username}:${u.password}`).toString('base64');
export const SECRETS: readonly string[] = [
  K2_SERVICE.password, K2_VIEWER.password, CSA_TRANSPORT.password, IBM_ADMIN.password, IBM_USER.password, ELMA_ADMIN_TOKEN, ELMA_USER_TOKEN,
  ...[K2_SERVICE, K2_VIEWER, CSA_TRANSPORT, IBM_ADMIN, IBM_USER].map(basicToken),
];

export interface GraphqlAnswer<T> { status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }

export interface Stack {
  gateway: RunningGateway;
  k2: K2Emulator;
  csa: CsaEmulator;
  ibm: IbmBpmEmulator;
  elma: Elma365Emulator;
  /** Sends a typed document to the gateway over real HTTP. */
  gql<T, V>(document: TypedDocumentNode<T, V>, variables: V): Promise<GraphqlAnswer<T>>;
  /** Every line the gateway logged (JSON, debug level and up). */
  logged: string[];
  close(): Promise<void>;
}

/**
 * The emulators and a gateway in front of them, all real HTTP servers on loopback ports.
 * K2 backends: `k2` (service account), `k2-viewer` (may not write), `k2-wrong-password`,
 * `k2-slow` (300 ms timeout), `k2-batch` (UpdateTasks of 3 items), `k2-batch-slow` (the same, 300 ms timeout), `k2-down` (a port nothing listens on). CSA backends: `csa` (admin),
 * `csa-consumer` (a non-admin userIdentifier), `csa-nobody` (an unknown one),
 * `csa-wrong-password`, `csa-slow` (300 ms timeout). IBM: `ibm` (admin), `ibm-user` (not an admin),
 * `ibm-wrong-password`, `ibm-slow`. ELMA365: `elma` (administrator's token), `elma-user` (an
 * ordinary user's), `elma-bad-token`, `elma-slow`.
 */
export async function startStack(options: {
  k2?: Partial<K2EmulatorOptions>;
  csa?: Partial<CsaEmulatorOptions>;
  ibm?: Partial<IbmBpmEmulatorOptions>;
  elma?: Partial<Elma365EmulatorOptions>;
} = {}): Promise<Stack> {
  const k2 = await startK2Emulator({ users: [K2_SERVICE, K2_VIEWER], ...options.k2 });
  const csa = await startCsaEmulator({ transportUsers: [CSA_TRANSPORT], ...options.csa });
  const ibm = await startIbmBpmEmulator({ users: [{ ...IBM_ADMIN, admin: true }, { ...IBM_USER, admin: false }], ...options.ibm });
  const elma = await startElma365Emulator({
    tokens: [{ token: ELMA_ADMIN_TOKEN, user: 'admin', admin: true }, { token: ELMA_USER_TOKEN, user: 'j.smith', admin: false }],
    ...options.elma,
  });
  const basic = (u: { username: string; password: string }) => ({ type: 'basic', username: u.username, password: u.password });
  const onIbm = (id: string, extra: Record<string, unknown> = {}) => ({ id, vendor: 'ibm-bpm', baseUrl: ibm.url, auth: basic(IBM_ADMIN), ...extra });
  const onElma = (id: string, token: string, extra: Record<string, unknown> = {}) => ({ id, vendor: 'elma365', baseUrl: elma.url, auth: { type: 'bearer', token }, ...extra });
  const onCsa = (id: string, extra: Record<string, unknown> = {}) => ({ id, vendor: 'csa', baseUrl: csa.url, auth: basic(CSA_TRANSPORT), userIdentifier: CSA_ADMIN, ...extra });
  const config = parseConfig({
    server: { port: 0 },
    backends: [
      { id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: basic(K2_SERVICE) },
      { id: 'k2-viewer', vendor: 'k2', baseUrl: k2.url, auth: basic(K2_VIEWER) },
      { id: 'k2-wrong-password', vendor: 'k2', baseUrl: k2.url, auth: { ...basic(K2_SERVICE), password: 'not-it' } },
      { id: 'k2-slow', vendor: 'k2', baseUrl: k2.url, auth: basic(K2_SERVICE), timeoutMs: 300 },
      { id: 'k2-batch', vendor: 'k2', baseUrl: k2.url, auth: basic(K2_SERVICE), updateTasksChunkSize: 3 },
      { id: 'k2-batch-slow', vendor: 'k2', baseUrl: k2.url, auth: basic(K2_SERVICE), updateTasksChunkSize: 3, timeoutMs: 300 },
      { id: 'k2-down', vendor: 'k2', baseUrl: 'http://127.0.0.1:9/K2Services', auth: basic(K2_SERVICE) },
      onCsa('csa'),
      onCsa('csa-consumer', { userIdentifier: CSA_CONSUMER }),
      onCsa('csa-nobody', { userIdentifier: CSA_NOBODY }),
      onCsa('csa-wrong-password', { auth: { ...basic(CSA_TRANSPORT), password: 'not-it' } }),
      onCsa('csa-slow', { timeoutMs: 300 }),
      onIbm('ibm'),
      onIbm('ibm-user', { auth: basic(IBM_USER) }),
      onIbm('ibm-wrong-password', { auth: { ...basic(IBM_ADMIN), password: 'not-it' } }),
      onIbm('ibm-slow', { timeoutMs: 300 }),
      onElma('elma', ELMA_ADMIN_TOKEN),
      onElma('elma-user', ELMA_USER_TOKEN),
      onElma('elma-bad-token', 'not-a-token'),
      onElma('elma-slow', ELMA_ADMIN_TOKEN, { timeoutMs: 300 }),
    ],
  }, 'test', {});
  const { logger, lines: logged } = memoryLogger();
  const answers: string[] = [];
  const gateway = await startGateway(config, { logger });
  // Tests that call fetch themselves are covered too: every answer from this gateway is kept.
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const res = await realFetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith(gateway.url)) answers.push(await res.clone().text());
    return res;
  };
  return {
    gateway,
    k2,
    csa,
    ibm,
    elma,
    logged,
    async gql(document, variables) {
      const res = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        // As Apollo Client, urql and graphql-request ask (a legacy application/json client gets 200 for client errors).
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      globalThis.fetch = realFetch;
      await gateway.close();
      await Promise.all([k2.close(), csa.close(), ibm.close(), elma.close()]);
      // Every integration suite is a secrets test too: nothing it saw may hold a credential.
      const seen = answers.join('\n') + logged.join('\n');
      const leaked = SECRETS.filter((secret) => seen.includes(secret));
      if (leaked.length) throw new Error(`a credential appeared in an answer or a log line (${leaked.length} of ${SECRETS.length} known secrets)`);
    },
  };
}
