import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startK2Emulator } from '@bpm-gateway/sandbox';
import { rssMb } from './middle-process.js';

/**
 * `npm run bench:ready`: how soon the built program answers /health after it is started, as a
 * container runtime or a supervisor starts it (`node dist/bundle/main.js`, what `npm start` runs
 * too), with `--config` (one K2 backend) and as the sandbox (four emulators and the gateway);
 * then its RSS once idle. The median of 5 starts each. The clock runs from spawn to the first 200 of /health.
 */
const MAIN = fileURLToPath(new URL('../bundle/main.js', import.meta.url));
const RUNS = Number(process.env.READY_RUNS ?? 5);
const PORT = 4390;

const k2 = await startK2Emulator({ users: [{ username: 'bench', password: 'bench-pass', canWrite: true }] });
const dir = mkdtempSync(join(tmpdir(), 'bench-ready-'));
const config = join(dir, 'gateway.json');
writeFileSync(config, JSON.stringify({ backends: [{ id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', username: 'bench', password: 'bench-pass' } }] }));

async function startOnce(args: string[]): Promise<{ ms: number; rssMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [MAIN, ...args], { stdio: 'ignore', env: { ...process.env, PORT: String(PORT), NODE_ENV: 'production', LOG_LEVEL: 'warn', BPM_GATEWAY_DATA_DIR: dir } });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${PORT}/health`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const ms = performance.now() - started;
    await new Promise((r) => setTimeout(r, 2000));
    return { ms, rssMb: rssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`ready time, Node ${process.version}, median of ${RUNS} starts`);
for (const [label, args] of [['--config (one K2 backend)', ['--config', config]], ['sandbox (4 emulators + gateway)', []]] as const) {
  const runs: { ms: number; rssMb: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await startOnce([...args]));
  console.log(`${label.padEnd(34)} /health after ${median(runs.map((r) => r.ms)).toFixed(0)} ms, idle RSS ${median(runs.map((r) => r.rssMb)).toFixed(0)} MB`);
}
await k2.close();
