import type { IbmExecutionState } from './ibm-bpm-state.js';

/**
 * The executionStates whose variables allVariables may change: "not Active, Suspended or Failed"
 * answers 409 (ibm-bpm-all-variables.txt, status codes).
 */
export const UPDATABLE_STATES: readonly IbmExecutionState[] = ['Active', 'Suspended', 'Failed'];

export function acceptsVariableUpdates(state: IbmExecutionState): boolean {
  return UPDATABLE_STATES.includes(state);
}
