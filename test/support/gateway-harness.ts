import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { startK2Emulator, type K2Emulator, type K2User } from '../../src/sandbox/k2/k2-emulator.js';

export const K2_SERVICE: K2User = { username: 'ACME\\svc-k2', password: 'pässwörd:K2-s3cr3t!', canWrite: true };
export const K2_VIEWER: K2User = { username: 'ACME\\viewer', password: 'viewer-s3cr3t', canWrite: false };

export interface GraphqlAnswer<T> { status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }

export interface K2Stack {
  gateway: RunningGateway;
  k2: K2Emulator;
  /** Sends a typed document to the gateway over real HTTP. */
  gql<T, V>(document: TypedDocumentNode<T, V>, variables: V): Promise<GraphqlAnswer<T>>;
  /** What the gateway wrote to its error log during the test. */
  logged: string[];
  close(): Promise<void>;
}

/**
 * A K2 emulator and a gateway in front of it, both real HTTP servers on loopback ports. Backends:
 * `k2` (service account), `k2-viewer` (may not write), `k2-wrong-password`, `k2-slow` (300 ms
 * timeout), and `k2-down` (a port nothing listens on).
 */
export async function startK2Stack(): Promise<K2Stack> {
  const k2 = await startK2Emulator({ users: [K2_SERVICE, K2_VIEWER] });
  const basic = (u: K2User) => ({ type: 'basic', username: u.username, password: u.password });
  const config = parseConfig({
    server: { port: 0 },
    backends: [
      { id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: basic(K2_SERVICE) },
      { id: 'k2-viewer', vendor: 'k2', baseUrl: k2.url, auth: basic(K2_VIEWER) },
      { id: 'k2-wrong-password', vendor: 'k2', baseUrl: k2.url, auth: { ...basic(K2_SERVICE), password: 'not-it' } },
      { id: 'k2-slow', vendor: 'k2', baseUrl: k2.url, auth: basic(K2_SERVICE), timeoutMs: 300 },
      { id: 'k2-down', vendor: 'k2', baseUrl: 'http://127.0.0.1:9/K2Services', auth: basic(K2_SERVICE) },
    ],
  }, 'test', {});
  const logged: string[] = [];
  const gateway = await startGateway(config, { source: 'test', logError: (m) => logged.push(m) });
  return {
    gateway,
    k2,
    logged,
    async gql(document, variables) {
      const res = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      await gateway.close();
      await k2.close();
    },
  };
}
