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
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['authorization', 'headers.authorization', 'password', 'token', '*.password', '*.token', 'auth', '*.auth'],
        censor: '[redacted]',
      },
    },
    options.destination as pino.DestinationStream | undefined,
  );
}
