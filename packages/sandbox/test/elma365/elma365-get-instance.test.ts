import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startElma365Emulator } from '../../src/elma365/elma365-emulator.js';
import { LEAVE, ORDER, ORDERS_VERSION_PATH, TOKENS, UNKNOWN_ID, elmaError, get, post, summary } from './elma365-test-kit.js';

const emulator = useEmulator(() => startElma365Emulator({ tokens: TOKENS }));

const WAIT1B_BODY = JSON.stringify({
  success: true,
  data: {
    __id: ORDER.wait1b,
    __name: 'Order ORD-1002',
    __createdAt: '2026-09-02T08:00:00.000Z',
    __state: 'wait',
    __version: 1,
    __templateNamespace: 'orders',
    __templateCode: 'order_approval',
  },
});

describe('GET and POST /bpm/instance/{id}/get', () => {
  it('answers GET with the instance under data', async () => {
    const answer = await get(emulator, `/bpm/instance/${ORDER.wait1b}/get`);

    expect(summary(answer)).toEqual({ status: 200, contentType: 'application/json', body: WAIT1B_BODY });
  });

  it('answers POST the same, whatever the body', async () => {
    const answer = await post(emulator, `/bpm/instance/${ORDER.wait1b}/get`, 'anything', { contentType: 'text/plain' });

    expect(summary(answer)).toEqual({ status: 200, contentType: 'application/json', body: WAIT1B_BODY });
  });

  it('finds an instance by its id in upper case', async () => {
    const answer = await get(emulator, `/bpm/instance/${ORDER.wait1b.toUpperCase()}/get`);

    expect(answer.body).toEqual(WAIT1B_BODY);
  });

  it('shows the version a bulk update moved the instance to', async () => {
    await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait1b] });

    const answer = await get(emulator, `/bpm/instance/${ORDER.wait1b}/get`);

    expect(JSON.parse(answer.body)).toEqual({ ...JSON.parse(WAIT1B_BODY), data: { ...JSON.parse(WAIT1B_BODY).data, __version: 3 } });
  });

  it('names the process of an instance of the other seeded process', async () => {
    const answer = await get(emulator, `/bpm/instance/${LEAVE.done1}/get`);

    expect(JSON.parse(answer.body)).toEqual({
      success: true,
      data: {
        __id: LEAVE.done1,
        __name: 'Leave: Dan, 2 days',
        __createdAt: '2026-10-04T09:30:00.000Z',
        __state: 'done',
        __version: 1,
        __templateNamespace: 'hr',
        __templateCode: 'leave_request',
      },
    });
  });

  it('answers 404 for an unknown id', async () => {
    expect(summary(await get(emulator, `/bpm/instance/${UNKNOWN_ID}/get`))).toEqual(elmaError(404, 'Process instance not found'));
  });

  it('answers 400 for an id that is not a UUID', async () => {
    expect(summary(await get(emulator, '/bpm/instance/42/get'))).toEqual(elmaError(400, 'Invalid request parameters'));
  });
});
