import { describe, expect, it } from 'vitest';
import { CSA_STATES, csaTransitionRefusal, type CsaState } from '../../../src/vendors/csa/csa-state-rules.js';

/** The document's rules as a table: from → the states it may be set to. */
const ALLOWED: Record<CsaState, readonly CsaState[]> = {
  INITIALIZED: CSA_STATES,
  PENDING: CSA_STATES,
  READY: CSA_STATES,
  ACTIVE: CSA_STATES.filter((s) => s !== 'READY'),
  COMPLETED: ['COMPLETED'],
  ERROR: ['ERROR'],
  CANCELED: ['CANCELED'],
};

describe('csaTransitionRefusal', () => {
  const pairs = CSA_STATES.flatMap((from) => CSA_STATES.map((to) => [from, to, ALLOWED[from].includes(to)] as const));

  it('covers all 49 pairs', () => expect(pairs).toHaveLength(49));

  it.each(pairs)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(csaTransitionRefusal(from, to) === null).toBe(allowed);
  });

  it('says why a terminal state cannot change', () => {
    expect(csaTransitionRefusal('COMPLETED', 'ACTIVE')).toBe('COMPLETED is a terminal state; it cannot change to ACTIVE');
    expect(csaTransitionRefusal('ACTIVE', 'READY')).toBe('an ACTIVE instance cannot be reset back to READY');
  });
});
