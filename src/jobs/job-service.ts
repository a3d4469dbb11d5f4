import { randomUUID } from 'node:crypto';
import type { Caller } from '../core/access-policy.js';
import type { BackendRegistry } from '../pipeline/backend-registry.js';
import { isFinished, itemKeys, type ItemResult, type ItemStatus, type JobPlan, type JobRecord } from './bulk-job.js';
import type { JobQueue } from './local-job-queue.js';
import type { JobStore } from './job-store.js';

export interface JobItem { index: number; key: string; status: ItemStatus; result: ItemResult | null }

/**
 * The jobs as callers see them: started with the rights of the caller, visible to and cancelable
 * by callers the backend's access rules let run the job's operation there (its starter among them).
 */
export class JobService {
  constructor(private readonly store: JobStore, private readonly queue: JobQueue, private readonly registry: BackendRegistry) {}

  async start(plan: JobPlan, caller: Caller | undefined): Promise<JobRecord> {
    const now = Date.now();
    // Time first, so ids sort as jobs were created: `jobs` pages newest first by id.
    const id = `${now.toString(36).padStart(9, '0')}-${randomUUID()}`;
    const job = await this.store.create({ id, plan, createdBy: caller ? { id: caller.id, roles: [...caller.roles] } : null, createdAt: now });
    await this.queue.enqueue(id);
    return job;
  }

  visible(job: JobRecord, caller: Caller | undefined): boolean {
    return this.registry.allows(job.backend, job.kind, caller);
  }

  async get(id: string, caller: Caller | undefined): Promise<JobRecord | null> {
    const job = await this.store.get(id);
    return job && this.visible(job, caller) ? job : null;
  }

  /** Newest first, only the jobs this caller may see; `after` is the last id of the previous page. */
  async list(first: number, after: string | null, caller: Caller | undefined): Promise<{ jobs: JobRecord[]; hasNextPage: boolean }> {
    const jobs: JobRecord[] = [];
    let before = after;
    for (;;) {
      const page = await this.store.list(first + 1, before);
      for (const job of page) if (this.visible(job, caller)) jobs.push(job);
      if (jobs.length > first || page.length < first + 1) break;
      before = page.at(-1)!.id;
    }
    return { jobs: jobs.slice(0, first), hasNextPage: jobs.length > first };
  }

  /** Asks the job to stop before its next chunk; the answer is the job as it stands (null: not there, or not this caller's to see). */
  async cancel(id: string, caller: Caller | undefined): Promise<JobRecord | null> {
    const job = await this.get(id, caller);
    if (!job) return null;
    if (!isFinished(job.status)) await this.store.requestCancel(id);
    return (await this.store.get(id))!;
  }

  /** A page of a job's items in input order, optionally of one status; `after` is the index of the last item of the previous page. */
  async items(job: JobRecord, first: number, after: number, status: ItemStatus | null): Promise<{ items: JobItem[]; hasNextPage: boolean }> {
    const plan = await this.store.plan(job.id);
    if (!plan) return { items: [], hasNextPage: false };
    const keys = itemKeys(plan);
    const items: JobItem[] = [];
    let chunk = -1;
    let results = new Map<number, ItemResult[]>();
    for (let index = after + 1; index < keys.length; index++) {
      const at = Math.floor(index / plan.chunkSize);
      if (at !== chunk) {
        chunk = at;
        results = await this.store.results(job.id, at, at);
      }
      const result = results.get(at)?.[index - at * plan.chunkSize] ?? null;
      const itemStatus: ItemStatus = result?.status ?? (job.status === 'CANCELED' ? 'CANCELED' : 'PENDING');
      if (status !== null && itemStatus !== status) continue;
      if (items.length === first) return { items, hasNextPage: true };
      items.push({ index, key: keys[index]!, status: itemStatus, result });
    }
    return { items, hasNextPage: false };
  }

  async close(): Promise<void> {
    await this.queue.close();
    await this.store.close();
  }
}
