import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startElma365Emulator } from '../../src/elma365/elma365-emulator.js';
import { ADMIN, ORDER, ORDERS_VERSION_PATH, SEEDED_VIEW, TOKENS, elmaError, get, post, stateView, summary, updateResult } from './elma365-test-kit.js';

const emulator = useEmulator(() => startElma365Emulator({ tokens: TOKENS }));

describe('transport', () => {
  it('serves at a base URL ending in /pub/v1', () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pub\/v1$/);
  });

  it('answers 404 in ELMA365’s error body for an unknown path', async () => {
    expect(summary(await get(emulator, '/bpm/instance/bytemplate/orders/order_approval/nothing-here'))).toEqual(elmaError(404, 'Not found'));
  });

  it('answers 405 with an Allow header to GET on the version endpoint', async () => {
    const answer = await get(emulator, ORDERS_VERSION_PATH);

    expect([summary(answer), answer.headers['allow']]).toEqual([elmaError(405, 'Method not allowed'), 'POST']);
  });

  it('answers 405 with an Allow header to PUT on the get endpoint', async () => {
    const response = await fetch(`${emulator.url}/bpm/instance/${ORDER.wait1a}/get`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${ADMIN.token}` },
    });

    expect([response.status, response.headers.get('allow'), await response.text()]).toEqual([
      405,
      'GET, POST',
      '{"success":false,"error":"Method not allowed"}',
    ]);
  });

  it('records every request with its method, path, headers and body', async () => {
    await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait1a] });
    await get(emulator, `/bpm/instance/${ORDER.wait1a}/get?x=1`);

    expect(emulator.received.map((r) => [r.method, r.path, r.headers['authorization'], r.body])).toEqual([
      ['POST', '/pub/v1/bpm/instance/bytemplate/orders/order_approval/version', `Bearer ${ADMIN.token}`, `{"instanceIds":["${ORDER.wait1a}"]}`],
      ['GET', `/pub/v1/bpm/instance/${ORDER.wait1a}/get?x=1`, `Bearer ${ADMIN.token}`, ''],
    ]);
  });

  it('answers an injected fault instead of handling the request, changing nothing', async () => {
    emulator.injectFault({ status: 503, headers: { 'Content-Type': 'text/html' }, body: '<html>maintenance</html>' });

    const answer = await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true });

    expect([summary(answer), stateView(emulator), emulator.received.length]).toEqual([
      { status: 503, contentType: 'text/html', body: '<html>maintenance</html>' },
      SEEDED_VIEW,
      1,
    ]);
  });

  it('goes back to the seed on reset, forgetting requests and pending faults', async () => {
    await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true });
    emulator.injectFault({ status: 500 });

    emulator.reset();

    expect([stateView(emulator), emulator.received.length]).toEqual([SEEDED_VIEW, 0]);
    expect((await get(emulator, `/bpm/instance/${ORDER.wait1a}/get`)).status).toEqual(200);
  });

  it('serves the seed given in the options, and keeps its own copy of it', async () => {
    const seed = {
      processes: [{ namespace: 'crm', code: 'deal', name: 'Deal', versions: [2, 5] }],
      instances: [
        { id: 'c0c00003-0000-4000-8000-000000000001', namespace: 'crm', code: 'deal', state: 'wait' as const, version: 2, name: 'Deal 1', createdAt: '2026-01-01T00:00:00.000Z' },
      ],
    };
    const own = await startElma365Emulator({ tokens: TOKENS, seed });
    try {
      seed.instances.length = 0;
      const answer = await post(own, '/bpm/instance/bytemplate/crm/deal/version', { updateAllActive: true });
      own.reset();

      expect([summary(answer), [...own.state.instances.values()].map((i) => `${i.id}@v${i.version}`)]).toEqual([
        updateResult(1, 0, ['c0c00003-0000-4000-8000-000000000001']),
        ['c0c00003-0000-4000-8000-000000000001@v2'],
      ]);
    } finally {
      await own.close();
    }
  });
});
