import { INSTANCE_STATES, type InstanceState } from '../../core/commands.js';
import type { ProcessState } from '../../core/read-views.js';

/** CSA's states in the gateway's terms: INITIALIZED and READY have not run yet; PENDING waits. */
/** CSA's own states: every InstanceState but SUSPENDED, which only IBM BPM takes. */
export const CSA_STATES = INSTANCE_STATES.filter((s): s is Exclude<InstanceState, 'SUSPENDED'> => s !== 'SUSPENDED');
export type CsaState = (typeof CSA_STATES)[number];

export const CSA_PROCESS_STATES: Readonly<Record<CsaState, ProcessState>> = {
  INITIALIZED: 'NOT_STARTED', READY: 'NOT_STARTED', PENDING: 'WAITING', ACTIVE: 'RUNNING',
  COMPLETED: 'COMPLETED', ERROR: 'FAILED', CANCELED: 'CANCELED',
};

/** "The terminal states are 'COMPLETED, ERROR, CANCELED'" (csa-update-process-instance.txt). */
export const CSA_TERMINAL_STATES: ReadonlySet<InstanceState> = new Set(['COMPLETED', 'ERROR', 'CANCELED']);

/**
 * The document's rules for a state merge: a terminal instance cannot be set "to a different value
 * than what it is currently", and an ACTIVE one "cannot be reset back to Ready". Everything else,
 * setting the same state again included, is allowed. Null when allowed, else why not.
 */
export function csaTransitionRefusal(from: InstanceState, to: InstanceState): string | null {
  if (from === to) return null;
  if (CSA_TERMINAL_STATES.has(from)) return `${from} is a terminal state; it cannot change to ${to}`;
  if (from === 'ACTIVE' && to === 'READY') return 'an ACTIVE instance cannot be reset back to READY';
  return null;
}
