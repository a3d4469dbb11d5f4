import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { serveClusterMetrics } from '../observability/cluster-metrics.js';

const LISTENING = 'bpm-gateway:listening';

/** A worker tells the primary it listens, with the gateway's address. */
export interface WorkerListening {
  type: typeof LISTENING;
  url: string;
}

export function workerCount(setting: number | 'auto'): number {
  return setting === 'auto' ? availableParallelism() : setting;
}

/** In a worker: tell the primary that this one serves. */
export function reportListening(url: string): void {
  process.send?.({ type: LISTENING, url } satisfies WorkerListening);
}

/** A worker that dies this often in this window is not restarted again: the whole gateway stops. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

export interface ClusterEvents {
  /** Every worker listens (the port is shared: node:cluster hands its connections round). */
  listening(url: string, workers: number): void;
  stopping(signal: string): void;
  /** One line for the operator, on stderr: a worker died and what was done about it. */
  notice(line: string): void;
}

/**
 * The primary of `server.workers`: starts the workers (each runs this same program, and the whole
 * gateway), waits until every one listens, restarts one that dies, and on SIGTERM or SIGINT
 * stops them all the way one gateway stops (each answers what it has in flight), then exits 0.
 * A worker that fails to start (a taken port, a bad config) stops the rest with its exit code.
 * Workers ignore SIGINT: a Ctrl-C at a terminal reaches the whole process group, and the
 * primary's SIGTERM is the one stop they obey, so it is never taken for a second signal.
 */
export function runPrimary(count: number, events: ClusterEvents): void {
  let stopping = false;
  let ready = false;
  const alive = new Set<Worker>();
  const listening = new Set<Worker>();
  const restarts: number[] = [];

  const fork = () => {
    const worker = cluster.fork();
    alive.add(worker);
    worker.on('message', (message: Partial<WorkerListening>) => {
      if (message?.type !== LISTENING || typeof message.url !== 'string') return;
      listening.add(worker);
      // Once: a replacement that comes up later is not a new start.
      if (!ready && listening.size === count) {
        ready = true;
        events.listening(message.url, count);
      }
    });
  };

  cluster.on('exit', (worker, code, signal) => {
    alive.delete(worker);
    const wasListening = listening.delete(worker);
    if (stopping) {
      if (alive.size === 0) process.exit(Number(process.exitCode ?? 0));
      return;
    }
    if (!wasListening) {
      // It never served: every other would fail the same way. Its own message is on stderr.
      process.exitCode = code || 1;
      stopAll('a worker could not start');
      if (alive.size === 0) process.exit(code || 1);
      return;
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && restarts[0]! < now - RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length > MAX_RESTARTS) {
      events.notice(`worker ${worker.id} exited (${signal ?? `code ${code}`}); ${restarts.length} exits in ${RESTART_WINDOW_MS / 1000} s: stopping the gateway`);
      stopAll('too many worker exits');
      process.exitCode = 1;
      return;
    }
    events.notice(`worker ${worker.id} exited (${signal ?? `code ${code}`}); starting another`);
    fork();
  });

  const stopAll = (why: string) => {
    if (stopping) return;
    stopping = true;
    events.stopping(why);
    for (const worker of alive) worker.process.kill('SIGTERM');
  };

  const onSignal = (signal: NodeJS.Signals) => {
    // A second signal while draining means "now", as for one gateway.
    if (stopping) {
      for (const worker of alive) worker.process.kill('SIGKILL');
      process.exit(1);
    }
    stopAll(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  serveClusterMetrics();
  for (let i = 0; i < count; i++) fork();
}
