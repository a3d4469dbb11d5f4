import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startElma365Emulator } from '../../src/elma365/elma365-emulator.js';
import { ADMIN, ORDER, ORDERS_VERSION_PATH, ORDINARY, SEEDED_VIEW, TOKENS, elmaError, get, post, stateView, summary, updateResult, type Answer } from './elma365-test-kit.js';

const emulator = useEmulator(() => startElma365Emulator({ tokens: TOKENS }));

function unauthorized(answer: Answer) {
  return { ...summary(answer), challenge: answer.headers['www-authenticate'] };
}

const UNAUTHORIZED = { ...elmaError(401, 'Unauthorized'), challenge: 'Bearer' };

describe('API tokens', () => {
  it('answers 401 to a request without a token and changes nothing', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true }, { token: null });

    expect([unauthorized(answer), stateView(emulator)]).toEqual([UNAUTHORIZED, SEEDED_VIEW]);
  });

  it('answers 401 to an unknown token', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true }, { token: { token: 'guess', user: 'x', admin: true } });

    expect(unauthorized(answer)).toEqual(UNAUTHORIZED);
  });

  it('answers 401 to a known token under another scheme', async () => {
    const answer = await get(emulator, `/bpm/instance/${ORDER.wait1a}/get`, { token: null, headers: { Authorization: `Basic ${ADMIN.token}` } });

    expect(unauthorized(answer)).toEqual(UNAUTHORIZED);
  });

  it('answers 401 to a reading request without a token', async () => {
    const answer = await get(emulator, `/bpm/instance/${ORDER.wait1a}/get`, { token: null });

    expect(unauthorized(answer)).toEqual(UNAUTHORIZED);
  });

  it('answers 401 before 404 on an unknown path', async () => {
    const answer = await get(emulator, '/nowhere', { token: null });

    expect(unauthorized(answer)).toEqual(UNAUTHORIZED);
  });

  it('takes the scheme name in any case', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait1a] }, {
      token: null,
      headers: { Authorization: `bearer ${ADMIN.token}` },
    });

    expect(summary(answer)).toEqual(updateResult(1, 0, [ORDER.wait1a]));
  });

  it('lets an administrator’s token update', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait1a] }, { token: ADMIN });

    expect(answer.status).toEqual(200);
  });

  it('answers 403 to an ordinary user’s token on a bulk update, with the document’s text', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait1a] }, { token: ORDINARY });

    expect([summary(answer), stateView(emulator)]).toEqual([
      elmaError(403, 'Only a system administrator can perform bulk update of process instances'),
      SEEDED_VIEW,
    ]);
  });

  it('lets an ordinary user’s token read an instance', async () => {
    const answer = await get(emulator, `/bpm/instance/${ORDER.wait1a}/get`, { token: ORDINARY });

    expect(answer.status).toEqual(200);
  });
});
