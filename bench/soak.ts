import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { parseConfig } from '../src/config/load-config.js';
import { createLogger } from '../src/observability/logger.js';
import { startSandbox } from '../src/sandbox-mode/start-sandbox.js';
import type { InjectedFault } from '@bpm-gateway/sandbox';
import { startGateway } from '../src/server/start-gateway.js';

/**
 * `npm run soak [-- --seconds 300 --concurrency 16]`: a bounded soak, not a test. Mixed mutations
 * and reads across all four sandbox vendors for the given time, with about 1% of vendor calls
 * meeting an injected fault; prints throughput, latency, answers by type and RSS over time (which
 * must not grow without bound). Everything runs in this process, loopback only, and stops itself.
 */
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '300' }, concurrency: { type: 'string', default: '16' } } });
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

const sandbox = await startSandbox({});
const gateway = await startGateway(parseConfig({ ...configOf(sandbox.config), server: { port: 0 } }, 'soak', {}), { logger: createLogger({ level: 'warn' }) });
const emulators = sandbox.emulators;

const OPS = [
  'mutation { r: updateTask(input: {backend: "k2", serialNumber: "8_25", action: {kind: SLEEP, sleepSeconds: 600}}) { __typename } }',
  'mutation { r: updateProcessInstance(input: {backend: "k2", instanceId: "8", folio: "soak", dataFields: [{name: "Notes", value: "soak <&> ✓"}]}) { __typename } }',
  'mutation { r: setInstanceState(input: {backend: "csa", instanceId: "90d9652b3752ad4f013752ae38cb0004", returnCode: RUNNING, status: "soak"}) { __typename } }',
  'mutation { r: updateProcessInstance(input: {backend: "csa", instanceId: "90d9652b3752ad4f013752ae38cb0004", properties: [{name: "SOAK", values: ["1"]}]}) { __typename } }',
  'mutation { r: updateAllVariables(input: {backend: "ibm", instanceId: "23972", variables: {approved: true, notes: "soak"}}) { __typename } }',
  'mutation { r: migrateInstances(input: {backend: "elma", namespace: "orders", processCode: "order_approval", allActive: true}) { __typename } }',
  '{ r: processInstance(backend: "ibm", id: "23972") { __typename } }',
  '{ r: processInstance(backend: "k2", id: "8") { __typename } }',
];
const FAULTS: InjectedFault[] = [
  { status: 503, body: '' },
  { status: 500, headers: { 'content-type': 'text/html' }, body: '<html>oops</html>' },
  { destroy: true },
  { status: 200, headers: { 'content-type': 'application/xml' }, body: '<<<' },
];

const pool = new Pool(gateway.url, { connections: concurrency });
const latencies: number[] = [];
const answers = new Map<string, number>();
const rss: string[] = [];
const mib = () => `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`;
rss.push(`start ${mib()}`);
let sent = 0;
const deadline = performance.now() + seconds * 1000;
const sampler = setInterval(() => rss.push(`${Math.round((performance.now() - (deadline - seconds * 1000)) / 1000)}s ${mib()}`), Math.max(1000, (seconds * 1000) / 10));

const worker = async () => {
  while (performance.now() < deadline) {
    const i = sent++;
    // About 1% of calls meet a fault, spread over the emulators.
    if (i % 100 === 99) emulators[i % emulators.length]!.injectFault(FAULTS[(i / 100) % FAULTS.length | 0]!);
    const started = performance.now();
    const res = await pool.request({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: OPS[i % OPS.length] }) });
    const body = (await res.body.json()) as { data?: { r?: { __typename: string } } };
    latencies.push(performance.now() - started);
    const type = body.data?.r?.__typename ?? `HTTP ${res.statusCode}`;
    answers.set(type, (answers.get(type) ?? 0) + 1);
    // Keep the sandbox's demo task asleep and movable, whatever the soak did to it.
    if (i % 500 === 0) for (const e of emulators) e.reset();
  }
};
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = (performance.now() - started) / 1000;
clearInterval(sampler);
rss.push(`end ${mib()}`);
await pool.close();
await gateway.close();
await sandbox.close();

latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
process.stdout.write([
  `soak: ${seconds} s, concurrency ${concurrency}, ${OPS.length} operations across K2, CSA, IBM BPM and ELMA365, ~1% injected faults`,
  `requests: ${latencies.length} in ${elapsed.toFixed(1)} s = ${(latencies.length / elapsed).toFixed(0)} req/s; p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms`,
  `answers: ${[...answers].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ')}`,
  `rss: ${rss.join(' → ')}`,
  '',
].join('\n'));

function configOf(config: typeof sandbox.config) {
  return { backends: config.backends.map((b) => ({ ...b })) };
}
