import type { BpmFailure } from './bpm-failure.js';

/** What every adapter call returns: the value, or the expected failure as data. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: BpmFailure };

export const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = (failure: BpmFailure): { ok: false; failure: BpmFailure } => ({ ok: false, failure });
