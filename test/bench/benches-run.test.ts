import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

// Not timed: these only keep the benches from rotting (one second each, built by `npm test`).
const run = (script: string) => promisify(execFile)(process.execPath, [fileURLToPath(new URL(`../../dist/bench/${script}`, import.meta.url)), '--seconds', '1', '--concurrency', '4']);

it('npm run bench still runs and prints its five targets and ratios, on both workloads', async () => {
  const { stdout } = await run('gateway-bench.js');
  for (const workload of ['K2 updateTask (XML)', 'IBM updateAllVariables (JSON)']) expect(stdout).toContain(`\n${workload}\n`);
  expect(stdout.match(/^\(a\) emulator, direct +\d+ .* 0$/gm)).toHaveLength(2);
  expect(stdout.match(/^\(c\) gateway \(defaults, audit on\) +\d+ +[\d.]+ +[\d.]+ +\d+ +0$/gm)).toHaveLength(2);
  expect(stdout.match(/^c\/d \(audit on \/ off\): CPU per request \d+\.\d+/gm)).toHaveLength(2);
  expect(stdout.match(/^\(e\) the stack alone +\d+ +[\d.]+ +[\d.]+ +\d+ +0$/gm)).toHaveLength(2);
  expect(stdout.match(/^e\/b \(the stack alone over the bare hop\): throughput \d+\.\d+/gm)).toHaveLength(2);
}, 90_000);

it('npm run soak still runs and prints its figures', async () => {
  const { stdout } = await run('soak.js');
  expect(stdout).toMatch(/^requests: \d+ in /m);
  expect(stdout).toMatch(/^rss: start \d+ MiB/m);
}, 60_000);

it('npm run bench:audit still runs and prints its query times', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [fileURLToPath(new URL('../../dist/bench/audit-query.js', import.meta.url)), '--entries', '2000']);
  expect(stdout).toMatch(/^SQLite: 2000 entries written in [\d.]+ s \(lost 0\)$/m);
  expect(stdout).toMatch(/^SQLite caller \+ outcome +median [\d.]+ ms/m);
}, 120_000);
