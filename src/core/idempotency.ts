import { createHash } from 'node:crypto';
import type { Outcome } from './outcome.js';

/**
 * What a store keeps of a mutation that ran with a clientMutationId: a digest of its input, and
 * its answer once it has one (`pending` while it runs).
 */
export type IdempotencyEntry = { inputDigest: string; state: 'pending' } | { inputDigest: string; state: 'done'; outcome: Outcome<unknown> };

/**
 * Where first answers live for the idempotency window: in memory by default, in Redis when several
 * gateway replicas must share them. `claim` is atomic: only one caller gets to run a given key.
 */
export interface IdempotencyStore {
  /** Claims the key for a new run; or returns what is there already. */
  claim(key: string, inputDigest: string, windowMs: number): Promise<{ claimed: true } | { claimed: false; entry: IdempotencyEntry }>;
  /** Records the answer of a claimed run for the rest of the window. */
  finish(key: string, entry: IdempotencyEntry, windowMs: number): Promise<void>;
  /** Gives up a claim whose run did not answer (it threw), so that a retry may run. */
  release(key: string): Promise<void>;
  close(): Promise<void>;
}

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
