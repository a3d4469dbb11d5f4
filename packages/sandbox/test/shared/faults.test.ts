import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { toAnswer } from './emulator-kit.js';
import { startStubEmulator, type StubEmulator } from './stub-emulator.js';

const emulator = useEmulator(() => startStubEmulator());

const UPDATE = '<update/>';

function update(target: StubEmulator = emulator): Promise<Response> {
  return fetch(target.url + '/update', { method: 'PUT', headers: { 'Content-Type': 'application/xml' }, body: UPDATE });
}

describe('injected faults', () => {
  it('answers with the injected status, headers and body instead of handling the request', async () => {
    emulator.injectFault({ status: 503, headers: { 'Content-Type': 'text/html', 'Retry-After': '5' }, body: '<html>down</html>' });

    const answer = await toAnswer(await update());

    expect({
      status: answer.status,
      contentType: answer.headers['content-type'],
      retryAfter: answer.headers['retry-after'],
      body: answer.body,
    }).toEqual({ status: 503, contentType: 'text/html', retryAfter: '5', body: '<html>down</html>' });
    expect([emulator.handled, emulator.received.map((r) => r.body)]).toEqual([[], [UPDATE]]);
  });

  it('resets the connection mid-body after the bytes it was told to send', async () => {
    emulator.injectFault({ status: 200, headers: { 'Content-Type': 'application/xml' }, body: '<a>' + 'x'.repeat(5000) + '</a>', resetAfterBytes: 100 });

    const res = await update();
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    expect(emulator.handled).toEqual([]);
  });

  it('can lie with a 200 that did nothing', async () => {
    emulator.injectFault({ status: 200 });

    const answer = await toAnswer(await update());

    expect([answer.status, answer.body, emulator.handled]).toEqual([200, '', []]);
  });

  it('applies to the next `count` requests, then normal handling resumes', async () => {
    emulator.injectFault({ status: 500, body: 'boom' }, 2);

    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await toAnswer(await update())).status);

    expect(statuses).toEqual([500, 500, 200]);
  });

  it('delays the headers by delayMs', async () => {
    emulator.injectFault({ delayMs: 300, status: 504 });
    const started = Date.now();

    const response = await update();

    expect([response.status, Date.now() - started >= 290]).toEqual([504, true]);
  });

  it('sends the headers, then stalls the body for bodyDelayMs', async () => {
    emulator.injectFault({ status: 200, headers: { 'Content-Type': 'application/xml' }, body: '<late/>', bodyDelayMs: 500 });
    const started = Date.now();

    const response = await update();
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

    const outcome = await update().then(
      (r) => `answered ${r.status}`,
      (error: unknown) => (error instanceof Error && (error.cause as { code?: string } | undefined)?.code) || String(error),
    );

    expect([outcome, emulator.received.length, emulator.handled]).toEqual(['ECONNRESET', 1, []]);
  });

  it('does not keep close() waiting on a stalled fault', async () => {
    const own = await startStubEmulator();
    own.injectFault({ delayMs: 60_000, status: 200 });
    const pending = update(own).then(
      () => 'answered',
      () => 'failed',
    );
    while (own.received.length === 0) await new Promise((r) => setTimeout(r, 10));

    const started = Date.now();
    await own.close();

    expect([Date.now() - started < 1000, await pending]).toEqual([true, 'failed']);
  });
});
