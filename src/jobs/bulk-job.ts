import type { Caller } from '../core/access-policy.js';
import type { UpdateTaskItem } from '../core/commands.js';

/**
 * A bulk job: work too big for one request (a 250,000-instance migration, 2,000 task actions),
 * cut into chunks that are each one vendor call, kept in a store so that a restart or another
 * replica can finish it. The vocabulary of the GraphQL contract (DESIGN.md, "Contract additions").
 */
export const JOB_KINDS = ['UPDATE_TASKS', 'MIGRATE_INSTANCES'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const JOB_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELED'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const ITEM_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED', 'UNKNOWN', 'CANCELED'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const isFinished = (status: JobStatus): boolean => status !== 'QUEUED' && status !== 'RUNNING';

/** What a job does: the command, cut into chunks of `chunkSize` keys. */
export type JobPlan =
  | { kind: 'UPDATE_TASKS'; backend: string; chunkSize: number; items: UpdateTaskItem[] }
  | { kind: 'MIGRATE_INSTANCES'; backend: string; chunkSize: number; namespace: string; processCode: string; instanceIds: string[] };

/** The keys of a plan's items, in order: task serial numbers or instance ids. */
export const itemKeys = (plan: JobPlan): string[] => (plan.kind === 'UPDATE_TASKS' ? plan.items.map((i) => i.serialNumber) : plan.instanceIds);
export const chunkCountOf = (plan: JobPlan): number => Math.ceil(itemKeys(plan).length / plan.chunkSize);

/** How one item ended: the result's type name, and the vendor's facts where it failed. */
export interface ItemResult {
  status: Exclude<ItemStatus, 'PENDING'>;
  /** The result's type name (UpdateTaskSuccess, NotFoundError, ...); null for a canceled item. */
  outcome: string | null;
  message: string | null;
  vendorStatus: number | null;
  vendorCode: string | null;
}

export interface JobRecord {
  id: string;
  kind: JobKind;
  backend: string;
  status: JobStatus;
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  unknown: number;
  /** Who started it: the caller's id and roles, which the job's calls run with; null without authentication. */
  createdBy: Caller | null;
  createdAt: number;
  finishedAt: number | null;
  cancelRequested: boolean;
  chunkSize: number;
}

/** A chunk's life: not sent; sent and not yet answered (a worker that died leaves it so); answered. */
export type ChunkState = 'pending' | 'sending' | 'done';

/** What a chunk's results add to the job's counts. */
export function tally(results: readonly ItemResult[]): { processed: number; succeeded: number; failed: number; unknown: number } {
  const count = (status: ItemResult['status']) => results.filter((r) => r.status === status).length;
  return { processed: results.length, succeeded: count('SUCCEEDED'), failed: count('FAILED'), unknown: count('UNKNOWN') };
}
