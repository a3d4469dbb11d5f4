import type { CsaInstanceState } from './csa-state.js';

/**
 * Which processInstanceState changes a PUT may make, all 49 pairs in one table.
 *
 * The rule, verbatim (csa-update-process-instance.txt): "the state cannot be changed to a
 * transitional state while it is already in a terminal state. The terminal states are
 * 'COMPLETED, ERROR, CANCELED'. So if the process instance state is already in any of the above
 * states, this call will fail if it attempts to set the state to a different value than what it
 * is currently. In addition, a process instance which is already in Active state cannot be reset
 * back to Ready state using this call."
 *
 * Setting the current state again is allowed, even in a terminal state ("a different value than
 * what it is currently"). Every pair the rule does not name is allowed, backwards ones included:
 * the docs forbid nothing else.
 */
export type StateChangeVerdict =
  | 'allowed'
  /** From COMPLETED, ERROR or CANCELED to any other state. */
  | 'from-terminal'
  /** ACTIVE back to READY. */
  | 'active-to-ready';

const A = 'allowed';
const T = 'from-terminal';
const R = 'active-to-ready';

export const STATE_CHANGES: Readonly<Record<CsaInstanceState, Readonly<Record<CsaInstanceState, StateChangeVerdict>>>> = {
  //    to:       INITIALIZED     PENDING     READY     ACTIVE     COMPLETED     ERROR     CANCELED
  INITIALIZED: { INITIALIZED: A, PENDING: A, READY: A, ACTIVE: A, COMPLETED: A, ERROR: A, CANCELED: A },
  PENDING:     { INITIALIZED: A, PENDING: A, READY: A, ACTIVE: A, COMPLETED: A, ERROR: A, CANCELED: A },
  READY:       { INITIALIZED: A, PENDING: A, READY: A, ACTIVE: A, COMPLETED: A, ERROR: A, CANCELED: A },
  ACTIVE:      { INITIALIZED: A, PENDING: A, READY: R, ACTIVE: A, COMPLETED: A, ERROR: A, CANCELED: A },
  COMPLETED:   { INITIALIZED: T, PENDING: T, READY: T, ACTIVE: T, COMPLETED: A, ERROR: T, CANCELED: T },
  ERROR:       { INITIALIZED: T, PENDING: T, READY: T, ACTIVE: T, COMPLETED: T, ERROR: A, CANCELED: T },
  CANCELED:    { INITIALIZED: T, PENDING: T, READY: T, ACTIVE: T, COMPLETED: T, ERROR: T, CANCELED: A },
};

/** Why `from` → `to` is refused, as the error message says it; null when it is allowed. */
export function stateChangeRefusal(from: CsaInstanceState, to: CsaInstanceState): string | null {
  const prefix = `Process instance state cannot be changed from ${from} to ${to}`;
  switch (STATE_CHANGES[from][to]) {
    case 'allowed':
      return null;
    case 'from-terminal':
      return `${prefix}: ${from} is a terminal state`;
    case 'active-to-ready':
      return `${prefix}: an ACTIVE process instance cannot be reset back to READY`;
  }
}
