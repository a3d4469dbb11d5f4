import { setTimeout as sleep } from 'node:timers/promises';
import type { Caller } from '../core/access-policy.js';
import { isFinished, type JobRecord } from './bulk-job.js';
import type { JobService } from './job-service.js';

/** How often the store is looked at; an event goes out on a change, and at least once a second. */
const POLL_MS = 250;
const HEARTBEAT_MS = 1000;

/**
 * A job's state as it changes: the job now, then on every change of its counts or status and at
 * least once a second while it runs, ending with its final state. It reads the store, so it sees
 * a job any replica works on. Ends when the client goes (`signal`) or the job is not visible.
 */
export async function* jobProgress(jobs: JobService, id: string, caller: Caller | undefined, signal?: AbortSignal): AsyncGenerator<JobRecord> {
  let last: string | null = null;
  let sentAt = 0;
  for (;;) {
    const job = await jobs.get(id, caller);
    if (!job) return;
    const seen = JSON.stringify([job.status, job.processed, job.succeeded, job.failed, job.unknown, job.cancelRequested]);
    if (seen !== last || Date.now() - sentAt >= HEARTBEAT_MS) {
      last = seen;
      sentAt = Date.now();
      yield job;
    }
    if (isFinished(job.status)) return;
    try {
      await sleep(POLL_MS, undefined, signal ? { signal } : undefined);
    } catch {
      return;
    }
  }
}
