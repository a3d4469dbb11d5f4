import { DelayedError, Queue, WaitingError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '../observability/logger.js';
import { newOwner } from './job-owner.js';
import type { JobQueue } from './local-job-queue.js';
import { runJob, type RunnerDeps } from './job-runner.js';

const QUEUE_NAME = 'bulk-jobs';

export interface BullQueueOptions {
  redisUrl: string;
  /** BullMQ's key prefix, so that several gateways (or test runs) can share one Redis. */
  prefix: string;
  concurrency: number;
  /**
   * How long a replica that stopped answering (killed, hung, cut off) keeps its jobs: BullMQ's
   * lock and the store's lease both last this long unless renewed, and the stalled check runs as
   * often; another replica takes the job over within about twice this.
   */
  lockMs: number;
}

/**
 * Jobs on BullMQ over Redis: every replica runs a worker on one queue, so they share the work; a
 * replica that dies mid-job loses BullMQ's lock, the stalled check hands the job to another (any
 * number of times: a job is never failed for having stalled), and that one resumes it from the
 * store where it stopped. A BullMQ job is only "run bulk job <id>": the job's state is the store's.
 */
export class BullJobQueue implements JobQueue {
  private readonly queue: Queue;
  private worker: Worker | undefined;
  private stopping = false;
  private readonly owner = newOwner();
  /** BullMQ leaves connections it was given open: they are closed here after it. */
  private readonly connections: Redis[] = [];

  constructor(private readonly deps: Omit<RunnerDeps, 'stopping' | 'owner' | 'leaseMs'>, private readonly logger: Logger, private readonly options: BullQueueOptions) {
    this.queue = new Queue(QUEUE_NAME, { connection: this.connect(options.redisUrl), prefix: options.prefix });
    this.queue.on('error', (error) => this.logger.warn({ err: error.message }, 'job queue: Redis'));
  }

  async start(): Promise<void> {
    const { concurrency, lockMs, prefix, redisUrl } = this.options;
    this.worker = new Worker(QUEUE_NAME, (job, token) => this.process(job, token), {
      connection: this.connect(redisUrl), prefix, concurrency, lockDuration: lockMs, stalledInterval: lockMs,
      maxStalledCount: Number.MAX_SAFE_INTEGER, removeOnComplete: { count: 0 }, removeOnFail: { count: 1000 },
    });
    this.worker.on('error', (error) => this.logger.warn({ err: error.message }, 'job worker: Redis'));
    this.worker.on('failed', (job, error) => this.logger.error({ err: error.message, job: job?.data.id }, 'bulk job failed to run'));
    // A job whose BullMQ entry was lost (Redis flushed its queue keys, a run failed) is queued again.
    for (const id of await this.deps.store.unfinished()) await this.enqueue(id);
  }

  private async process(job: Job<{ id: string }>, token: string | undefined): Promise<void> {
    const end = await runJob(job.data.id, { ...this.deps, owner: this.owner, leaseMs: this.options.lockMs, stopping: () => this.stopping });
    if (end === 'finished') return;
    if (this.stopping) {
      // Left after the chunk in flight: back to the queue now, for another replica or the next start.
      await job.moveToWait(token);
      throw new WaitingError();
    }
    // Another worker's lease still holds it (this one was handed a job thought stalled): look again when that lease would have run out.
    await job.moveToDelayed(Date.now() + this.options.lockMs, token);
    throw new DelayedError();
  }

  async enqueue(id: string): Promise<void> {
    // The bulk job's id as BullMQ's: adding it twice queues it once.
    await this.queue.add('run', { id }, { jobId: id });
  }

  async close(): Promise<void> {
    this.stopping = true;
    // Waits for the jobs in flight, each stopping after its current chunk.
    await this.worker?.close();
    await this.queue.close();
    for (const redis of this.connections) await redis.quit().catch(() => redis.disconnect());
  }

  /** BullMQ's workers block on Redis and must not give up on a command: ioredis retries forever. */
  private connect(url: string): Redis {
    const redis = new Redis(url, { maxRetriesPerRequest: null });
    redis.on('error', () => undefined);
    this.connections.push(redis);
    return redis;
  }
}
