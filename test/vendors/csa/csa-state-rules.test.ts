import { describe, expect, it } from 'vitest';
import { INSTANCE_STATES, type InstanceState } from '../../../src/core/commands.js';
import { csaTransitionRefusal } from '../../../src/vendors/csa/csa-state-rules.js';

/** The document's rules as a table: from → the states it may be set to. */
const ALLOWED: Record<InstanceState, readonly InstanceState[]> = {
  INITIALIZED: INSTANCE_STATES,
  PENDING: INSTANCE_STATES,
  READY: INSTANCE_STATES,
  ACTIVE: INSTANCE_STATES.filter((s) => s !== 'READY'),
  COMPLETED: ['COMPLETED'],
  ERROR: ['ERROR'],
  CANCELED: ['CANCELED'],
};

describe('csaTransitionRefusal', () => {
  const pairs = INSTANCE_STATES.flatMap((from) => INSTANCE_STATES.map((to) => [from, to, ALLOWED[from].includes(to)] as const));

  it('covers all 49 pairs', () => expect(pairs).toHaveLength(49));

  it.each(pairs)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(csaTransitionRefusal(from, to) === null).toBe(allowed);
  });

  it('says why a terminal state cannot change', () => {
    expect(csaTransitionRefusal('COMPLETED', 'ACTIVE')).toBe('COMPLETED is a terminal state; it cannot change to ACTIVE');
    expect(csaTransitionRefusal('ACTIVE', 'READY')).toBe('an ACTIVE instance cannot be reset back to READY');
  });
});
