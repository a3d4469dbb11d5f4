import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { startK2Emulator, type K2Emulator } from '@bpm-gateway/sandbox';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { memoryLogger } from '../support/memory-logger.js';

const K2_USER = { username: 'svc', password: 'k2-pw', canWrite: true };
const ISSUER = 'https://idp.acme.test/';
const AUDIENCE = 'bpm-gateway';
const ACCESS = [
  { roles: ['approver'], operations: ['UPDATE_TASK', 'READ_TASK', 'READ_PROCESS_INSTANCE'] },
  { roles: ['viewer'], operations: ['READ_TASK', 'READ_PROCESS_INSTANCE'] },
];

let k2: K2Emulator;
let keys: Awaited<ReturnType<typeof generateKeyPair>>;
let jwtGateway: RunningGateway;
let jwksGateway: RunningGateway;
let keyGateway: RunningGateway;
let forwardGateway: RunningGateway;
/** API keys for the gateway, and the vendor's credential in a header of its own. */
let mappedGateway: RunningGateway;
let jwks: Server;

const k2Backend = (extra: Record<string, unknown> = {}) => ({ id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', username: K2_USER.username, password: K2_USER.password }, ...extra });
const start = (server: Record<string, unknown>, backend: Record<string, unknown>) =>
  startGateway(parseConfig({ server: { port: 0, ...server }, backends: [backend] }, 'test', {}), { logger: memoryLogger().logger });

beforeAll(async () => {
  k2 = await startK2Emulator({ users: [K2_USER] });
  keys = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256' };
  jwks = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
  const jwtAuth = { type: 'jwt', issuer: ISSUER, audience: AUDIENCE };
  jwtGateway = await start({ auth: { ...jwtAuth, publicKey: await exportSPKI(keys.publicKey) } }, k2Backend({ access: ACCESS }));
  jwksGateway = await start({ auth: { ...jwtAuth, jwksUrl: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json` } }, k2Backend({ access: ACCESS }));
  keyGateway = await start({
    auth: { type: 'apiKeys', keys: [{ id: 'frontend', sha256: createHash('sha256').update('key-frontend-123').digest('hex'), roles: ['viewer'] }] },
  }, k2Backend({ access: ACCESS }));
  forwardGateway = await start({}, k2Backend({ auth: { type: 'forward', headers: ['authorization'] } }));
  mappedGateway = await start(
    { auth: { type: 'apiKeys', keys: [{ id: 'app', sha256: createHash('sha256').update('key-app-123').digest('hex'), roles: ['viewer'] }] } },
    k2Backend({ auth: { type: 'forward', headers: [{ from: 'x-bpm-authorization', to: 'authorization' }] } }),
  );
});
afterAll(async () => {
  await Promise.all([jwtGateway, jwksGateway, keyGateway, forwardGateway, mappedGateway].map((g) => g?.close()));
  await k2.close();
  jwks.close();
});
beforeEach(() => k2.reset());

const token = (claims: Record<string, unknown>, opts: { issuer?: string; audience?: string; expires?: string } = {}) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('alice').setIssuedAt()
    .setIssuer(opts.issuer ?? ISSUER).setAudience(opts.audience ?? AUDIENCE).setExpirationTime(opts.expires ?? '5m').sign(keys.privateKey);

const post = async (gateway: RunningGateway, query: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, Record<string, unknown>>; errors?: { message: string; extensions?: { code?: string } }[] } };
};
const APPROVE = 'mutation { updateTask(input: {backend: "k2", serialNumber: "8_25", action: {kind: ACTION, name: "Approve"}}) { __typename ... on BpmError { message errorBackend: backend } } }';
const READ = '{ processInstance(backend: "k2", id: "8") { __typename } }';

describe('JWT callers', () => {
  it('refuses a request without a token with HTTP 401, before anything of the schema is seen', async () => {
    for (const query of [READ, '{ __schema { types { name } } }', '{ nosuchfield }']) {
      expect(await post(jwtGateway, query)).toEqual({ status: 401, body: { errors: [{ message: 'authentication required', extensions: { code: 'UNAUTHENTICATED' } }] } });
    }
  });

  it('refuses every other road to GraphQL without a token: an encoded path, a GET that also accepts HTML, a batch', async () => {
    const encoded = await fetch(`${jwtGateway.url}/%67raphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: APPROVE }) });
    expect(encoded.status).toBe(401);
    const get = await fetch(`${jwtGateway.url}/graphql?query=${encodeURIComponent(READ)}`, { headers: { accept: 'application/json, text/html', 'apollo-require-preflight': '1' } });
    expect(get.status).toBe(401);
    const batch = await fetch(`${jwtGateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: READ }]) });
    expect([401, 400]).toContain(batch.status);
    expect(k2.received).toHaveLength(0);
    // The GraphiQL page itself still loads: it holds no schema.
    expect((await fetch(`${jwtGateway.url}/graphql`, { headers: { accept: 'text/html' } })).status).toBe(200);
  });

  it.each([
    ['a token without a subject', () => new SignJWT({ roles: ['approver'] }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuedAt().setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('5m').sign(keys.privateKey)],
    ['an expired token', () => token({ roles: ['approver'] }, { expires: '-1m' })],
    ['another issuer', () => token({ roles: ['approver'] }, { issuer: 'https://evil.test/' })],
    ['another audience', () => token({ roles: ['approver'] }, { audience: 'someone-else' })],
    ['a forged signature', async () => `${(await token({ roles: ['approver'] })).slice(0, -4)}AAAA`],
    ['garbage', async () => 'not.a.jwt'],
  ])('refuses %s with 401', async (_title, make) => {
    expect((await post(jwtGateway, READ, { authorization: `Bearer ${await make()}` })).status).toBe(401);
  });

  it('a PEM key serves every allowed algorithm of its type: a PS256 token signed with the RSA key is accepted', async () => {
    const ps256 = await new SignJWT({ roles: ['viewer'] }).setProtectedHeader({ alg: 'PS256' }).setSubject('alice').setIssuedAt().setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('5m').sign(await importPKCS8(await exportPKCS8(keys.privateKey), 'PS256'));
    expect((await post(jwtGateway, READ, { authorization: `Bearer ${ps256}` })).body.data?.processInstance).toEqual({ __typename: 'ProcessInstance' });
  });

  it('a token of an algorithm the key cannot serve (ES256 on an RSA key) is 401, never a 503 outage', async () => {
    const ec = await generateKeyPair('ES256');
    const es256 = await new SignJWT({ roles: ['viewer'] }).setProtectedHeader({ alg: 'ES256' }).setSubject('mallory').setIssuedAt().setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('5m').sign(ec.privateKey);
    for (let i = 0; i < 3; i++) expect((await post(jwtGateway, READ, { authorization: `Bearer ${es256}` })).status).toBe(401);
  });

  it('answers a caller whose role does not allow the operation with PermissionDeniedError, sending nothing', async () => {
    const { body } = await post(jwtGateway, APPROVE, { authorization: `Bearer ${await token({ roles: ['viewer'] })}` });
    expect(body.data?.updateTask).toEqual({ __typename: 'PermissionDeniedError', message: "caller 'alice' may not run UPDATE_TASK on backend 'k2'", errorBackend: null });
    expect(k2.received).toHaveLength(0);
  });

  it('refuses a dry run to a caller who may not run the real call, sending nothing', async () => {
    const dryRun = APPROVE.replace('action: {kind: ACTION, name: "Approve"}', 'action: {kind: ACTION, name: "Approve"}, dryRun: true');
    const { body } = await post(jwtGateway, dryRun, { authorization: `Bearer ${await token({ roles: ['viewer'] })}` });
    expect(body.data?.updateTask).toEqual({ __typename: 'PermissionDeniedError', message: "caller 'alice' may not run UPDATE_TASK on backend 'k2'", errorBackend: null });
    expect(k2.received).toHaveLength(0);
  });

  it('lets a caller with the right role (or OAuth scope) through', async () => {
    expect((await post(jwtGateway, APPROVE, { authorization: `Bearer ${await token({ roles: ['approver'] })}` })).body.data?.updateTask).toEqual({ __typename: 'UpdateTaskSuccess' });
    expect((await post(jwtGateway, READ, { authorization: `Bearer ${await token({ scope: 'openid viewer' })}` })).body.data?.processInstance).toEqual({ __typename: 'ProcessInstance' });
  });

  it('verifies tokens against a JWKS URL too', async () => {
    expect((await post(jwksGateway, READ, { authorization: `Bearer ${await token({ roles: ['viewer'] })}` })).body.data?.processInstance).toEqual({ __typename: 'ProcessInstance' });
    expect((await post(jwksGateway, READ, { authorization: 'Bearer x.y.z' })).status).toBe(401);
  });

  it('answers 503, not 401, while the JWKS cannot be fetched', async () => {
    const down = await start({ auth: { type: 'jwt', issuer: ISSUER, audience: AUDIENCE, jwksUrl: 'http://127.0.0.1:9/jwks.json' } }, k2Backend());
    try {
      const r = await post(down, READ, { authorization: `Bearer ${await token({ roles: ['viewer'] })}` });
      expect(r.status).toBe(503);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('AUTH_UNAVAILABLE');
    } finally {
      await down.close();
    }
  });

  it('keeps introspection off outside the sandbox, the subgraph SDL too, and does not suggest field names', async () => {
    const auth = { authorization: `Bearer ${await token({ roles: ['viewer'] })}` };
    const schema = await post(jwtGateway, '{ __schema { types { name } } }', auth);
    expect(schema.body.errors?.[0]?.message).toMatch(/introspection/i);
    const sdl = await post(jwtGateway, '{ _service { sdl } }', auth);
    expect(sdl.body.errors?.[0]?.message).toBe('the subgraph SDL is not served while introspection is off');
    const typo = await post(jwtGateway, '{ backendz { id } }', auth);
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('operations endpoints with auth on', () => {
  it('keep /health open, and show /ready and /metrics only to callers who prove who they are', async () => {
    expect((await fetch(`${keyGateway.url}/health`)).status).toBe(200);
    expect((await fetch(`${keyGateway.url}/ready`)).status).toBe(401);
    expect((await fetch(`${keyGateway.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${keyGateway.url}/metrics`, { headers: { 'x-api-key': 'key-frontend-123' } })).status).toBe(200);
  });
});

describe('API-key callers', () => {
  it('takes the key as x-api-key or as a Bearer token, with the roles the config gives it', async () => {
    expect((await post(keyGateway, READ, { 'x-api-key': 'key-frontend-123' })).body.data?.processInstance).toEqual({ __typename: 'ProcessInstance' });
    expect((await post(keyGateway, READ, { authorization: 'Bearer key-frontend-123' })).body.data?.processInstance).toEqual({ __typename: 'ProcessInstance' });
    expect((await post(keyGateway, APPROVE, { 'x-api-key': 'key-frontend-123' })).body.data?.updateTask).toMatchObject({ __typename: 'PermissionDeniedError' });
  });

  it('refuses a wrong key with 401', async () => {
    expect((await post(keyGateway, READ, { 'x-api-key': 'key-frontend-124' })).status).toBe(401);
  });
});

describe('credential forwarding', () => {
  it("passes the caller's own Authorization to the vendor, and no other header of the caller's", async () => {
    const basic = `Basic ${Buffer.from(`${K2_USER.username}:${K2_USER.password}`).toString('base64')}`;
    const { body } = await post(forwardGateway, READ, { authorization: basic, 'x-internal-secret': 'do-not-forward', cookie: 'session=abc' });
    expect(body.data?.processInstance).toEqual({ __typename: 'ProcessInstance' });
    expect(k2.received[0]!.headers.authorization).toBe(basic);
    expect(k2.received[0]!.headers['x-internal-secret']).toBeUndefined();
    expect(k2.received[0]!.headers.cookie).toBeUndefined();
  });

  it('with auth on, maps a header of the caller\'s own to the vendor\'s Authorization; the gateway credential stays behind', async () => {
    const basic = `Basic ${Buffer.from(`${K2_USER.username}:${K2_USER.password}`).toString('base64')}`;
    const { body } = await post(mappedGateway, READ, { authorization: 'Bearer key-app-123', 'x-bpm-authorization': basic });
    expect(body.data?.processInstance).toEqual({ __typename: 'ProcessInstance' });
    expect(k2.received[0]!.headers.authorization).toBe(basic);
    expect(k2.received[0]!.headers['x-bpm-authorization']).toBeUndefined();
    expect(JSON.stringify(k2.received[0]!.headers)).not.toContain('key-app-123');
  });

  it("answers a caller without credentials with the vendor's AuthenticationError", async () => {
    expect((await post(forwardGateway, READ)).body.data?.processInstance).toEqual({ __typename: 'AuthenticationError' });
  });
});
