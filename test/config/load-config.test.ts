import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { loadConfigFile, parseConfig } from '../../src/config/load-config.js';

const k2 = { id: 'k2', vendor: 'k2', baseUrl: 'https://k2.acme.com/K2Services', auth: { type: 'basic', username: 'ACME\\svc', password: '${K2_PASSWORD}' } };

async function file(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bpm-config-'));
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('reads the YAML of DESIGN.md, substituting ${ENV} and filling defaults', async () => {
    const path = await file('gateway.yaml', `server:
  port: 4100
backends:
  - id: k2
    vendor: k2
    baseUrl: https://k2.acme.com/K2Services
    auth: { type: basic, username: 'ACME\\svc-k2', password: '\${K2_PASSWORD}' }
    timeoutMs: 5000
`);
    const config = await loadConfigFile(path, { K2_PASSWORD: 's3cr3t' });
    expect(config).toEqual({
      server: {
        port: 4100, host: '127.0.0.1', bodyLimitBytes: 1048576, federationTraces: false, auth: { type: 'none' }, workers: 1,
        timeouts: { headersMs: 10000, requestMs: 30000, idleMs: 5000 },
        limits: { maxDepth: 12, maxAliases: 30, maxTokens: 5000, maxCost: 5000, maxOperationCost: 20000, maxVendorCalls: 300, maxBatchedOperations: 1 },
      },
      idempotency: { windowMs: 86400000, maxEntries: 10000, maxBytes: 67108864, maxBytesPerCaller: 16777216 },
      // On by default, in a SQLite file under dataDir (each test file's own, from BPM_GATEWAY_DATA_DIR).
      dataDir: process.env.BPM_GATEWAY_DATA_DIR,
      audit: { enabled: true, retainDays: 90, recordValues: false, maxQueue: 10000, auditorRoles: ['auditor'] },
      // Jobs in a SQLite file under dataDir unless redisUrl is set.
      jobs: { concurrency: 2, redisPrefix: 'bpm-gateway', lockMs: 30000 },
      backends: [{
        id: 'k2', vendor: 'k2', baseUrl: 'https://k2.acme.com/K2Services',
        auth: { type: 'basic', username: 'ACME\\svc-k2', password: 's3cr3t' },
        timeoutMs: 5000, maxResponseBytes: 10485760, connections: 64, csrf: false,
        resilience: { maxConcurrent: 64, maxQueued: 1000, breakerFailureRatio: 0.5, breakerMinimumCalls: 20, breakerWindowMs: 10000, breakerHalfOpenAfterMs: 10000, retries: 2, retryInitialDelayMs: 100 },
      }],
    });
  });

  it('reads JSON too', async () => {
    const path = await file('gateway.json', JSON.stringify({ backends: [k2] }));
    expect((await loadConfigFile(path, { K2_PASSWORD: 'x' })).backends[0]!.timeoutMs).toBe(15000);
  });

  it('lets PORT override server.port', () => {
    expect(parseConfig({ server: { port: 1 }, backends: [k2] }, 'f', { K2_PASSWORD: 'x', PORT: '4321' }).server.port).toBe(4321);
  });

  it('keeps $${NAME} as a literal ${NAME}', () => {
    const cfg = parseConfig({ backends: [{ ...k2, auth: { ...k2.auth, password: 'a$${B}c' } }] }, 'f', {});
    expect(cfg.backends[0]!.auth).toMatchObject({ password: 'a${B}c' });
  });

  it.each([
    ['an unset environment variable', { backends: [k2] }, {}, 'f.yaml: backends[0].auth.password: environment variable K2_PASSWORD is not set'],
    ['no backends', { backends: [] }, {}, 'f.yaml: backends: name at least one backend'],
    ['an unknown vendor', { backends: [{ ...k2, vendor: 'sap' }] }, { K2_PASSWORD: 'x' }, 'f.yaml: backends[0].vendor:'],
    ['credentials in the URL', { backends: [{ ...k2, baseUrl: 'https://u:p@k2.acme.com/' }] }, { K2_PASSWORD: 'x' }, 'f.yaml: backends[0].baseUrl: must not carry credentials'],
    ['a URL that is not http', { backends: [{ ...k2, baseUrl: 'ftp://k2' }] }, { K2_PASSWORD: 'x' }, 'f.yaml: backends[0].baseUrl: must use http or https'],
    ['a duplicate id', { backends: [k2, k2] }, { K2_PASSWORD: 'x' }, "f.yaml: backends[1].id: 'k2' is used twice"],
    ['bearer auth on K2', { backends: [{ ...k2, auth: { type: 'bearer', token: 't' } }] }, {}, 'f.yaml: backends[0].auth.type: k2 takes basic or ntlm auth'],
    ['forwarding the gateway credential with API keys on', { server: { auth: { type: 'apiKeys', keys: [{ id: 'a', sha256: 'a'.repeat(64) }] } }, backends: [{ ...k2, auth: { type: 'forward', headers: ['x-api-key'] } }] }, {}, "f.yaml: backends[0].auth.headers[0]: 'x-api-key' carries the caller's credential for the gateway (server.auth apiKeys)"],
    ['forwarding Authorization with JWT on', { server: { auth: { type: 'jwt', issuer: 'i', audience: 'a', jwksUrl: 'https://idp/jwks' } }, backends: [{ ...k2, auth: { type: 'forward', headers: ['authorization'] } }] }, {}, "f.yaml: backends[0].auth.headers[0]: 'authorization' carries the caller's credential for the gateway (server.auth jwt); forward a header of its own instead, e.g. {from: x-bpm-authorization, to: authorization}"],
    ['csrf on K2', { backends: [{ ...k2, csrf: true }] }, { K2_PASSWORD: 'x' }, 'f.yaml: backends[0].csrf: is an IBM BPM setting'],
    ['NTLM auth on CSA', { backends: [{ ...k2, vendor: 'csa', userIdentifier: '90d96588360da0c701360da0f1d5f483', auth: { type: 'ntlm', username: 'svc', password: 'x', domain: 'ACME' } }] }, {}, 'f.yaml: backends[0].auth.type: csa takes basic auth'],
    ['an NTLM user name with its domain', { backends: [{ ...k2, auth: { type: 'ntlm', username: 'ACME\\svc', password: 'x', domain: 'ACME' } }] }, {}, 'f.yaml: backends[0].auth.username: the user name alone; the domain goes in domain'],
    ['a misspelt key', { backends: [{ ...k2, timeout: 5 }] }, { K2_PASSWORD: 'x' }, 'f.yaml: backends[0]: unknown key "timeout" (did you mean "timeoutMs"?)'],
    ['a CSA backend without userIdentifier', { backends: [{ ...k2, vendor: 'csa' }] }, { K2_PASSWORD: 'x' }, 'f.yaml: backends[0].userIdentifier: CSA needs the id of the admin person'],
    ['a CSA userIdentifier that is not a CSA id', { backends: [{ ...k2, vendor: 'csa', userIdentifier: 'admin' }] }, { K2_PASSWORD: 'x' }, 'f.yaml: backends[0].userIdentifier: must be a CSA person id (32 hex digits)'],
    ['a userIdentifier on a K2 backend', { backends: [{ ...k2, userIdentifier: '90d96588360da0c701360da0f1d5f483' }] }, { K2_PASSWORD: 'x' }, 'f.yaml: backends[0].userIdentifier: is a CSA setting'],
    ['basic auth on ELMA365', { backends: [{ ...k2, vendor: 'elma365' }] }, { K2_PASSWORD: 'x' }, 'f.yaml: backends[0].auth.type: elma365 takes bearer auth'],
    ['no auth on a host beyond loopback', { server: { host: '0.0.0.0' }, backends: [k2] }, { K2_PASSWORD: 'x' }, "f.yaml: server.auth: without authentication the gateway listens on loopback only; host '0.0.0.0' needs server.auth"],
    ['a JWT config with both a JWKS URL and a key', { server: { auth: { type: 'jwt', jwksUrl: 'https://idp/jwks', publicKey: '-----BEGIN PUBLIC KEY-----', issuer: 'i', audience: 'a' } }, backends: [k2] }, { K2_PASSWORD: 'x' }, 'f.yaml: server.auth: give exactly one of jwksUrl and publicKey'],
    ['an API key that is not a SHA-256', { server: { auth: { type: 'apiKeys', keys: [{ id: 'fe', sha256: 'plain-key' }] } }, backends: [k2] }, { K2_PASSWORD: 'x' }, 'f.yaml: server.auth.keys[0].sha256: the hex SHA-256 of the key'],
    ['an access rule naming an unknown operation', { backends: [{ ...k2, access: [{ roles: ['ops'], operations: ['DELETE_EVERYTHING'] }] }] }, { K2_PASSWORD: 'x' }, 'f.yaml: backends[0].access[0].operations[0]:'],
    ['a bad PORT', { backends: [k2] }, { K2_PASSWORD: 'x', PORT: 'eighty' }, "PORT: 'eighty' is not a port number"],
  ])('refuses %s in one line naming the file and field', (_title, raw, env, expected) => {
    expect(problem(() => parseConfig(raw, 'f.yaml', env))).toContain(expected);
  });

  it('never puts a secret value into the error message', () => {
    const message = problem(() => parseConfig({ backends: [{ ...k2, auth: { type: 'basic', username: 'u', password: 12345678 } }] }, 'f.yaml', {}));
    expect(message).toContain('backends[0].auth.password');
    expect(message).not.toContain('12345678');
  });

  it('names the file when it cannot be read or parsed', async () => {
    await expect(loadConfigFile('/nonexistent/gw.yaml')).rejects.toThrow('/nonexistent/gw.yaml: cannot read the file (ENOENT)');
    const path = await file('bad.yaml', 'backends: [\n');
    await expect(loadConfigFile(path)).rejects.toThrow(`${path}: not valid YAML or JSON`);
  });
});
