import DataLoader from 'dataloader';
import type { Adapter, CallContext } from './adapter.js';
import { unsupportedOperation } from './failures.js';
import { fail, type Outcome } from './outcome.js';
import type { ProcessInstanceView, TaskView } from './read-views.js';

export type InstanceLoader = DataLoader<string, Outcome<ProcessInstanceView>>;
export type TaskLoader = DataLoader<string, Outcome<TaskView>>;

/**
 * This request's reader of a backend's instances: every read of the request goes through it, so
 * an instance named five times is read once, and ids asked for in the same tick go to the vendor
 * as one batch (IBM's bulk read). Outcomes are cached as values: a 404 is an answer too.
 */
export function instanceLoader(call: CallContext, adapter: Adapter): InstanceLoader {
  return call.scope.memo(`instances:${adapter.id}`, () =>
    new DataLoader<string, Outcome<ProcessInstanceView>>((ids) =>
      adapter.readInstances
        ? adapter.readInstances(ids, call)
        : Promise.resolve(ids.map(() => fail(unsupportedOperation(adapter.id, adapter.vendor, 'READ_PROCESS_INSTANCE')))),
      { maxBatchSize: adapter.readBatchSize ?? Infinity },
    ),
  );
}

/** Likewise for tasks, by serial number. */
export function taskLoader(call: CallContext, adapter: Adapter): TaskLoader {
  return call.scope.memo(`tasks:${adapter.id}`, () =>
    new DataLoader<string, Outcome<TaskView>>((serials) =>
      adapter.readTasks
        ? adapter.readTasks(serials, call)
        : Promise.resolve(serials.map(() => fail(unsupportedOperation(adapter.id, adapter.vendor, 'READ_TASK')))),
    ),
  );
}
