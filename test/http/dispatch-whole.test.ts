import type { ServerResponse } from 'node:http';
import { Pool } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallDeadline, DeadlinePassed } from '../../src/http/call-deadline.js';
import { dispatchWhole } from '../../src/http/dispatch-whole.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';

let vendor: ScriptedServer;
let origin: string;
const hung: ServerResponse[] = [];

beforeAll(async () => {
  vendor = await startScriptedServer();
  origin = vendor.origin;
});
afterAll(async () => {
  for (const res of hung) res.destroy();
  await vendor.close();
});

const send = (pool: Pool, deadlineMs: number, path = '/') => {
  const deadline = new CallDeadline(deadlineMs);
  return dispatchWhole(pool, { method: 'POST', path, headers: { 'content-type': 'text/plain' }, body: 'ping', deadline }).finally(() => deadline.clear());
};

describe('dispatchWhole', () => {
  it('reads a body sent in many chunks, multi-byte characters split across them, with status and headers', async () => {
    const text = 'Grüße, 東京 & <x/> '.repeat(2000);
    const bytes = Buffer.from(text, 'utf8');
    vendor.handler = (req, res) => {
      req.resume();
      res.writeHead(201, { 'content-type': 'text/plain; charset=utf-8', 'x-two': ['a', 'b'] });
      // 7-byte writes: the multi-byte characters fall across chunk boundaries.
      for (let i = 0; i < bytes.length; i += 7) res.write(bytes.subarray(i, i + 7));
      res.end();
    };
    const pool = new Pool(origin);
    const answer = await send(pool, 5000);
    expect(answer.statusCode).toBe(201);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.headers['x-two']).toEqual(['a', 'b']);
    expect(answer.body).toBe(text);
    await pool.close();
  });

  it('drops a leading byte-order mark, as undici body.text() does', async () => {
    vendor.handler = (req, res) => { req.resume(); res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<a/>')])); };
    const pool = new Pool(origin);
    expect((await send(pool, 5000)).body).toBe('<a/>');
    await pool.close();
  });

  it('cuts an answer that stalls mid-body at the deadline, and the next call gets a new connection, not the cut one', async () => {
    vendor.handler = (req, res) => {
      req.resume();
      if (req.url === '/stall') { res.writeHead(200); res.write('half'); hung.push(res); return; }
      res.end('fine');
    };
    const pool = new Pool(origin, { connections: 1 });
    const before = vendor.connections;
    const started = performance.now();
    await expect(send(pool, 200, '/stall')).rejects.toBeInstanceOf(DeadlinePassed);
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await send(pool, 5000)).body).toBe('fine');
    expect(vendor.connections - before).toBe(2);
    await pool.close();
  });

  it('gives up at its deadline while it still waits in the pool queue behind a stalled call, not when a connection frees', async () => {
    vendor.handler = (req, res) => { req.resume(); hung.push(res); };
    const pool = new Pool(origin, { connections: 1 });
    const first = send(pool, 1000, '/stall');
    const started = performance.now();
    await expect(send(pool, 150, '/queued')).rejects.toBeInstanceOf(DeadlinePassed);
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(waited).toBeLessThan(1500);
    await expect(first).rejects.toBeInstanceOf(DeadlinePassed);
    await pool.destroy();
  });

  it('a call that gave up in the queue leaves the connection it would have used alone: the next call reuses it', async () => {
    const before = vendor.connections;
    vendor.handler = (req, res) => { req.resume(); setTimeout(() => res.end(req.url), req.url === '/slow' ? 300 : 0); };
    const pool = new Pool(origin, { connections: 1 });
    const slow = send(pool, 5000, '/slow');
    await expect(send(pool, 100, '/queued')).rejects.toBeInstanceOf(DeadlinePassed);
    expect((await slow).body).toBe('/slow');
    expect((await send(pool, 5000, '/after')).body).toBe('/after');
    expect(vendor.connections - before).toBe(1);
    await pool.close();
  });

  it('refuses at once a call whose deadline already passed, sending nothing', async () => {
    let requests = 0;
    vendor.handler = (req, res) => { requests++; req.resume(); res.end(); };
    const pool = new Pool(origin);
    const deadline = new CallDeadline(0);
    await new Promise((r) => setTimeout(r, 10));
    await expect(dispatchWhole(pool, { method: 'GET', path: '/', headers: {}, body: undefined, deadline })).rejects.toBeInstanceOf(DeadlinePassed);
    expect(requests).toBe(0);
    await pool.close();
  });

  it('passes on what the pool refuses (an answer over maxResponseSize) as the pool\'s error', async () => {
    vendor.handler = (req, res) => { req.resume(); res.end('x'.repeat(10_000)); };
    const pool = new Pool(origin, { maxResponseSize: 1000 });
    await expect(send(pool, 5000)).rejects.toMatchObject({ code: 'UND_ERR_RES_EXCEEDED_MAX_SIZE' });
    await pool.close();
  });
});
