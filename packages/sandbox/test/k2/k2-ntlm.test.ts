import { Client } from 'undici';
import { createType1Message, createType3Message, parseType2Message } from 'httpntlm/ntlm.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startK2Emulator, type K2Emulator } from '../../src/index.js';
import { hmacMd5, ntHash } from '../../src/shared/ntlm-authority.js';

const USER = { username: 'ACME\\svc-k2', password: 'pässwörd:K2', canWrite: true };
const PATH = '/K2Services/REST.svc/Process/Instances(8)';

describe('NTLM hashes, against the MS-NLMP examples (4.2.2 and 4.2.4)', () => {
  it('NT hash of "Password" and NTOWFv2 of User/Domain', () => {
    expect(ntHash('Password').toString('hex')).toBe('a4f49c406510bdcab6824ee7c30fd852');
    expect(hmacMd5(ntHash('Password'), Buffer.from('USERDomain', 'utf16le')).toString('hex')).toBe('0c868a403bfd7a93a3001ef22ef02e3f');
  });
});

describe('K2 emulator in NTLM mode, driven by an NTLM client library', () => {
  let k2: K2Emulator;
  let client: Client;
  beforeAll(async () => {
    k2 = await startK2Emulator({ users: [USER], auth: 'ntlm' });
    client = new Client(new URL(k2.url).origin);
  });
  afterAll(async () => { await client.close(); await k2.close(); });

  const get = async (authorization?: string) => {
    const res = await client.request({ method: 'GET', path: PATH, headers: authorization ? { authorization } : {} });
    await res.body.text();
    return { status: res.statusCode, challenge: res.headers['www-authenticate'] as string | undefined };
  };
  const handshake = async (password: string) => {
    const first = await get(createType1Message({ domain: 'ACME' }));
    expect(first.status).toBe(401);
    expect(first.challenge).toMatch(/^NTLM [A-Za-z0-9+/=]{40,}$/);
    const type2 = parseType2Message(first.challenge!, (e) => { throw e; })!;
    return get(createType3Message(type2, { username: 'svc-k2', password, domain: 'ACME' }));
  };

  it('refuses Basic and asks for NTLM', async () => {
    expect(await get(`Basic ${Buffer.from(`${USER.username}:${USER.password}`).toString('base64')}`)).toEqual({ status: 401, challenge: 'NTLM' });
    expect(await get()).toEqual({ status: 401, challenge: 'NTLM' });
  });

  it('accepts a right NTLMv2 answer, and the connection stays authenticated without a header', async () => {
    expect((await handshake(USER.password)).status).toBe(200);
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(200);
    expect(k2.ntlmHandshakes).toBe(1);
  });

  it('refuses a wrong password, and the connection is no longer authenticated', async () => {
    expect(await handshake('not-it')).toEqual({ status: 401, challenge: 'NTLM' });
    expect((await get()).status).toBe(401);
  });

  it('a connection the server closed must authenticate again', async () => {
    expect((await handshake(USER.password)).status).toBe(200);
    k2.dropIdleConnections();
    await new Promise((r) => setTimeout(r, 50));
    expect((await get()).status).toBe(401);
  });

  it('an authenticate message without a challenge first is refused', async () => {
    const foreign = new Client(new URL(k2.url).origin);
    const type1 = await client.request({ method: 'GET', path: PATH, headers: { authorization: createType1Message({}) } });
    await type1.body.text();
    const type2 = parseType2Message(type1.headers['www-authenticate'] as string, (e) => { throw e; })!;
    const res = await foreign.request({ method: 'GET', path: PATH, headers: { authorization: createType3Message(type2, { username: 'svc-k2', password: USER.password, domain: 'ACME' }) } });
    await res.body.text();
    expect(res.statusCode).toBe(401);
    await foreign.close();
  });
});
