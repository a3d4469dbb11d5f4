import { defineVendor } from '../../pipeline/vendor-operation.js';
import { readK2Failure } from './k2-error-body.js';
import { k2ListTasks } from './k2-list-tasks.js';
import { k2ReadInstance } from './k2-read-instance.js';
import { k2ReadTask } from './k2-read-task.js';
import { k2UpdateProcessInstance } from './k2-update-process-instance.js';
import { k2UpdateTask } from './k2-update-task.js';
import { k2UpdateTasks } from './k2-update-tasks.js';
import { DEFAULT_UPDATE_TASKS_CHUNK, type K2Settings } from './k2-wire.js';

/**
 * K2 (blackpearl / K2 Five legacy REST services), in XML: everything the gateway does with K2.
 * K2 has no bulk read: one documented GET per instance or task, in parallel.
 */
export const k2Vendor = defineVendor({
  vendor: 'K2',
  name: 'K2',
  settings: (backend): K2Settings => ({ updateTasksChunkSize: backend.updateTasksChunkSize ?? DEFAULT_UPDATE_TASKS_CHUNK }),
  readError: readK2Failure,
  mutations: { UPDATE_PROCESS_INSTANCE: k2UpdateProcessInstance, UPDATE_TASK: k2UpdateTask },
  batches: { UPDATE_TASKS: k2UpdateTasks },
  reads: { instance: { one: k2ReadInstance }, task: { one: k2ReadTask } },
  lists: { tasks: k2ListTasks },
});
