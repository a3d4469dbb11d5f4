import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listeningUrl } from '../support/listening-url.js';
import { MAIN } from '../support/spawned-program.js';

// `npm test` builds first; this runs the bundled program as `npm start` does, recording its imports.
const RECORDER = fileURLToPath(new URL('../support/record-imports.mjs', import.meta.url));

/** Starts the gateway, waits until /health answers, stops it, and returns every module URL it loaded. */
async function importsOf(args: string[]): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'imports-'));
  const file = join(dir, 'imports.txt');
  await writeFile(file, '');
  const child = spawn(process.execPath, ['--import', RECORDER, MAIN, ...args], { env: { ...process.env, PORT: '0', RECORD_IMPORTS_FILE: file } });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = listeningUrl(out);
      if (found) resolve(found);
    });
    void exited.then((code) => reject(new Error(`exited ${code}`)));
  });
  expect((await fetch(`${url}/health`)).status).toBe(200);
  child.kill('SIGTERM');
  await exited;
  return (await readFile(file, 'utf8')).split('\n').filter(Boolean);
}

// The emulators' package, and the gateway's own sandbox code: src/sandbox-mode, bundled as its chunks.
const emulatorModules = (urls: string[]) => urls.filter((u) => u.includes('/packages/sandbox/') || u.includes('/sandbox-mode/') || /\/dist\/bundle\/(start-sandbox|sandbox-examples)-[^/]*\.js$/.test(u));

describe('the emulators package', () => {
  it('is not loaded at all by a gateway started with --config', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'config-'));
    const config = join(dir, 'gateway.yaml');
    await writeFile(config, 'backends:\n  - id: k2\n    vendor: k2\n    baseUrl: http://127.0.0.1:9/K2Services\n    auth: { type: basic, username: u, password: p }\n');
    const urls = await importsOf(['--config', config]);
    expect(urls.some((u) => u.endsWith('/dist/bundle/main.js'))).toBe(true);
    expect(emulatorModules(urls)).toEqual([]);
  });

  it('is loaded in sandbox mode (the recording sees it when it is there)', async () => {
    const urls = await importsOf([]);
    expect(emulatorModules(urls).some((u) => u.endsWith('/packages/sandbox/dist/k2/k2-emulator.js'))).toBe(true);
  });
});
