import DataLoader from 'dataloader';
import type { CallContext } from '../core/call-context.js';
import type { Outcome } from '../core/outcome.js';
import type { ProcessInstanceView, TaskView } from '../core/read-views.js';
import type { ConfiguredBackend } from './configured-backend.js';

export type InstanceLoader = DataLoader<string, Outcome<ProcessInstanceView>>;
export type TaskLoader = DataLoader<string, Outcome<TaskView>>;

/**
 * This request's reader of a backend's instances: every read of the request goes through it (a
 * CSA state check too), so an instance named five times is read once, and ids asked for in the
 * same tick go to the vendor as one batch (IBM's bulk read). Outcomes are cached as values: a 404
 * is an answer too.
 */
export function instanceLoader(call: CallContext, backend: ConfiguredBackend): InstanceLoader {
  return call.scope.memo(`instances:${backend.id}`, () =>
    new DataLoader<string, Outcome<ProcessInstanceView>>((ids) => backend.readInstances(ids, call), { maxBatchSize: backend.instanceBatchSize }),
  );
}

/** Likewise for tasks, by serial number. */
export function taskLoader(call: CallContext, backend: ConfiguredBackend): TaskLoader {
  return call.scope.memo(`tasks:${backend.id}`, () => new DataLoader<string, Outcome<TaskView>>((serials) => backend.readTasks(serials, call)));
}
