import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A bench server in a process of its own: what it sent over IPC once listening, and its pid. */
export interface BenchProcess<T> { child: ChildProcess; ready: T; stop(): Promise<void> }

export async function startBenchProcess<T>(script: string, args: string[] = []): Promise<BenchProcess<T>> {
  // stdout to /dev/null: a middle that logs pays for writing its lines, as in production.
  // NODE_ENV=production, as a deployment runs it: graphql-js and Apollo skip their development checks.
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], env: { ...process.env, NODE_ENV: 'production' } });
  const [ready] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => { throw new Error(`${script} exited ${code} before it was ready`); }),
  ])) as [T];
  return {
    child,
    ready,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/**
 * CPU seconds the OS has charged to a process and its waited-for children (/proc/<pid>/stat:
 * utime, stime, cutime, cstime, in clock ticks). Measured from outside, so nothing the process
 * does to measure itself is counted. Linux only; elsewhere NaN.
 */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return ticks / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}
/** sysconf(_SC_CLK_TCK): 100 on every Linux Node runs on. */
const CLOCK_TICKS = 100;

/** A process's resident memory now, in MB (/proc/<pid>/status VmRSS); NaN off Linux or once it is gone. */
export function rssMb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
  } catch {
    return Number.NaN;
  }
}
