import type { StatusRule } from '../../pipeline/vendor-operation.js';

/** What K2's calls take from a backend's config. */
export interface K2Settings {
  /** Items per UpdateTasks call. */
  updateTasksChunkSize: number;
}

/** Guess: K2 documents no limit on an UpdateTaskCollection; 100 items keep a body well under IIS's default 4 MB. */
export const DEFAULT_UPDATE_TASKS_CHUNK = 100;

/** What every K2 write sends: XML in, XML back. */
export const K2_XML_HEADERS = { 'content-type': 'application/xml; charset=utf-8', accept: 'application/xml' } as const;
export const K2_XML_ACCEPT = { accept: 'application/xml' } as const;

/** UpdateTask's one status that differs from the common table: "a 202 ... the task will NOT be updated" (k2-update-task.txt). */
export const K2_NOT_UPDATED: Readonly<Record<number, StatusRule>> = {
  202: { kind: 'vendor-rejected', message: 'accepted the request but did not apply it' },
};
