import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, CompressedAssets, splitPage } from '../../src/server/page-assets.js';

const big = (fill: string) => fill.repeat(20_000);

describe('splitPage', () => {
  it('moves large inline styles and scripts into content-named files, keeping small ones and external ones inline', () => {
    const style = big('a{color:red}');
    const script = big('var x=1;');
    const html = `<html><head><style>${style}</style><style>.small{}</style></head><body><script src="/x.js"></script><script>${script}</script><script>tiny()</script></body></html>`;
    const { html: out, assets } = splitPage(html, '/assets/');
    expect(assets.size).toBe(2);
    const [css, js] = [...assets.values()];
    expect(css!.body.toString()).toBe(style);
    expect(js!.body.toString()).toBe(script);
    expect(css!.contentType).toMatch(/^text\/css/);
    expect(js!.contentType).toMatch(/^text\/javascript/);
    // The name is the content: a change of content is a change of name.
    expect(js!.name).toBe(`${createHash('sha256').update(script).digest('base64url').slice(0, 22)}.js`);
    expect(out).toBe(`<html><head><link rel="stylesheet" href="/assets/${css!.name}"><style>.small{}</style></head><body><script src="/x.js"></script><script src="/assets/${js!.name}"></script><script>tiny()</script></body></html>`);
  });

  it('keeps the page\'s own start-up call inline, after its file, attributes kept on both', () => {
    const code = big('function f(){}');
    const html = `<script type="text/javascript">${code};\nApp.start({"tabs":["</x>"]});</script>`;
    const { html: out, assets } = splitPage(html, '/a/', 'App.start(');
    const [js] = [...assets.values()];
    expect(js!.body.toString()).toBe(`${code};\n`);
    expect(out).toBe(`<script type="text/javascript" src="/a/${js!.name}"></script><script type="text/javascript">App.start({"tabs":["</x>"]});</script>`);
  });

  it('ends a script where an HTML parser ends it, at the first </script>', () => {
    const html = `<script>${big('a();')}</script><p>${'<'}/p><script>${big('b();')}</SCRIPT >`;
    const { assets, html: out } = splitPage(html, '/a/');
    expect([...assets.values()].map((a) => a.body.toString())).toEqual([big('a();'), big('b();')]);
    expect(out).toContain('<p></p>');
  });

  it('keeps non-ASCII text byte for byte', () => {
    const text = big('"Zürich ✓ 東京";');
    const [js] = [...splitPage(`<script>${text}</script>`, '/').assets.values()];
    expect(js!.body.equals(Buffer.from(text, 'utf8'))).toBe(true);
  });
});

describe('chooseEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['BR', 'br'],
    ['*', 'gzip'],
    ['deflate', 'identity'],
    ['gzip;q=0', 'identity'],
  ] as const)('Accept-Encoding %j gets %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('CompressedAssets', () => {
  const asset = { name: 'x.js', contentType: 'text/javascript', body: Buffer.from(big('var ünicode = 1;')) };

  it('compresses each asset once per encoding and the result decompresses to the asset', async () => {
    const packed = new CompressedAssets();
    const [br1, br2] = await Promise.all([packed.body(asset, 'br'), packed.body(asset, 'br')]);
    expect(br1).toBe(br2);
    expect(brotliDecompressSync(br1).equals(asset.body)).toBe(true);
    expect(gunzipSync(await packed.body(asset, 'gzip')).equals(asset.body)).toBe(true);
    expect(await packed.body(asset, 'identity')).toBe(asset.body);
    expect(br1.length).toBeLessThan(asset.body.length / 10);
  });
});
