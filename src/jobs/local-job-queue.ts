import type { Logger } from '../observability/logger.js';
import { newOwner } from './job-owner.js';
import { LEASE_MS, runJob, type RunnerDeps } from './job-runner.js';

/** What runs jobs: in this process (embedded store), or BullMQ workers shared by replicas. */
export interface JobQueue {
  /** Resumes what the store holds unfinished, and starts taking jobs. */
  start(): Promise<void>;
  enqueue(id: string): Promise<void>;
  /** Stops after the chunks in flight; unfinished jobs stay in the store for the next start. */
  close(): Promise<void>;
}

/** How often the store is looked at for jobs nobody runs (their worker's lease ran out). */
const SWEEP_MS = 5_000;

/**
 * Jobs run in this gateway, a few at a time, from the embedded store. A restart resumes every
 * job the store holds unfinished (`start`), where it stopped.
 */
export class LocalJobQueue implements JobQueue {
  private readonly waiting: string[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private stopping = false;
  private sweeper: NodeJS.Timeout | undefined;
  private readonly owner = newOwner();

  constructor(private readonly deps: Omit<RunnerDeps, 'stopping' | 'owner' | 'leaseMs'>, private readonly logger: Logger, private readonly concurrency = 2) {}

  /** Resumes what the store holds unfinished, and looks again now and then for jobs whose worker went away. */
  async start(): Promise<void> {
    await this.sweep();
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), SWEEP_MS);
    this.sweeper.unref();
  }

  private async sweep(): Promise<void> {
    for (const id of await this.deps.store.unfinished()) if (!this.running.has(id) && !this.waiting.includes(id)) this.waiting.push(id);
    this.pump();
  }

  async enqueue(id: string): Promise<void> {
    this.waiting.push(id);
    this.pump();
  }

  async close(): Promise<void> {
    this.stopping = true;
    clearInterval(this.sweeper);
    await Promise.all(this.running.values());
  }

  private pump(): void {
    while (!this.stopping && this.running.size < this.concurrency && this.waiting.length > 0) {
      const id = this.waiting.shift()!;
      if (this.running.has(id)) continue;
      const run = runJob(id, { ...this.deps, owner: this.owner, leaseMs: LEASE_MS, stopping: () => this.stopping })
        .then(() => undefined, (error: unknown) => this.logger.error({ err: error instanceof Error ? error.message : String(error), job: id }, 'bulk job failed to run'))
        .finally(() => {
          this.running.delete(id);
          this.pump();
        });
      this.running.set(id, run);
    }
  }
}
