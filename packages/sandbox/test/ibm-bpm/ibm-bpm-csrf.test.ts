import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIbmBpmEmulator, type IbmBpmEmulator } from '../../src/index.js';

const ADMIN = { username: 'admin', password: 'pw', admin: true };
const basic = `Basic ${Buffer.from('admin:pw').toString('base64')}`;

describe('IBM emulator in CSRF mode', () => {
  let ibm: IbmBpmEmulator;
  let origin: string;
  beforeAll(async () => {
    ibm = await startIbmBpmEmulator({ users: [ADMIN], csrf: true });
    origin = new URL(ibm.url).origin;
  });
  afterAll(() => ibm.close());

  const login = (body: string | undefined, authorization = basic) =>
    fetch(`${origin}/bpm/system/login`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body });
  const read = (token?: string) =>
    fetch(`${ibm.url}/process/23972`, { headers: { authorization: basic, ...(token ? { BPMCSRFToken: token } : {}) } });

  it('hands out a token at /bpm/system/login for the documented body', async () => {
    const res = await login(JSON.stringify({ 'refresh-groups': false, 'requested-lifetime': 7200 }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ csrf_token: expect.stringMatching(/^[A-Za-z0-9_-]{20,}$/), expiration: 7200 });
  });

  it('refuses a call without the token, or with one it never handed out, with 403 CWTBG0651E', async () => {
    for (const res of [await read(), await read('forged')]) {
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('CWTBG0651E');
    }
  });

  it('accepts a call with a live token, and refuses it once the token expired', async () => {
    const { csrf_token: token } = (await (await login('{}')).json()) as { csrf_token: string };
    expect((await read(token)).status).toBe(200);
    ibm.expireCsrfTokens();
    expect((await read(token)).status).toBe(403);
  });

  it('needs Basic credentials and a JSON body to log in', async () => {
    expect((await login('{}', 'Basic bm86bm8=')).status).toBe(401);
    expect((await login(undefined)).status).toBe(400);
  });
});
