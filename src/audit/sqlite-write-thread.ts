import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { SQLITE_PRAGMAS } from './audit-database.js';

/**
 * The thread's code. Plain CommonJS given as source, so that it runs the same from the compiled
 * gateway and from the TypeScript sources under test; the driver is the gateway's own
 * better-sqlite3, resolved here. Each message is one batch, written in one transaction.
 */
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const file = new Database(workerData.path);
for (const pragma of workerData.pragmas) file.pragma(pragma);
const insert = file.prepare(workerData.sql);
const insertAll = file.transaction((rows) => { for (const row of rows) insert.run(row); });
parentPort.on('message', ({ id, rows }) => {
  try { insertAll(JSON.parse(rows)); parentPort.postMessage({ id }); }
  catch (error) { parentPort.postMessage({ id, error: String((error && error.message) || error) }); }
});
`;

const DRIVER = createRequire(import.meta.url).resolve('better-sqlite3');

export interface SqliteWriteThread {
  /** `rows`: a JSON array of positional rows. Resolves once they are committed; rejects when SQLite refuses them or the thread is gone. */
  write(rows: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A thread that owns a connection to the audit file and runs the positional INSERT `sql` for
 * every row it is sent, on a connection set up as every audit connection is. A thread that dies (a driver crash, out of memory) fails the batches it
 * held; the next batch starts a new one.
 */
export function startSqliteWriteThread(path: string, sql: string): SqliteWriteThread {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve(): void; reject(error: Error): void }>();
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    const w = new Worker(THREAD_SOURCE, { eval: true, workerData: { driver: DRIVER, path, sql, pragmas: SQLITE_PRAGMAS } });
    w.on('message', ({ id, error }: { id: number; error?: string }) => {
      const p = pending.get(id);
      pending.delete(id);
      if (error === undefined) p?.resolve(); else p?.reject(new Error(error));
    });
    w.on('error', (error) => failAll(error));
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`the audit write thread stopped (exit code ${code})`));
    });
    return w;
  };
  return {
    write(rows) {
      worker ??= start();
      const id = nextId++;
      const sent = new Promise<void>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage({ id, rows });
      return sent;
    },
    async close() {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}
