import { request as httpRequest, Agent } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { summary, toAnswer } from './emulator-kit.js';
import { STUB_MAX_BODY_BYTES, startStubEmulator } from './stub-emulator.js';

const emulator = useEmulator(() => startStubEmulator());

const UPDATE = '<update>é</update>';

function send(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(emulator.url + path, init);
}

describe('recording and connections', () => {
  it('records every request in order, with method, path, query, headers and the exact body', async () => {
    await send('/first');
    await send('/second?x=1&y', { method: 'PUT', headers: { Authorization: 'Basic eDp5', 'Content-Type': 'text/xml; charset=utf-8' }, body: UPDATE });

    expect(
      emulator.received.map((r) => ({
        method: r.method,
        path: r.path,
        authorization: r.headers['authorization'],
        contentType: r.headers['content-type'],
        body: r.body,
      })),
    ).toEqual([
      { method: 'GET', path: '/stub/first', authorization: undefined, contentType: undefined, body: '' },
      { method: 'PUT', path: '/stub/second?x=1&y', authorization: 'Basic eDp5', contentType: 'text/xml; charset=utf-8', body: UPDATE },
    ]);
  });

  it('keeps connections alive between requests', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const reused: boolean[] = [];
    for (let i = 0; i < 2; i++) {
      reused.push(
        await new Promise<boolean>((resolve, reject) => {
          const req = httpRequest(`${emulator.url}/instance`, { agent }, (res) => {
            res.resume();
            res.on('end', () => resolve(req.reusedSocket));
          });
          req.on('error', reject);
          req.end();
        }),
      );
    }
    agent.destroy();

    expect(reused).toEqual([false, true]);
  });

  it('closes promptly while an idle keep-alive connection is open', async () => {
    const own = await startStubEmulator();
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(`${own.url}/instance`, { agent }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end();
    });

    const started = Date.now();
    await own.close();
    agent.destroy();

    expect(Date.now() - started < 1000).toEqual(true);
  });

  it('forgets received requests, pending faults and pending actions on reset', async () => {
    await send('/update', { method: 'PUT', body: UPDATE });
    emulator.injectFault({ status: 500 });
    let acted = 0;
    emulator.onceBefore('PUT', () => acted++);

    emulator.reset();

    expect(emulator.received.length).toEqual(0);
    expect([(await send('/update', { method: 'PUT', body: UPDATE })).status, acted]).toEqual([200, 0]);
  });

  it('serves at a base URL ending in its base path, with its server headers on every answer but a fault', async () => {
    emulator.injectFault({ status: 503 });

    const faulted = await send('/anything');
    const normal = await send('/anything');

    expect([/^http:\/\/127\.0\.0\.1:\d+\/stub$/.test(emulator.url), faulted.headers.get('server'), normal.headers.get('server')]).toEqual([
      true,
      null,
      'stub',
    ]);
  });
});

describe('request bodies', () => {
  it('refuses a body declared larger than the limit with 413, unread, and closes the connection', async () => {
    const answer = await toAnswer(await send('/update', { method: 'PUT', body: 'x'.repeat(STUB_MAX_BODY_BYTES + 1) }));

    expect({ ...summary(answer), connection: answer.headers['connection'], handled: emulator.handled }).toEqual({
      status: 413,
      contentType: 'text/plain',
      body: `RequestEntityTooLarge: the body exceeds ${STUB_MAX_BODY_BYTES} bytes`,
      connection: 'close',
      handled: [],
    });
  });

  it('refuses a chunked body once it grows past the limit with 413, keeping only what was read', async () => {
    const chunk = new TextEncoder().encode('y'.repeat(1024 * 1024));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 7; i++) controller.enqueue(chunk);
        controller.close();
      },
    });

    const response = await send('/update', { method: 'PUT', body, duplex: 'half' } as RequestInit);

    expect([response.status, emulator.received[0]?.headers['transfer-encoding']]).toEqual([413, 'chunked']);
    expect((emulator.received[0]?.body.length ?? 0) <= STUB_MAX_BODY_BYTES).toEqual(true);
    await response.text();
  });
});

describe('the vendor code behind it', () => {
  it("writes a thrown vendor failure with the vendor's error body and the failure's headers", async () => {
    const answer = await toAnswer(await send('/refuse'));

    expect({ ...summary(answer), retryAfter: answer.headers['retry-after'] }).toEqual({
      status: 409,
      contentType: 'text/plain',
      body: 'Refused: not now',
      retryAfter: '1',
    });
  });

  it('answers anything else thrown with 500 InternalError', async () => {
    expect(summary(await toAnswer(await send('/crash')))).toEqual({
      status: 500,
      contentType: 'text/plain',
      body: 'InternalError: the emulator failed: boom',
    });
  });

  it('runs an onceBefore action once, just before the next request with its method is handled', async () => {
    const seen: string[] = [];
    emulator.onceBefore('PUT', () => seen.push(`acted after ${emulator.handled.length} handled`));

    await send('/read');
    await send('/write', { method: 'PUT', body: 'one' });
    await send('/write', { method: 'PUT', body: 'two' });

    expect(seen).toEqual(['acted after 1 handled']);
  });
});
