import type { ChunkState, ItemResult, JobPlan, JobRecord, JobStatus } from './bulk-job.js';

/** Where jobs live: an embedded SQLite file, or Redis shared by replicas. Every write is durable when it returns. */
export interface JobStore {
  create(job: { id: string; plan: JobPlan; createdBy: JobRecord['createdBy']; createdAt: number }): Promise<JobRecord>;
  /** The job's counts and state, without its plan (which can hold 250,000 ids). */
  get(id: string): Promise<JobRecord | null>;
  plan(id: string): Promise<JobPlan | null>;
  /** Newest first; `before` is the id of the last job of the previous page. */
  list(first: number, before: string | null): Promise<JobRecord[]>;
  /**
   * Marks a chunk as being sent, and says what it was before: `pending` (send it), `sending` (a
   * worker was sending it when it stopped: the answer was never recorded), or `done`.
   */
  beginChunk(id: string, index: number): Promise<ChunkState>;
  /** Records a chunk's results and adds them to the job's counts, once. */
  finishChunk(id: string, index: number, results: readonly ItemResult[]): Promise<void>;
  /** The results of the chunks that are done, by chunk index. */
  results(id: string, fromChunk: number, toChunk: number): Promise<Map<number, ItemResult[]>>;
  setStatus(id: string, status: JobStatus, finishedAt?: number): Promise<void>;
  /** Asks a running or queued job to stop before its next chunk; false when it has already finished. */
  requestCancel(id: string): Promise<boolean>;
  /**
   * Takes (or keeps) the job for this worker for `leaseMs`: true when it is this worker's now. A
   * job whose worker's lease ran out, or whose worker process is gone, may be taken over.
   */
  claim(id: string, owner: string, leaseMs: number): Promise<boolean>;
  /** Gives the job up (a clean stop), so that the next worker need not wait for the lease. */
  release(id: string, owner: string): Promise<void>;
  /** Jobs not finished (queued or running): what a restart resumes. */
  unfinished(): Promise<string[]>;
  close(): Promise<void>;
}
