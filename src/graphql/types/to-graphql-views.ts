import type { ProcessInstanceView, TaskView } from '../../core/read-views.js';
import { ProcessInstance } from './process-instance-type.js';
import { Task } from './task-type.js';

/** Views as class instances: union members resolve by class. */
export const toProcessInstance = (view: ProcessInstanceView): ProcessInstance => Object.assign(new ProcessInstance(), view);
export const toTask = (view: TaskView): Task => Object.assign(new Task(), view);
