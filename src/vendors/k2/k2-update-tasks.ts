import type { TaskUpdated, UpdateTaskItem } from '../../core/commands.js';
import { Refusal, type TaskBatchDeclaration } from '../../pipeline/vendor-operation.js';
import { encodeK2TaskAction } from './k2-task-action.js';
import { buildUpdateTasksXml } from './k2-task-xml.js';
import { K2_NOT_UPDATED, K2_XML_HEADERS, type K2Settings } from './k2-wire.js';

/** The action attribute of a checked item (the batch checks every item with UpdateTask's checks first). */
const actionOf = (item: UpdateTaskItem): string => {
  const action = encodeK2TaskAction(item.action);
  if (!action.ok) throw new Error('an unchecked task action reached the batch');
  return action.value;
};

/**
 * `POST SyncREST.svc/Task/Items/UpdateTasks` with a `t:UpdateTaskCollection` (FACTS.md). Its
 * answer is documented only as "Success/Failure": a 2xx is taken as every item applied; anything
 * else says nothing per item, so the batch reads each task back (`judge`).
 */
export const k2UpdateTasks: TaskBatchDeclaration<K2Settings> = {
  chunkSize: (settings) => settings.updateTasksChunkSize,
  chunk: {
    // Every item passed UpdateTask's own checks before the batch was cut into chunks.
    check: () => null,
    request: (chunk) => ({
      method: 'POST',
      path: '/SyncREST.svc/Task/Items/UpdateTasks',
      headers: K2_XML_HEADERS,
      body: buildUpdateTasksXml(chunk.map(({ number, item }) => ({ id: number, command: item, action: actionOf(item) }))),
    }),
    // A task action must never run twice: a chunk is never retried.
    effect: 'single write',
    statuses: K2_NOT_UPDATED,
    read: () => undefined,
  },
  succeeded: (item): TaskUpdated => ({ serialNumber: item.serialNumber, vendorAction: actionOf(item) }),
  judge: (item, now) => {
    // Guess: an actioned task leaves the worklist, so one that is gone may have been actioned by
    // this call, or never have been there: nobody can tell.
    if (!now.ok) return 'unknown';
    const task = now.value;
    const { action } = item;
    switch (action.kind) {
      case 'ACTION': {
        const offered = task.actions.find((a) => a.name === action.name);
        if (!offered) return new Refusal(`K2 task ${item.serialNumber} offers no action '${action.name}' (it offers ${task.actions.map((a) => a.name).join(', ') || 'none'}); nothing was applied`);
        // "Only actions which have been configured to support batch processing can be updated via the Task service."
        if (!offered.batchable) return new Refusal(`K2 takes action '${action.name}' of task ${item.serialNumber} only through its Worklist service, not in a batch (the action is not batchable); nothing was applied`);
        return 'not applied';
      }
      case 'REDIRECT':
        return sameUser(task.allocatedUser, action.user) ? 'applied' : 'not applied';
      case 'SLEEP':
        return task.status === 'Sleeping' ? 'applied' : 'not applied';
      case 'WAKE':
        return task.status === 'Sleeping' ? 'not applied' : 'applied';
      case 'DELEGATE':
        // The read does not show delegations; delegating again to the same user leaves the same task.
        return 'not applied';
    }
  },
};

/** Guess: K2 names users case-insensitively, and a name without a label (`ACME\bob`) is in the K2 label. */
function sameUser(allocated: string | null, target: string | null | undefined): boolean {
  if (!allocated || !target) return false;
  const labelled = (u: string) => (/^[^\\:]+:/.test(u) ? u : `K2:${u}`).toLowerCase();
  return labelled(allocated) === labelled(target);
}

