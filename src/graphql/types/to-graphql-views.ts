import { toGlobalId } from '../../core/global-id.js';
import type { ProcessInstanceView, TaskView } from '../../core/read-views.js';
import { ProcessInstance } from './process-instance-type.js';
import { Task } from './task-type.js';

/**
 * Views as class instances (union and interface members resolve by class), with the global id
 * beside the vendor's: a view's `id` is the vendor's instance id, `instanceId` in the schema.
 */
export const toProcessInstance = (view: ProcessInstanceView): ProcessInstance =>
  Object.assign(new ProcessInstance(), view, { id: toGlobalId('ProcessInstance', view.backend, view.id), instanceId: view.id });
export const toTask = (view: TaskView): Task => Object.assign(new Task(), view, { id: toGlobalId('Task', view.backend, view.serialNumber) });
