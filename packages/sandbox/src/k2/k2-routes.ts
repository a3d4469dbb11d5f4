import type { K2EndpointContext } from './k2-endpoint-context.js';
import { getProcessInstance, updateProcessInstance } from './k2-process-instance-endpoints.js';
import type { Reply } from '../shared/reply.js';
import { updateTask, updateTasks } from './k2-task-endpoint.js';
import { filteredTaskItems } from './k2-task-items-filtered-endpoint.js';
import { getWorklistItem } from './k2-worklist-item-endpoint.js';

/** The emulator's base path; `K2Emulator.url` ends with it and plays the role of `{baseUrl}`. */
export const BASE_PATH = '/K2Services';

export interface K2Route {
  method: 'GET' | 'POST';
  handle: (ctx: K2EndpointContext) => Reply;
}

/**
 * Finds the endpoint for a decoded path. Guess: paths match case-sensitively (IIS would not),
 * so a client that misspells the documented casing is caught.
 */
export function matchRoute(pathname: string): K2Route | undefined {
  switch (pathname) {
    case `${BASE_PATH}/REST.svc/Process/Instances/UpdateProcessInstance`:
      return { method: 'POST', handle: updateProcessInstance };
    case `${BASE_PATH}/SyncREST.svc/Task/Items/UpdateTask`:
      return { method: 'POST', handle: updateTask };
    case `${BASE_PATH}/SyncREST.svc/Task/Items/UpdateTasks`:
      return { method: 'POST', handle: updateTasks };
    case `${BASE_PATH}/SyncREST.svc/Task/Items/Filtered`:
      return { method: 'POST', handle: filteredTaskItems };
  }
  const instance = /^\/K2Services\/REST\.svc\/Process\/Instances\(([^()/]*)\)$/.exec(pathname);
  if (instance) {
    const id = instance[1] ?? '';
    return { method: 'GET', handle: (ctx) => getProcessInstance(ctx, id) };
  }
  const item = /^\/K2Services\/REST\.svc\/Worklist\/Items\(([^()/]*)\)$/.exec(pathname);
  if (item) {
    const serial = item[1] ?? '';
    return { method: 'GET', handle: (ctx) => getWorklistItem(ctx, serial) };
  }
  return undefined;
}
