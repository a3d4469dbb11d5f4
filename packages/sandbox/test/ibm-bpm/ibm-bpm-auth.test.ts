import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startIbmBpmEmulator } from '../../src/ibm-bpm/ibm-bpm-emulator.js';
import { ADMIN, ERRORS, PIID, READER, USERS, get, jsonSummary, putVariables, snapshot, wrappedError, type Answer } from './ibm-bpm-test-kit.js';

const emulator = useEmulator(() => startIbmBpmEmulator({ users: USERS }));

const ACTIVE = PIID.Active;
const UPDATE = { variables: { approved: true } };

function challenge(answer: Answer) {
  return {
    status: answer.status,
    wwwAuthenticate: answer.headers['www-authenticate'],
    contentType: answer.headers['content-type'],
    contentLength: answer.headers['content-length'],
    body: answer.body,
  };
}

const UNAUTHORIZED = {
  status: 401,
  wwwAuthenticate: 'Basic realm="defaultWIMFileBasedRealm"',
  contentType: undefined,
  contentLength: '0',
  body: '',
};

describe('HTTP Basic', () => {
  it('answers 401 with an empty body and a Basic challenge when credentials are missing, changing nothing', async () => {
    const before = snapshot(emulator, ACTIVE);

    const answer = await putVariables(emulator, ACTIVE, UPDATE, { user: null });

    expect([challenge(answer), snapshot(emulator, ACTIVE)]).toEqual([UNAUTHORIZED, before]);
  });

  it('answers 401 when the password is wrong', async () => {
    const answer = await get(emulator, `/process/${ACTIVE}`, { user: { username: ADMIN.username, password: 'guess' } });

    expect(challenge(answer)).toEqual(UNAUTHORIZED);
  });

  it('answers 401 for an unknown user', async () => {
    const answer = await get(emulator, `/process/${ACTIVE}`, { user: { username: 'nobody', password: ADMIN.password } });

    expect(challenge(answer)).toEqual(UNAUTHORIZED);
  });

  it('answers 401 for a scheme other than Basic', async () => {
    const answer = await get(emulator, `/process/${ACTIVE}`, { user: null, headers: { Authorization: 'Bearer abc' } });

    expect(challenge(answer)).toEqual(UNAUTHORIZED);
  });

  it('answers 401 before 404, as a container that requires authentication does', async () => {
    const answer = await get(emulator, '/nowhere', { user: null });

    expect(challenge(answer)).toEqual(UNAUTHORIZED);
  });

  it('accepts a password that contains a colon', async () => {
    expect(ADMIN.password).toContain(':');

    const answer = await get(emulator, `/process/${ACTIVE}`);

    expect(answer.status).toEqual(200);
  });
});

describe('admins only, for allVariables', () => {
  it('refuses a user who is not an admin with 403 CWTBG0549E, changing nothing', async () => {
    const before = snapshot(emulator, ACTIVE);

    const answer = await putVariables(emulator, ACTIVE, UPDATE, { user: READER });

    expect([jsonSummary(answer), snapshot(emulator, ACTIVE), emulator.state.updates]).toEqual([wrappedError(ERRORS.notAuthorized()), before, []]);
  });

  it('checks the caller before the instance id, so a non-admin learns nothing about instances', async () => {
    const answers = [
      await putVariables(emulator, 'asd', UPDATE, { user: READER }),
      await putVariables(emulator, '123456', UPDATE, { user: READER }),
    ];

    expect(answers.map((a) => a.status)).toEqual([403, 403]);
  });

  it('lets a user who is not an admin read an instance', async () => {
    const answer = await get(emulator, `/process/${ACTIVE}`, { user: READER });

    expect(answer.status).toEqual(200);
  });

  it('lets a user who is not an admin read instances in bulk', async () => {
    const answer = await get(emulator, `/process?action=getdetails&instanceIds=${ACTIVE}`, { user: READER });

    expect(answer.status).toEqual(200);
  });

  it('records who made an update', async () => {
    const other = { username: 'ops', password: 'x', admin: true };
    const own = await startIbmBpmEmulator({ users: [other] });
    try {
      await putVariables(own, ACTIVE, UPDATE, { user: other });

      expect(own.state.updates).toEqual([{ piid: ACTIVE, serverId: null, username: 'ops' }]);
    } finally {
      await own.close();
    }
  });
});
