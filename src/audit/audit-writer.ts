import type { Kysely } from 'kysely';
import type { AuditEntry } from './audit-entry.js';
import type { AuditTables } from './audit-database.js';
import { rowInserter, type RowInserter } from './audit-row-inserter.js';

export interface AuditWriterOptions {
  /** Entries waiting beyond this are dropped (and counted): memory stays bounded when the database is gone. */
  maxQueue: number;
  /** Rows per INSERT (per transaction on SQLite). */
  batchSize: number;
  /** How long an entry may wait for its batch. */
  flushIntervalMs: number;
  /** Told of every entry that could not be written (queue full, or the database refused the batch). */
  onLost: (entries: number, reason: string) => void;
}

/**
 * Off the hot path: `record` only queues (no await, no I/O), and a timer writes batches, one at
 * a time. A failing database never fails or slows a mutation: its
 * batch is counted as lost and the writer goes on with the next. `close` writes what is queued.
 */
export class AuditWriter {
  private queue: unknown[] = [];
  private writing: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;
  private readonly insert: RowInserter;

  constructor(db: Kysely<AuditTables>, private readonly options: AuditWriterOptions) {
    this.insert = rowInserter(db);
    this.timer = setInterval(() => void this.flush(), options.flushIntervalMs);
    this.timer.unref();
  }

  record(entry: AuditEntry): void {
    if (this.queue.length >= this.options.maxQueue) {
      this.options.onLost(1, 'the audit queue is full (the database is slow or gone)');
      return;
    }
    this.queue.push(this.insert.encode(entry));
    if (this.queue.length >= this.options.batchSize) void this.flush();
  }

  /** Writes everything queued now; resolves when it is written (or counted as lost). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.queue.length === 0) return;
    this.writing = this.writeAll().finally(() => { this.writing = null; });
    await this.writing;
  }

  /** Stops the timer and writes what is left, waiting at most `graceMs`. */
  async close(graceMs = 5000): Promise<void> {
    clearInterval(this.timer);
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([this.flush(), new Promise<void>((r) => { timeout = setTimeout(r, graceMs); })]);
    clearTimeout(timeout);
    if (this.queue.length) this.options.onLost(this.queue.length, 'the audit database did not take the last entries before shutdown');
    this.queue = [];
    await this.insert.close();
  }

  private async writeAll(): Promise<void> {
    for (let first = true; this.queue.length; first = false) {
      // An in-memory SQLite database writes synchronously: requests get a turn between batches.
      if (!first) await new Promise((resolve) => setImmediate(resolve));
      const batch = this.queue.splice(0, this.options.batchSize);
      try {
        await this.insert.insert(batch);
      } catch (error) {
        this.options.onLost(batch.length, `the audit database refused a batch: ${(error as Error).message}`);
      }
    }
  }
}
