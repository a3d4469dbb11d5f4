import type { StatusRule } from '../../pipeline/vendor-operation.js';

/** What every K2 write sends: XML in, XML back. */
export const K2_XML_HEADERS = { 'content-type': 'application/xml; charset=utf-8', accept: 'application/xml' } as const;
export const K2_XML_ACCEPT = { accept: 'application/xml' } as const;

/** UpdateTask's one status that differs from the common table: "a 202 ... the task will NOT be updated" (k2-update-task.txt). */
export const K2_NOT_UPDATED: Readonly<Record<number, StatusRule>> = {
  202: { kind: 'vendor-rejected', message: 'accepted the request but did not apply it' },
};
