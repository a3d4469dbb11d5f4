import { CsaFailure } from './csa-failure.js';
import type { StateUpdate } from './csa-request-xml.js';
import type { CsaProcessInstance } from './csa-state.js';
import { stateChangeRefusal } from './csa-state-rules.js';

/** How a refused state change is answered; see CsaEmulatorOptions.stateRefusalStatus. */
export type StateRefusalStatus = 400 | 409 | 500;

/**
 * `view=processinstancestate&action=merge`: "the process instance state, return code and status
 * can be changed". All-or-nothing: a refused state change leaves return code and status alone.
 */
export function mergeState(instance: CsaProcessInstance, update: StateUpdate, refusalStatus: StateRefusalStatus): void {
  if (update.state !== undefined) {
    const refusal = stateChangeRefusal(instance.state, update.state);
    if (refusal !== null) throw new CsaFailure(refusalStatus, 'InvalidStateTransition', refusal);
  }
  if (update.state !== undefined) instance.state = update.state;
  if (update.returnCode !== undefined) instance.returnCode = update.returnCode;
  if (update.status !== undefined) instance.status = update.status;
}
