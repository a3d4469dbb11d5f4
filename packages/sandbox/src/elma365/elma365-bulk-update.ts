import { ACTIVE_STATES, latestVersion, type ElmaInstance, type ElmaProcess, type ElmaState } from './elma365-state.js';
import type { BulkUpdateRequest } from './elma365-bulk-update-request.js';

/**
 * What a bulk version update did. Guess: the document's response model is cut off after
 * "Model for bulk updating the process instances" (FACTS.md section 4, [?]); this shape is the
 * emulator's own choice.
 */
export interface BulkUpdateResult {
  /** Instances moved to the latest published version. */
  updated: number;
  /** Instances considered but not moved (see each mode). */
  skipped: number;
  /** The moved instances: request order for a list, creation order for allActive. */
  updatedIds: string[];
}

/**
 * Moves the instances a request names to the process's latest published version. Only `wait`
 * instances move: the document updates instances "in the Pending status", read as `wait`
 * (FACTS.md [I]); every other instance is left exactly as it is.
 */
export function applyBulkUpdate(state: ElmaState, process: ElmaProcess, request: BulkUpdateRequest): BulkUpdateResult {
  return request.mode === 'listed'
    ? updateListed(state, process, request.instanceIds)
    : updateAllActive(state, process, request.unselectedIds);
}

/**
 * Each distinct id is either updated or skipped. Guess: ids that are not instances of this
 * process (unknown, or another process's) are skipped, not an error.
 */
function updateListed(state: ElmaState, process: ElmaProcess, ids: readonly string[]): BulkUpdateResult {
  const latest = latestVersion(process);
  const updatedIds: string[] = [];
  for (const id of ids) {
    const instance = state.instances.get(id);
    if (instance && instance.namespace === process.namespace && instance.code === process.code && moveIfPending(instance, latest)) {
      updatedIds.push(id);
    }
  }
  return { updated: updatedIds.length, skipped: ids.length - updatedIds.length, updatedIds };
}

/**
 * Every unfinished (exec, wait) instance of the process not in `unselected` is considered; only
 * the wait ones can move. Guess: excluded ids, and ids that are not this process's active
 * instances, are not counted at all. Walks the process's state index, so it costs the number of
 * active instances, not of all instances.
 */
function updateAllActive(state: ElmaState, process: ElmaProcess, unselected: ReadonlySet<string>): BulkUpdateResult {
  const latest = latestVersion(process);
  const updatedIds: string[] = [];
  let skipped = 0;
  for (const activeState of ACTIVE_STATES) {
    for (const id of process.idsByState[activeState]) {
      if (unselected.has(id)) continue;
      const instance = state.instances.get(id);
      if (instance && moveIfPending(instance, latest)) updatedIds.push(id);
      else skipped++;
    }
  }
  return { updated: updatedIds.length, skipped, updatedIds };
}

/** Guess: a wait instance already on the latest version is not moved (nothing to do). */
function moveIfPending(instance: ElmaInstance, latest: number): boolean {
  if (instance.state !== 'wait' || instance.version === latest) return false;
  instance.version = latest;
  return true;
}
