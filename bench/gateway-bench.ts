import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { WORKLOADS, type Workload } from './bench-workloads.js';
import { combineLoads, runLoad, type LoadResult, type LoadSpec } from './load.js';
import { cpuSeconds, startBenchProcess, type BenchProcess } from './middle-process.js';

/**
 * `npm run bench [-- --concurrency 16 --seconds 10]`: each workload sent, under the same
 * closed-loop concurrency from this process, (a) straight to the emulator, (b) through a bare
 * node:http + undici hop making the same vendor call, (c) through the gateway with its defaults,
 * audit trail included, (d) the same gateway with audit off (each of the two as two processes
 * taking turns), and (e) the stack alone (fastify and Apollo Server with a one-resolver schema
 * making the same call). Every server is a process of its own; the CPU of each middle comes from
 * the OS. Prints req/s, p50, p99, CPU µs per request, the ratios the goals are stated in, and
 * what the stack itself costs over the bare hop.
 */
const { values } = parseArgs({ options: { concurrency: { type: 'string', default: '16' }, seconds: { type: 'string', default: '10' } } });
const concurrency = Number(values.concurrency);
const seconds = Number(values.seconds);

/** Turns each target takes; see measureInterleaved. */
const ROUNDS = 10;

interface Row { name: string; load: LoadResult; cpuMicros: number | null }

const dataDir = mkdtempSync(join(tmpdir(), 'bpm-bench-'));
const vendors = await startBenchProcess<{ k2: string; ibm: string }>('./bench-vendors.js');
const processes: BenchProcess<unknown>[] = [vendors];
try {
  // Two processes of each gateway, taking the rounds in turn: two processes of one build differ
  // by up to 10 % in CPU per request (JIT and memory layout), which one process would put on
  // the audit's account.
  const gateways = (audit: 'on' | 'off') => Promise.all([1, 2].map((n) => startBenchProcess<{ url: string }>('./bench-gateway.js', [vendors.ready.k2, vendors.ready.ibm, audit, join(dataDir, `${audit}-${n}`)])));
  const gateway = await gateways('on');
  const gatewayNoAudit = await gateways('off');
  processes.push(...gateway, ...gatewayNoAudit);
  const lines = [`concurrency ${concurrency}, ${seconds} s per target, ${cpus().length} CPUs, Node ${process.version}`];
  for (const workload of WORKLOADS) {
    const vendorUrl = vendors.ready[workload.vendor];
    const hop = await startBenchProcess<{ url: string }>('./bare-hop.js', [workload.vendor, vendorUrl]);
    const stack = await startBenchProcess<{ url: string }>('./stack-floor.js', [workload.vendor, vendorUrl]);
    processes.push(hop, stack);
    const rows = await measureInterleaved([
      { name: '(a) emulator, direct', ends: [{ spec: directSpec(workload, vendorUrl), middle: null }] },
      { name: '(b) bare node:http + undici hop', ends: [through(workload, hop)] },
      { name: '(c) gateway (defaults, audit on)', ends: gateway.map((g) => through(workload, g)) },
      { name: '(d) gateway, audit off', ends: gatewayNoAudit.map((g) => through(workload, g)) },
      { name: '(e) the stack alone', ends: [through(workload, stack)] },
    ]);
    await Promise.all([hop.stop(), stack.stop()]);
    lines.push('', workload.name, table(rows), ratios(rows));
    if (rows.some((r) => r.load.errors)) process.exitCode = 1;
  }
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await Promise.all(processes.map((p) => p.stop()));
  rmSync(dataDir, { recursive: true, force: true });
}

/** A process a target's load goes to (none for the emulator itself), and the load. */
interface End { spec: Omit<LoadSpec, 'concurrency' | 'seconds'>; middle: BenchProcess<unknown> | null }
/** A target: one or more processes of the same kind, taking its rounds in turn. */
interface Target { name: string; ends: readonly End[] }

function through(workload: Workload, middle: BenchProcess<{ url: string }>): End {
  return { spec: graphqlSpec(workload, middle.ready.url), middle };
}

/**
 * Every target warmed up (JIT, pools), then measured in ROUNDS turns taken in order, each a
 * share of `seconds`: a drift of the machine (another tenant, a slow minute) falls on all of
 * them alike instead of on whichever ran last.
 */
async function measureInterleaved(targets: readonly Target[]): Promise<Row[]> {
  for (const end of targets.flatMap((t) => t.ends)) await runLoad({ ...end.spec, concurrency, seconds: Math.min(3, seconds) });
  const runs = targets.map(() => [] as LoadResult[]);
  const cpu = targets.map(() => 0);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, t] of targets.entries()) {
      const end = t.ends[round % t.ends.length]!;
      const pid = end.middle?.child.pid;
      const before = pid ? cpuSeconds(pid) : 0;
      runs[i]!.push(await runLoad({ ...end.spec, concurrency, seconds: seconds / ROUNDS }));
      if (pid) cpu[i]! += cpuSeconds(pid) - before;
    }
  }
  return targets.map((t, i) => {
    const load = combineLoads(runs[i]!);
    return { name: t.name, load, cpuMicros: t.ends[0]!.middle ? (cpu[i]! * 1e6) / load.requests : null };
  });
}

function directSpec(workload: Workload, vendorUrl: string): Omit<LoadSpec, 'concurrency' | 'seconds'> {
  const call = workload.call(vendorUrl);
  return { origin: new URL(vendorUrl).origin, path: call.path, method: call.method, headers: call.headers, body: call.body, ok: (status) => call.ok(status) };
}

function graphqlSpec(workload: Workload, url: string): Omit<LoadSpec, 'concurrency' | 'seconds'> {
  return {
    origin: url,
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(workload.graphql),
    ok: (status, body) => status === 200 && body.includes(workload.success),
  };
}

function table(rows: Row[]): string {
  const head = `${'target'.padEnd(34)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'CPU µs/req'.padStart(11)} ${'errors'.padStart(7)}`;
  return [head, ...rows.map(({ name, load, cpuMicros }) =>
    `${name.padEnd(34)} ${load.rps.toFixed(0).padStart(7)} ${load.p50.toFixed(2).padStart(8)} ${load.p99.toFixed(2).padStart(8)} ${(cpuMicros === null ? '-' : cpuMicros.toFixed(0)).padStart(11)} ${String(load.errors).padStart(7)}`)].join('\n');
}

function ratios(rows: Row[]): string {
  const [, hop, gateway, noAudit, stack] = rows as [Row, Row, Row, Row, Row];
  const versus = (x: Row, y: Row) => `throughput ${(x.load.rps / y.load.rps).toFixed(2)}, p99 ${(x.load.p99 / y.load.p99).toFixed(2)}, CPU per request ${(x.cpuMicros! / y.cpuMicros!).toFixed(2)}`;
  return [
    `c/b: ${versus(gateway, hop)}`,
    `e/b (the stack alone over the bare hop): ${versus(stack, hop)}`,
    `c/d (audit on / off): CPU per request ${(gateway.cpuMicros! / noAudit.cpuMicros!).toFixed(3)}, throughput ${(gateway.load.rps / noAudit.load.rps).toFixed(3)}`,
  ].join('\n');
}
