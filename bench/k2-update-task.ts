import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_USER } from './bench-user.js';
import { runLoad, type LoadResult, type LoadSpec } from './load.js';

/**
 * `npm run bench`: the same K2 updateTask (sleep task 8_25 for an hour, repeatable) sent
 * (a) straight to the K2 emulator with undici and (b) through the gateway as GraphQL, under the
 * same concurrency, from a process apart from the servers'. Prints req/s, p50, p99 and b/a.
 */
const { values } = parseArgs({ options: { concurrency: { type: 'string', default: '32' }, seconds: { type: 'string', default: '10' } } });
const concurrency = Number(values.concurrency);
const seconds = Number(values.seconds);

const servers = spawn(process.execPath, [fileURLToPath(new URL('./bench-servers.js', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
const { k2, gateway } = await serverUrls(servers.stdout);

const k2Url = new URL(k2);
const direct: Omit<LoadSpec, 'concurrency' | 'seconds'> = {
  origin: k2Url.origin,
  path: `${k2Url.pathname}/SyncREST.svc/Task/Items/UpdateTask`,
  headers: {
    'content-type': 'application/xml; charset=utf-8',
    authorization: `Basic ${Buffer.from(`${BENCH_USER.username}:${BENCH_USER.password}`).toString('base64')}`,
  },
  body: '<?xml version="1.0" encoding="utf-8"?><t:UpdateTask xmlns:t="http://schemas.k2.com/task/d1" Action="s:3600"><t:Task SerialNumber="8_25"></t:Task></t:UpdateTask>',
  ok: (status: number) => status === 200,
};
const viaGateway: Omit<LoadSpec, 'concurrency' | 'seconds'> = {
  origin: gateway,
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { __typename ... on UpdateTaskSuccess { vendorAction } } }',
    variables: { input: { backend: 'k2', serialNumber: '8_25', action: { kind: 'SLEEP', sleepSeconds: 3600 } } },
  }),
  ok: (status: number, body: string) => status === 200 && body.includes('UpdateTaskSuccess'),
};

const warm = (spec: typeof direct) => runLoad({ ...spec, concurrency, seconds: 1 });
await warm(direct);
await warm(viaGateway);
const a = await runLoad({ ...direct, concurrency, seconds });
const b = await runLoad({ ...viaGateway, concurrency, seconds });
servers.kill('SIGTERM');

const row = (name: string, r: LoadResult) =>
  `${name.padEnd(26)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(2).padStart(9)} ${r.p99.toFixed(2).padStart(9)} ${String(r.errors).padStart(7)}`;
process.stdout.write([
  `K2 updateTask (s:3600 on 8_25), concurrency ${concurrency}, ${seconds} s each, ${cpus().length} CPUs, Node ${process.version}`,
  `${'target'.padEnd(26)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'errors'.padStart(7)}`,
  row('(a) K2 emulator, direct', a),
  row('(b) through the gateway', b),
  `ratio b/a: throughput ${(b.rps / a.rps).toFixed(2)}, p50 latency ${(b.p50 / a.p50).toFixed(2)}, p99 latency ${(b.p99 / a.p99).toFixed(2)}`,
  '',
].join('\n'));
if (a.errors || b.errors) process.exitCode = 1;

/** The servers' one JSON line with their URLs, whatever else they print before it. */
async function serverUrls(stdout: NodeJS.ReadableStream): Promise<{ k2: string; gateway: string }> {
  let text = '';
  for (;;) {
    const [chunk] = (await once(stdout, 'data')) as [Buffer];
    text += chunk.toString();
    for (const line of text.split('\n')) {
      if (!line.startsWith('{')) continue;
      const parsed = JSON.parse(line) as { k2?: string; gateway?: string };
      if (parsed.k2 && parsed.gateway) return { k2: parsed.k2, gateway: parsed.gateway };
    }
  }
}
