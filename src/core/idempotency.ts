import { createHash } from 'node:crypto';
import type { Outcome } from './outcome.js';

/**
 * What a store keeps of a mutation that ran with a clientMutationId: a digest of its input, and
 * its answer once it has one (`pending` while it runs).
 */
export type IdempotencyEntry = { inputDigest: string; state: 'pending' } | { inputDigest: string; state: 'done'; outcome: Outcome<unknown> };

/** Who a claim is for, and what the store sets aside for its answer until it has one. */
export interface ClaimOwner {
  /** The caller's key: each caller's answers count against its own share. */
  caller: string;
  /** Bytes set aside while the call runs (the input's size: answers rarely exceed what was sent). */
  reserveBytes: number;
}

/** What a finished entry is, for eviction: only answers of calls safe to repeat may be forgotten early. */
export interface FinishedMeta extends ClaimOwner {
  /** The call may run twice harmlessly, so forgetting its answer before the window ends is safe. */
  evictable: boolean;
}

export type ClaimResult =
  | { claimed: true }
  | { claimed: false; entry: IdempotencyEntry }
  /** No room to remember a new answer without forgetting one that must not be forgotten. */
  | { claimed: false; full: string };

/**
 * Where first answers live for the idempotency window: in memory by default, in Redis when several
 * gateway replicas must share them. `claim` is atomic: only one caller gets to run a given key.
 * Both are bounded by bytes, with a share per caller: a caller over its share forgets its own
 * evictable answers first, never another caller's, and gets `full` rather than forget an answer
 * of a call that must not run twice.
 */
export interface IdempotencyStore {
  /** Claims the key for a new run; or returns what is there already; or says there is no room. */
  claim(key: string, inputDigest: string, windowMs: number, owner: ClaimOwner): Promise<ClaimResult>;
  /** Records the answer of a claimed run for the rest of the window. */
  finish(key: string, entry: IdempotencyEntry, windowMs: number, meta: FinishedMeta): Promise<void>;
  /** Gives up a claim whose run did not answer, or whose answer is not kept, so that a retry may run. */
  release(key: string): Promise<void>;
  close(): Promise<void>;
}

/** The byte bounds both stores keep. */
export interface StoreBounds {
  maxBytes: number;
  maxBytesPerCaller: number;
}

/** The size an entry is counted at: its JSON, as Redis holds it and as the heap roughly does. */
export const entryBytes = (entry: IdempotencyEntry): number => Buffer.byteLength(JSON.stringify(entry));

/** A stable digest of an input, clientMutationId and dryRun (never stored) left out, keys sorted at every level. */
export function digestInput(input: object): string {
  const canonical = (v: unknown, top = false): unknown => {
    if (Array.isArray(v)) return v.map((x) => canonical(x));
    if (v instanceof Date) return v.toISOString();
    if (v && typeof v === 'object') {
      // Only the input's own clientMutationId and dryRun are left out: a variable of that name is input.
      const keys = Object.keys(v).filter((k) => !top || (k !== 'clientMutationId' && k !== 'dryRun'));
      return Object.fromEntries(keys.sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return createHash('sha256').update(JSON.stringify(canonical(input, true))).digest('hex');
}
