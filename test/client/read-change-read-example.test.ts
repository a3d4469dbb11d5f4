import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listeningUrl } from '../support/listening-url.js';
import { MAIN } from '../support/spawned-program.js';

// `npm test` builds first; this runs the README's client example exactly as a user would.
const EXAMPLE = fileURLToPath(new URL('../../dist/client/examples/read-change-read.js', import.meta.url));
const sandbox = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: '0' } });
let url: string;

beforeAll(async () => {
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    sandbox.stdout.on('data', (c) => {
      out += c;
      const found = listeningUrl(out);
      if (found) resolve(`${found}/graphql`);
    });
    sandbox.on('exit', (code) => reject(new Error(`sandbox exited ${code}`)));
  });
});
afterAll(() => { sandbox.kill('SIGTERM'); });

it('the typed client example reads an instance, changes it and reads the change back', async () => {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [EXAMPLE, url]);
  expect(stderr).toBe('');
  expect(stdout).toBe([
    'before: Order Handling:23972 is RUNNING, approved = false',
    'after: customerName = "ACME from the typed client", approved = true',
    '',
  ].join('\n'));
});
