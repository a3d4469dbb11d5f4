import type { BpmFailure } from '../core/bpm-failure.js';
import type { InstancesMigrated, TasksUpdated } from '../core/commands.js';
import { RequestScope } from '../core/request-scope.js';
import { ERROR_TYPE_NAMES, SUCCESS_TYPE_NAMES } from '../core/result-names.js';
import type { Outcome } from '../core/outcome.js';
import { RequestPreview } from '../core/request-preview.js';
import type { BackendRegistry } from '../pipeline/backend-registry.js';
import { chunkCountOf, isFinished, type ItemResult, type JobPlan, type JobRecord } from './bulk-job.js';
import type { JobStore } from './job-store.js';

export interface RunnerDeps {
  store: JobStore;
  registry: BackendRegistry;
  /** Asked between chunks: the gateway is stopping, so the job is left to a restart or another replica. */
  stopping(): boolean;
  /** This worker, as the store's claims name it (`host:pid:token`). */
  owner: string;
  /** How long a claim lasts unless renewed (it is renewed every quarter of it while the job runs): how soon a dead worker's job is taken over. */
  leaseMs: number;
}

/** The embedded store's lease: one gateway, whose restart takes over at once (its old process is gone). */
export const LEASE_MS = 60_000;

/** How a run ended: finished (whatever its status), or left for later because the gateway is stopping. */
export type RunEnd = 'finished' | 'stopped';

/**
 * Runs a job from wherever it stands, chunk after chunk; each chunk is one call through the
 * registry, as a request would make it (access, resilience, audit), with the rights of whoever
 * started the job. A chunk already done is skipped; one that was being sent when a worker
 * stopped is sent again only if its call is safe to repeat, else its items are marked unknown.
 */
export async function runJob(id: string, deps: RunnerDeps): Promise<RunEnd> {
  const { store, owner, leaseMs } = deps;
  const job = await store.get(id);
  if (!job || isFinished(job.status)) return 'finished';
  // Another worker holds it (and is alive): not ours to run.
  if (!(await store.claim(id, owner, leaseMs))) return 'stopped';
  const claim = { lost: false };
  const renew = setInterval(() => {
    store.claim(id, owner, leaseMs).then((kept) => { claim.lost ||= !kept; }, () => undefined);
  }, leaseMs / 4);
  renew.unref();
  try {
    const end = await runClaimed(id, job, deps, claim);
    if (end === 'stopped') await store.release(id, owner);
    return end;
  } finally {
    clearInterval(renew);
  }
}

async function runClaimed(id: string, job: JobRecord, deps: RunnerDeps, claim: { lost: boolean }): Promise<RunEnd> {
  const { store } = deps;
  const plan = await store.plan(id);
  if (!plan) return 'finished';
  if (job.status === 'QUEUED') await store.setStatus(id, 'RUNNING');
  const chunks = chunkCountOf(plan);
  for (let index = 0; index < chunks; index++) {
    const now = (await store.get(id))!;
    if (now.cancelRequested) {
      await store.setStatus(id, 'CANCELED', Date.now());
      return 'finished';
    }
    if (deps.stopping() || claim.lost) return 'stopped';
    const before = await store.beginChunk(id, index);
    if (before === 'done') continue;
    if (before === 'sending' && plan.kind === 'UPDATE_TASKS') {
      // Task actions must never run twice, and nobody knows whether the call went out.
      const message = 'the gateway stopped while the call carrying this task was out; it was not sent again (read the task to see)';
      await store.finishChunk(id, index, slice(plan, index).map(() => unknown(message)));
      continue;
    }
    await store.finishChunk(id, index, await runChunk(now, plan, index, deps.registry));
  }
  const done = (await store.get(id))!;
  const status = done.succeeded === done.total ? 'SUCCEEDED' : done.succeeded === 0 && done.unknown === 0 ? 'FAILED' : 'PARTIAL';
  await store.setStatus(id, status, Date.now());
  return 'finished';
}

