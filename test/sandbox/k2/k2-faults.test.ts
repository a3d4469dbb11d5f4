import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startK2Emulator, type K2Emulator } from '../../../src/sandbox/k2/k2-emulator.js';
import { UPDATE_TASK_PATH, USERS, WRITER, basicAuth, post, updateTaskXml } from './k2-test-kit.js';

let emulator: K2Emulator;
beforeAll(async () => {
  emulator = await startK2Emulator({ users: USERS });
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const APPROVE = updateTaskXml('8_25', 'a:Approve');

function approve(): Promise<Response> {
  return fetch(emulator.url + UPDATE_TASK_PATH, {
    method: 'POST',
    headers: { Authorization: basicAuth(WRITER), 'Content-Type': 'application/xml' },
    body: APPROVE,
  });
}

describe('injected faults', () => {
  it('answers with the injected status, headers and body instead of handling the request', async () => {
    emulator.injectFault({ status: 503, headers: { 'Content-Type': 'text/html', 'Retry-After': '5' }, body: '<html>down</html>' });

    const answer = await post(emulator, UPDATE_TASK_PATH, APPROVE);

    expect({
      status: answer.status,
      contentType: answer.headers['content-type'],
      retryAfter: answer.headers['retry-after'],
      body: answer.body,
    }).toEqual({ status: 503, contentType: 'text/html', retryAfter: '5', body: '<html>down</html>' });
    expect([emulator.state.tasks.get('8_25')?.status, emulator.received.map((r) => r.body)]).toEqual(['Available', [APPROVE]]);
  });

  it('can lie with a 200 that did nothing', async () => {
    emulator.injectFault({ status: 200 });

    const answer = await post(emulator, UPDATE_TASK_PATH, APPROVE);

    expect([answer.status, answer.body, emulator.state.tasks.get('8_25')?.status]).toEqual([200, '', 'Available']);
  });

  it('applies to the next `count` requests, then normal handling resumes', async () => {
    emulator.injectFault({ status: 500, body: 'boom' }, 2);

    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(emulator, UPDATE_TASK_PATH, APPROVE)).status);

    expect(statuses).toEqual([500, 500, 200]);
  });

  it('delays the headers by delayMs', async () => {
    emulator.injectFault({ delayMs: 300, status: 504 });
    const started = Date.now();

    const response = await approve();

    expect([response.status, Date.now() - started >= 290]).toEqual([504, true]);
  });

  it('sends the headers, then stalls the body for bodyDelayMs', async () => {
    emulator.injectFault({ status: 200, headers: { 'Content-Type': 'application/xml' }, body: '<late/>', bodyDelayMs: 500 });
    const started = Date.now();

    const response = await approve();
    const headersAfter = Date.now() - started;
    const body = await response.text();
    const bodyAfter = Date.now() - started;

    expect({ status: response.status, body, headersFast: headersAfter < 400, bodyLate: bodyAfter >= 490 }).toEqual({
      status: 200,
      body: '<late/>',
      headersFast: true,
      bodyLate: true,
    });
  });

  it('resets the connection without answering when destroy is set', async () => {
    emulator.injectFault({ destroy: true });

    const outcome = await approve().then(
      (r) => `answered ${r.status}`,
      (error: unknown) => (error instanceof Error && (error.cause as { code?: string } | undefined)?.code) || String(error),
    );

    expect([outcome, emulator.received.length, emulator.state.tasks.get('8_25')?.status]).toEqual(['ECONNRESET', 1, 'Available']);
  });

  it('does not keep close() waiting on a stalled fault', async () => {
    const own = await startK2Emulator({ users: USERS });
    own.injectFault({ delayMs: 60_000, status: 200 });
    const pending = fetch(own.url + UPDATE_TASK_PATH, {
      method: 'POST',
      headers: { Authorization: basicAuth(WRITER), 'Content-Type': 'application/xml' },
      body: APPROVE,
    }).then(
      () => 'answered',
      () => 'failed',
    );
    while (own.received.length === 0) await new Promise((r) => setTimeout(r, 10));

    const started = Date.now();
    await own.close();

    expect([Date.now() - started < 1000, await pending]).toEqual([true, 'failed']);
  });
});
