import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startCsaEmulator } from '../../src/csa/csa-emulator.js';
import {
  ADMIN,
  CONSUMER,
  OO_INBOUND,
  OTHER_TRANSPORT,
  TRANSPORT,
  TRANSPORT_USERS,
  get,
  instancePath,
  put,
  seededId,
  snapshot,
  stateBody,
  statePath,
  summary,
  xmlError,
  type Answer,
} from './csa-test-kit.js';

const emulator = useEmulator(() => startCsaEmulator({ transportUsers: TRANSPORT_USERS }));

const ID = seededId(4);
const COMPLETE = stateBody('<processInstanceState><name>COMPLETED</name></processInstanceState>');

function challenge(answer: Answer) {
  return { status: answer.status, wwwAuthenticate: answer.headers['www-authenticate'], contentLength: answer.headers['content-length'], body: answer.body };
}

const UNAUTHORIZED = { status: 401, wwwAuthenticate: 'Basic realm="CSA"', contentLength: '0', body: '' };

describe('HTTP Basic transport accounts', () => {
  it('answers 401 with a Basic challenge when credentials are missing, changing nothing', async () => {
    const answer = await put(emulator, statePath(ID), COMPLETE, { user: null });

    expect([challenge(answer), snapshot(emulator, ID).state]).toEqual([UNAUTHORIZED, 'ACTIVE']);
  });

  it('answers 401 when the password is wrong', async () => {
    const answer = await get(emulator, instancePath(ID), { user: { username: TRANSPORT.username, password: 'guess' } });

    expect(challenge(answer)).toEqual(UNAUTHORIZED);
  });

  it('answers 401 for a scheme other than Basic', async () => {
    const answer = await get(emulator, instancePath(ID), { user: null, headers: { Authorization: 'Bearer abc' } });

    expect(challenge(answer)).toEqual(UNAUTHORIZED);
  });

  it('answers 401 before 404, as a container that requires authentication does', async () => {
    const answer = await get(emulator, '/nowhere', { user: null });

    expect(challenge(answer)).toEqual(UNAUTHORIZED);
  });

  it("accepts the doc's csaTransportUser:csaTransportUser header as published", async () => {
    const answer = await get(emulator, instancePath(ID), { user: null, headers: { Authorization: 'Basic Y3NhVHJhbnNwb3J0VXNlcjpjc2FUcmFuc3BvcnRVc2Vy' } });

    expect(answer.status).toEqual(200);
  });

  it('accepts a password that contains a colon', async () => {
    expect(OTHER_TRANSPORT.password).toContain(':');

    const answer = await get(emulator, instancePath(ID), { user: OTHER_TRANSPORT });

    expect(answer.status).toEqual(200);
  });
});

describe('userIdentifier', () => {
  it('answers 400 when a GET has no userIdentifier', async () => {
    const answer = await get(emulator, `/processinstances/${ID}`);

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'query parameter userIdentifier is required'));
  });

  it('answers 400 when a PUT has an empty userIdentifier, changing nothing', async () => {
    const answer = await put(emulator, `/processinstances/${ID}?userIdentifier=&view=processinstancestate&scope=view&action=merge`, COMPLETE);

    expect([summary(answer), snapshot(emulator, ID).state]).toEqual([
      xmlError(400, 'InvalidRequest', 'query parameter userIdentifier is required'),
      'ACTIVE',
    ]);
  });

  it('answers 401 UserNotFound with a challenge for a userIdentifier nobody has', async () => {
    const answer = await get(emulator, instancePath(ID, '90d96588360da0c701360da0f1d5ffff'));

    expect({ ...summary(answer), wwwAuthenticate: answer.headers['www-authenticate'] }).toEqual({
      ...xmlError(401, 'UserNotFound', 'no user has userIdentifier 90d96588360da0c701360da0f1d5ffff'),
      wwwAuthenticate: 'Basic realm="CSA"',
    });
  });

  it('answers 403 AccessDenied to a person who is not an admin reading an instance', async () => {
    const answer = await get(emulator, instancePath(ID, CONSUMER));

    expect(summary(answer)).toEqual(
      xmlError(403, 'AccessDenied', 'the user identified by userIdentifier must have admin access; consumer (CSA_CONSUMER) does not'),
    );
  });

  it('answers 403 AccessDenied to a person who is not an admin updating an instance, changing nothing', async () => {
    const before = snapshot(emulator, ID);

    const answer = await put(emulator, statePath(ID, CONSUMER), COMPLETE);

    expect([answer.status, snapshot(emulator, ID)]).toEqual([403, before]);
  });

  it('lets either admin of the seed update', async () => {
    const answers = [await put(emulator, statePath(ID, ADMIN), COMPLETE), await put(emulator, statePath(ID, OO_INBOUND), COMPLETE)];

    expect(answers.map((a) => a.status)).toEqual([200, 200]);
  });

  it('checks the userIdentifier before the instance exists', async () => {
    const answer = await get(emulator, instancePath('unknown', CONSUMER));

    expect(answer.status).toEqual(403);
  });

  it('uses the people given in the options instead of the seed', async () => {
    const own = await startCsaEmulator({
      transportUsers: TRANSPORT_USERS,
      people: [{ id: 'ffffffffffffffffffffffffffffffff', organization: 'ACME', name: 'ops', admin: true }],
    });
    try {
      const answers = [await get(own, instancePath(ID, 'ffffffffffffffffffffffffffffffff')), await get(own, instancePath(ID, ADMIN))];

      expect(answers.map((a) => a.status)).toEqual([200, 401]);
    } finally {
      await own.close();
    }
  });
});
