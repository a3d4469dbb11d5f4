import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BackendHttpClient } from '../../src/http/backend-http-client.js';
import type { SessionAuth } from '../../src/http/session-auth.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';

let vendor: ScriptedServer;
let baseUrl: string;
const clients: BackendHttpClient[] = [];

beforeAll(async () => {
  vendor = await startScriptedServer();
  baseUrl = `${vendor.origin}/K2Services`;
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  vendor.dropConnections();
});
afterAll(() => vendor.close());

function client(overrides: Partial<ConstructorParameters<typeof BackendHttpClient>[0]> = {}): BackendHttpClient {
  const c = new BackendHttpClient({ backendId: 'k2', baseUrl, timeoutMs: 2000, maxResponseBytes: 1024, headers: { authorization: 'Basic c2VjcmV0' }, ...overrides });
  clients.push(c);
  return c;
}

describe('BackendHttpClient', () => {
  it('counts the vendor calls of one GraphQL request and refuses those beyond its budget, unsent', async () => {
    let calls = 0;
    vendor.handler = (_req, res) => { calls++; res.end('ok'); };
    const c = client();
    const context = { requestId: 'r', headers: {}, caller: 'caller:a', vendorCalls: 0, maxVendorCalls: 2 };
    const outcomes = await Promise.all([1, 2, 3].map(() => c.request({ method: 'GET', path: '/x', idempotent: true }, context)));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false]);
    expect(outcomes[2]).toMatchObject({ ok: false, failure: { kind: 'validation', field: null, message: expect.stringContaining('server.limits.maxVendorCalls') } });
    expect(calls).toBe(2);
  });

  it('does not count a session login nor the one repeat after a stale session against the budget: a request at its limit still succeeds', async () => {
    const seen: string[] = [];
    let valid = '';
    let logins = 0;
    vendor.handler = (req, res) => {
      seen.push(`${req.url} ${req.headers['x-token'] ?? '-'}`);
      if (req.url?.endsWith('/login')) return res.end((valid = `t${++logins}`));
      if (req.headers['x-token'] === valid) return res.end('ok');
      res.writeHead(403).end('stale');
    };
    let current: Record<string, string> | null = null;
    const session: SessionAuth = {
      async headers(call) {
        if (current) return { ok: true, value: current };
        const login = await call({ method: 'POST', path: '/login', idempotent: false });
        if (!login.ok) return login;
        return { ok: true, value: (current = { 'x-token': login.value.body }) };
      },
      refused: (res) => res.status === 403 && res.body === 'stale',
      forget: () => { current = null; },
      secretHeaders: ['x-token'],
    };
    const c = client({ session });
    const first = { requestId: 'r1', headers: {}, caller: 'caller:a', vendorCalls: 0, maxVendorCalls: 1 };
    expect(await c.request({ method: 'GET', path: '/x', idempotent: true }, first)).toMatchObject({ ok: true, value: { body: 'ok' } });
    valid = 'gone'; // the vendor ends the session
    const second = { ...first, requestId: 'r2', vendorCalls: 0 };
    expect(await c.request({ method: 'GET', path: '/x', idempotent: true }, second)).toMatchObject({ ok: true, value: { body: 'ok' } });
    expect([first.vendorCalls, second.vendorCalls]).toEqual([1, 1]);
    expect(seen).toEqual(['/K2Services/login -', '/K2Services/x t1', '/K2Services/x t1', '/K2Services/login -', '/K2Services/x t2']);
  });

  it('sends the method, base path + path, query, default and call headers, and body', async () => {
    let seen: { method?: string; url?: string; auth?: string; type?: string; body?: string } = {};
    vendor.handler = (req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen = { method: req.method, url: req.url, auth: req.headers.authorization, type: req.headers['content-type'], body };
        res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end('<ok/>');
      });
    };
    const out = await client().request({
      method: 'POST', path: '/REST.svc/Process', query: { a: '1', b: undefined, c: 'x y&z' },
      headers: { 'content-type': 'application/xml' }, body: '<x>é</x>', idempotent: true,
    });
    expect(out).toEqual({ ok: true, value: { status: 200, mediaType: 'application/xml', body: '<ok/>' } });
    expect(seen).toEqual({ method: 'POST', url: '/K2Services/REST.svc/Process?a=1&c=x+y%26z', auth: 'Basic c2VjcmV0', type: 'application/xml', body: '<x>é</x>' });
  });

  it('reuses pooled keep-alive connections instead of opening one per call', async () => {
    const ports = new Set<number>();
    vendor.handler = (req, res) => {
      ports.add(req.socket.remotePort!);
      res.end('ok');
    };
    const c = client();
    for (let i = 0; i < 10; i++) await c.request({ method: 'GET', path: '/', idempotent: true });
    // undici's pool may alternate between two idle sockets; without keep-alive there would be ten.
    expect(ports.size).toBeLessThanOrEqual(2);
  });

  it('answers a refused connection with a retryable BackendUnavailable failure', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const out = await client({ baseUrl: `http://127.0.0.1:${port}` }).request({ method: 'POST', path: '/', idempotent: false });
    expect(out).toEqual({ ok: false, failure: { kind: 'backend-unavailable', backend: 'k2', retryable: true, message: 'cannot connect to the backend (ECONNREFUSED)' } });
  });

  it('answers a reset connection as unavailable, retryable only when the call is safe to repeat', async () => {
    vendor.handler = (req) => req.socket.destroy();
    const unsafe = await client().request({ method: 'POST', path: '/', idempotent: false });
    expect(unsafe).toMatchObject({ ok: false, failure: { kind: 'backend-unavailable', retryable: false } });
    const safe = await client().request({ method: 'PUT', path: '/', idempotent: true });
    expect(safe).toMatchObject({ ok: false, failure: { kind: 'backend-unavailable', retryable: true } });
  });

  it('gives up on slow headers at the deadline', async () => {
    vendor.handler = (_req, res) => setTimeout(() => res.end('late'), 1500);
    const started = Date.now();
    const out = await client({ timeoutMs: 200 }).request({ method: 'POST', path: '/', idempotent: false });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(out).toEqual({ ok: false, failure: {
      kind: 'backend-unavailable', backend: 'k2', retryable: false,
      message: 'no complete answer from the backend within 200 ms; the call may have been applied, check before repeating it',
    } });
  });

  it('gives up on a body that stalls after the headers at the same deadline', async () => {
    vendor.handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.write('<DataFieldCollection>');
      setTimeout(() => res.end('</DataFieldCollection>'), 1500);
    };
    const started = Date.now();
    const out = await client({ timeoutMs: 200 }).request({ method: 'GET', path: '/', idempotent: true });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(out).toMatchObject({ ok: false, failure: { kind: 'backend-unavailable', retryable: true } });
  });

  it('refuses an answer larger than the cap, declared or streamed', async () => {
    vendor.handler = (_req, res) => res.end('x'.repeat(5000));
    expect(await client().request({ method: 'GET', path: '/', idempotent: true })).toEqual({ ok: false, failure: {
      kind: 'backend-error', backend: 'k2', message: "the backend's answer is larger than the 1024-byte limit",
    } });
    vendor.handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
      res.end();
    };
    expect(await client().request({ method: 'GET', path: '/', idempotent: true })).toMatchObject({ ok: false, failure: { kind: 'backend-error' } });
  });

  it('never puts the Authorization header into a failure', async () => {
    vendor.handler = (req) => req.socket.destroy();
    const out = await client().request({ method: 'POST', path: '/', idempotent: false });
    expect(JSON.stringify(out)).not.toContain('c2VjcmV0');
  });
});
