import cluster from 'node:cluster';
import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs (pino). Whatever might carry a secret is redacted by path, as a second
 * fence: the code never logs credentials or vendor bodies at info level to begin with.
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      // With server.workers, each line names the worker process that wrote it.
      base: { service: 'bpm-graphql-gateway', ...(cluster.isWorker && cluster.worker ? { worker: cluster.worker.id } : {}) },
      timestamp: isoTime,
      redact: {
        paths: ['authorization', 'headers.authorization', 'password', 'token', '*.password', '*.token', 'auth', '*.auth'],
        censor: '[redacted]',
      },
    },
    (options.destination as pino.DestinationStream | undefined) ?? stdoutLines(),
  );
}

/**
 * pino's isoTime, made once per millisecond: under load several lines share one, and formatting
 * a Date is most of what a line's time costs.
 */
let lastMs = -1;
let lastTime = '';
export function isoTime(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastTime = `,"time":"${new Date(now).toISOString()}"`;
  }
  return lastTime;
}

/** How long an info line may wait in the buffer before it is written. */
const FLUSH_EVERY_MS = 250;
/** Lines are written in chunks of about this many bytes (or after FLUSH_EVERY_MS). */
const CHUNK_BYTES = 4096;

let stdout: ReturnType<typeof pino.destination> | undefined;

/**
 * Standard output, written synchronously in chunks of about 4 KB. pino's default writes each line
 * with its own asynchronous fs.write, a trip through libuv's thread pool per request: measured, the
 * request log's line then cost ~15 µs of a mutation's ~160, most of it in that hand-over. Here an
 * info line waits at most FLUSH_EVERY_MS; a warning or worse is written at once with all before
 * it, and whatever waits is written at exit. A process killed with SIGKILL loses what waited.
 * Workers of server.workers share the primary's stdout: a write to a pipe is whole only up to
 * 4 KB, and a chunk is cut anywhere in a line, so a worker writes each line on its own instead.
 * A reader that stops reading stalls the writer (as any synchronous log does): memory stays bounded.
 */
function stdoutLines(): pino.DestinationStream {
  if (!stdout) {
    const out = pino.destination({ dest: 1, sync: true, minLength: cluster.isWorker ? 0 : CHUNK_BYTES, periodicFlush: FLUSH_EVERY_MS });
    process.on('exit', flushLogs);
    stdout = out;
  }
  const out = stdout;
  return {
    write(line: string) {
      out.write(line);
      // pino's line starts with its level: {"level":40 is a warning, 50 an error, 60 fatal. Written
      // now (flush: a plain write in sync mode; flushSync would also fsync, per warning).
      if (line.charCodeAt(9) >= 0x34) out.flush();
    },
  };
}

/** Writes out the log lines still waiting (before the process says it is stopping, and at exit). */
export function flushLogs(): void {
  try {
    stdout?.flushSync();
  } catch {
    // stdout is gone (a closed pipe): there is nowhere left to write to.
  }
}