/** One chunk as one call through the registry, as its own "request" for the audit trail and the logs. */
async function runChunk(job: JobRecord, plan: JobPlan, index: number, registry: BackendRegistry): Promise<ItemResult[]> {
  const request = { requestId: `job-${job.id}-${index}`, headers: {}, caller: job.createdBy?.id ?? `job-${job.id}`, vendorCalls: 0, maxVendorCalls: Infinity, vendorLog: [] };
  const call = { scope: new RequestScope(), request, ...(job.createdBy ? { caller: job.createdBy } : {}) };
  if (plan.kind === 'UPDATE_TASKS') {
    const items = plan.items.slice(index * plan.chunkSize, (index + 1) * plan.chunkSize);
    return tasksResults(await registry.run('UPDATE_TASKS', { backend: plan.backend, items }, call), items.length);
  }
  const instanceIds = slice(plan, index);
  const outcome = await registry.run('MIGRATE_INSTANCES', { backend: plan.backend, namespace: plan.namespace, processCode: plan.processCode, instanceIds }, call);
  return migrationResults(outcome, instanceIds);
}

/** The keys of chunk `index`. */
function slice(plan: JobPlan, index: number): string[] {
  const keys = plan.kind === 'UPDATE_TASKS' ? plan.items.map((i) => i.serialNumber) : plan.instanceIds;
  return keys.slice(index * plan.chunkSize, (index + 1) * plan.chunkSize);
}

function tasksResults(outcome: Outcome<TasksUpdated | RequestPreview>, count: number): ItemResult[] {
  if (!outcome.ok) return Array.from({ length: count }, () => failed(outcome.failure));
  if (outcome.value instanceof RequestPreview) throw new Error('a job ran a dry run');
  return outcome.value.items.map(({ outcome: item, unknown: inDoubt }) => {
    if (item.ok) return succeeded(SUCCESS_TYPE_NAMES.UPDATE_TASK);
    return inDoubt ? { ...failed(item.failure), status: 'UNKNOWN' as const } : failed(item.failure);
  });
}

/**
 * A migration chunk's answer per id: what ELMA365 names as updated moved; when it names none, a
 * count equal to the chunk says all moved; otherwise the ids it did not name did not move if it
 * named any, and nobody can tell if it named none.
 */
function migrationResults(outcome: Outcome<InstancesMigrated | RequestPreview>, ids: readonly string[]): ItemResult[] {
  if (!outcome.ok) {
    const { failure } = outcome;
    const inDoubt = failure.kind === 'backend-unavailable' && !failure.retryable;
    return ids.map(() => (inDoubt ? { ...failed(failure), status: 'UNKNOWN' as const } : failed(failure)));
  }
  if (outcome.value instanceof RequestPreview) throw new Error('a job ran a dry run');
  const { updatedIds, updatedCount } = outcome.value;
  const moved = SUCCESS_TYPE_NAMES.MIGRATE_INSTANCES;
  if (updatedIds) {
    const set = new Set(updatedIds);
    return ids.map((id) => (set.has(id) ? succeeded(moved) : { status: 'FAILED', outcome: 'NotMoved', message: 'ELMA365 did not move this instance (it moves only pending ones)', vendorStatus: null, vendorCode: null }));
  }
  if (updatedCount === ids.length) return ids.map(() => succeeded(moved));
  return ids.map(() => unknown(`ELMA365 moved ${updatedCount ?? 'an unknown number of'} of the ${ids.length} instances of this call without naming them`));
}

const succeeded = (outcome: string): ItemResult => ({ status: 'SUCCEEDED', outcome, message: null, vendorStatus: null, vendorCode: null });
const unknown = (message: string): ItemResult => ({ status: 'UNKNOWN', outcome: null, message, vendorStatus: null, vendorCode: null });
const failed = (failure: BpmFailure): ItemResult => ({
  status: 'FAILED', outcome: ERROR_TYPE_NAMES[failure.kind], message: failure.message, vendorStatus: failure.vendorStatus ?? null, vendorCode: failure.vendorCode ?? null,
});
