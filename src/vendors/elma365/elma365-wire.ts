import type { StatusRule } from '../../pipeline/vendor-operation.js';

export const ELMA_JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' } as const;
export const ELMA_JSON_ACCEPT = { accept: 'application/json' } as const;

/** The migration document's own words: a 403 for non-administrators, a 404 for an unknown process. */
export const MIGRATION_STATUSES: Readonly<Record<number, StatusRule>> = {
  403: { kind: 'permission-denied', message: 'lets only an administrator bulk-update process instances' },
  404: { kind: 'not-found', message: 'has no such process' },
};
