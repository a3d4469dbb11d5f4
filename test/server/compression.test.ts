import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { SANDBOX_EXAMPLES } from '../../src/sandbox-mode/sandbox-examples.js';
import { memoryLogger } from '../support/memory-logger.js';

/** Answers are compressed when the client asks, and only then; GraphiQL's big files are cached for good. */
let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await startGateway(parseConfig({
    server: { port: 0 },
    backends: [{ id: 'k2', vendor: 'k2', baseUrl: 'http://127.0.0.1:9/K2Services', auth: { type: 'basic', username: 'u', password: 'p' } }],
  }, 'test', {}), { logger: memoryLogger().logger, examples: SANDBOX_EXAMPLES });
});
afterAll(() => gateway?.close());

// undici's request does not decompress: the bytes on the wire are what is measured.
const get = (path: string, headers: Record<string, string> = {}) => request(`${gateway.url}${path}`, { headers });
const page = (encoding?: string) => get('/graphql', { accept: 'text/html', ...(encoding ? { 'accept-encoding': encoding } : {}) });
const linked = (html: string) => [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="(\/graphiql\/assets\/[^"]+)"/g)].map((m) => m[1]!);

describe('the GraphiQL page', () => {
  it('is small HTML linking its script and style as content-named files; the first load, compressed, stays under 3 MB', async () => {
    const res = await page('br, gzip');
    expect(res.headers['content-encoding']).toBe('br');
    const htmlPacked = Buffer.from(await res.body.arrayBuffer());
    const html = brotliDecompressSync(htmlPacked).toString();
    expect(html.length).toBeLessThan(100_000);
    expect(html).toContain('mutation ApproveK2Task');
    const files = linked(html);
    expect(files.filter((f) => f.endsWith('.js'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('.css'))).toHaveLength(1);
    let transferred = htmlPacked.length;
    let unpacked = html.length;
    for (const file of files) {
      const asset = await get(file, { 'accept-encoding': 'gzip, deflate, br' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['content-encoding']).toBe('br');
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(asset.headers['vary']).toMatch(/accept-encoding/i);
      expect(asset.headers['content-type']).toMatch(file.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
      const body = Buffer.from(await asset.body.arrayBuffer());
      transferred += body.length;
      const plain = brotliDecompressSync(body);
      unpacked += plain.length;
      // The name is a hash of the content: a deploy with another GraphiQL gets new names.
      expect(file).toContain(createHash('sha256').update(plain).digest('base64url').slice(0, 22));
    }
    expect(unpacked).toBeGreaterThan(5_000_000);
    expect(transferred).toBeLessThan(3_000_000);
  });

  it('serves each file gzip-compressed or plain to clients that ask for that, the same bytes every way', async () => {
    const [js] = linked(await (await page()).body.text()).filter((f) => f.endsWith('.js'));
    const plain = await get(js!);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const plainBody = Buffer.from(await plain.body.arrayBuffer());
    const gz = await get(js!, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.body.arrayBuffer())).equals(plainBody)).toBe(true);
    expect(Number(plain.headers['content-length'])).toBe(plainBody.length);
  });

  it('answers a revalidation with 304 and no body, and an unknown file with 404', async () => {
    const [css] = linked(await (await page()).body.text()).filter((f) => f.endsWith('.css'));
    const etag = (await get(css!)).headers['etag'] as string;
    const again = await get(css!, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect((await again.body.arrayBuffer()).byteLength).toBe(0);
    const unknown = await get('/graphiql/assets/AAAAAAAAAAAAAAAAAAAAAA.js');
    expect(unknown.statusCode).toBe(404);
    await unknown.body.dump();
    const climbing = await get('/graphiql/assets/..%2F..%2Fpackage.json');
    expect(climbing.statusCode).toBe(404);
    await climbing.body.dump();
  });
});

it('a big GraphQL answer is compressed for a client that asks; a small one, or one to a client that does not ask, is sent as it is', async () => {
  const introspection = JSON.stringify({ query: '{ __schema { types { name description fields { name description } } } }' });
  const post = (body: string, headers: Record<string, string>) =>
    request(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const big = await post(introspection, { 'accept-encoding': 'gzip' });
  expect(big.headers['content-encoding']).toBe('gzip');
  expect(JSON.parse(gunzipSync(Buffer.from(await big.body.arrayBuffer())).toString())).toMatchObject({ data: { __schema: { types: expect.any(Array) } } });
  const unasked = await post(introspection, {});
  expect(unasked.headers['content-encoding']).toBeUndefined();
  await unasked.body.dump();
  const small = await post(JSON.stringify({ query: '{ backends { id } }' }), { 'accept-encoding': 'gzip' });
  expect(small.headers['content-encoding']).toBeUndefined();
  expect(await small.body.json()).toMatchObject({ data: { backends: [{ id: 'k2' }] } });
});
