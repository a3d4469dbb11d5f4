import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { DEFAULT_MAX_BODY_BYTES, startElma365Emulator } from '../../src/elma365/elma365-emulator.js';
import { ADMIN, ORDER, ORDERS_VERSION_PATH, ORDINARY, SEEDED_VIEW, TOKENS, elmaError, post, stateView, summary } from './elma365-test-kit.js';

const emulator = useEmulator(() => startElma365Emulator({ tokens: TOKENS }));

const INVALID = elmaError(400, 'Invalid request parameters');

describe('bulk version update refusals', () => {
  it.each([
    ['text that is not JSON', '{"instanceIds": ['],
    ['an empty body', ''],
    ['a JSON array', `["${ORDER.wait1a}"]`],
    ['a JSON string', '"instanceIds"'],
    ['JSON null', 'null'],
    ['an object with neither mode', '{}'],
    ['updateAllActive: false alone', '{"updateAllActive": false}'],
    ['both modes', `{"updateAllActive": true, "instanceIds": ["${ORDER.wait1a}"]}`],
    ['updateAllActive as a string', '{"updateAllActive": "true"}'],
    ['updateAllActive as a number', '{"updateAllActive": 1}'],
    ['unselectedIds without updateAllActive', `{"unselectedIds": ["${ORDER.wait1a}"]}`],
    ['unselectedIds beside updateAllActive: false', `{"updateAllActive": false, "unselectedIds": ["${ORDER.wait1a}"], "instanceIds": []}`],
    ['unselectedIds beside instanceIds', `{"instanceIds": ["${ORDER.wait1a}"], "unselectedIds": []}`],
    ['instanceIds that is not an array', `{"instanceIds": "${ORDER.wait1a}"}`],
    ['instanceIds: null', '{"instanceIds": null}'],
    ['an instance id that is not a UUID', `{"instanceIds": ["${ORDER.wait1a}", "order-1"]}`],
    ['an instance id that is a number', '{"instanceIds": [42]}'],
    ['a UUID without hyphens', `{"instanceIds": ["${ORDER.wait1a.replaceAll('-', '')}"]}`],
    ['a UUID in braces', `{"instanceIds": ["{${ORDER.wait1a}}"]}`],
    ['an unselected id that is not a UUID', '{"updateAllActive": true, "unselectedIds": ["x"]}'],
    ['unselectedIds that is not an array', '{"updateAllActive": true, "unselectedIds": {}}'],
    ['an unknown field', `{"instanceIds": ["${ORDER.wait1a}"], "force": true}`],
  ])('answers 400 to %s and changes nothing', async (_case, body) => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, body);

    expect([summary(answer), stateView(emulator)]).toEqual([INVALID, SEEDED_VIEW]);
  });

  it('refuses the defective doc example’s "instances" field with 400, as the request model names only instanceIds', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { instances: [ORDER.wait1b] });

    expect([summary(answer), stateView(emulator)]).toEqual([INVALID, SEEDED_VIEW]);
  });

  it('refuses "instances" beside instanceIds too, rather than ignore it', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait1a], instances: [ORDER.wait1b] });

    expect([summary(answer), stateView(emulator)]).toEqual([INVALID, SEEDED_VIEW]);
  });

  it('answers 400 to a body that is not UTF-8', async () => {
    const answer = await fetch(emulator.url + ORDERS_VERSION_PATH, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN.token}`, 'Content-Type': 'application/json' },
      body: Buffer.concat([Buffer.from('{"instanceIds":["'), Buffer.from([0xff]), Buffer.from('"]}')]),
    });

    expect([answer.status, await answer.text()]).toEqual([400, '{"success":false,"error":"Invalid request parameters"}']);
  });

  it('answers 404 "Process not found" for an unknown namespace', async () => {
    const answer = await post(emulator, '/bpm/instance/bytemplate/sales/order_approval/version', { updateAllActive: true });

    expect(summary(answer)).toEqual(elmaError(404, 'Process not found'));
  });

  it('answers 404 "Process not found" for an unknown process code', async () => {
    const answer = await post(emulator, '/bpm/instance/bytemplate/orders/order_rejection/version', { instanceIds: [ORDER.wait1a] });

    expect([summary(answer), stateView(emulator)]).toEqual([elmaError(404, 'Process not found'), SEEDED_VIEW]);
  });

  it('answers 403 with the document’s text to an ordinary user’s token', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true }, { token: ORDINARY });

    expect([summary(answer), stateView(emulator)]).toEqual([
      elmaError(403, 'Only a system administrator can perform bulk update of process instances'),
      SEEDED_VIEW,
    ]);
  });

  it('answers 403 before looking at the body or the process', async () => {
    const answer = await post(emulator, '/bpm/instance/bytemplate/no/such/version', 'not json', { token: ORDINARY, contentType: 'text/plain' });

    expect(answer.status).toEqual(403);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['application/xml', 'application/xml'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['no Content-Type', null],
  ])('answers 415 to a body sent as %s', async (_case, contentType) => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true }, { contentType });

    expect([summary(answer), stateView(emulator)]).toEqual([
      elmaError(415, 'Unsupported media type: the request body must be application/json'),
      SEEDED_VIEW,
    ]);
  });

  it('checks the body (400) before the process (404)', async () => {
    const answer = await post(emulator, '/bpm/instance/bytemplate/no/such/version', { instances: [] });

    expect(summary(answer)).toEqual(INVALID);
  });

  it('answers 413 to a body over the default 1 MiB, closing the connection', async () => {
    const body = JSON.stringify({ instanceIds: [ORDER.wait1a], pad: 'x'.repeat(DEFAULT_MAX_BODY_BYTES) });

    const answer = await post(emulator, ORDERS_VERSION_PATH, body);

    expect([summary(answer), answer.headers['connection']]).toEqual([elmaError(413, 'the body exceeds 1048576 bytes'), 'close']);
  });

  it('answers 413 above the maxBodyBytes given in the options', async () => {
    const own = await startElma365Emulator({ tokens: TOKENS, maxBodyBytes: 100 });
    try {
      const fits = await post(own, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait1a] });
      const tooBig = await post(own, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait1a, ORDER.wait1b, ORDER.wait2a] });

      expect([fits.status, summary(tooBig)]).toEqual([200, elmaError(413, 'the body exceeds 100 bytes')]);
    } finally {
      await own.close();
    }
  });
});
