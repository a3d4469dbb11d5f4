/**
 * The emulator's in-memory IBM BPM world: process instances by piid. Tests read and change it
 * directly through `IbmBpmEmulator.state`. Everything inside an instance is plain data, so a seed
 * has the same shape as the live state and survives JSON.
 */

/** The executionState values (FACTS [C-3p]: egetman ExecutionState.java). */
export const IBM_EXECUTION_STATES = ['New', 'Active', 'Completed', 'Failed', 'Suspended', 'Terminated'] as const;
export type IbmExecutionState = (typeof IBM_EXECUTION_STATES)[number];

/** The `state` values (FACTS [C-3p]: egetman ProcessState.java). */
export type IbmProcessState =
  | 'STATE_COMPENSATED'
  | 'STATE_COMPENSATION_FAILED'
  | 'STATE_COMPENSATING'
  | 'STATE_DELETED'
  | 'STATE_FAILED'
  | 'STATE_FAILING'
  | 'STATE_FINISHED'
  | 'STATE_INDOUBT'
  | 'STATE_READY'
  | 'STATE_RUNNING'
  | 'STATE_SUSPENDED'
  | 'STATE_TERMINATED'
  | 'STATE_TERMINATING';

/**
 * The `state` that goes with each executionState. Active/Suspended/Terminated are confirmed by
 * the ibpm-js fixtures (FACTS); Completed → STATE_FINISHED and Failed → STATE_FAILED follow the
 * names. Guess: New → STATE_READY (nothing public pairs them).
 */
export const MATCHING_STATE: Readonly<Record<IbmExecutionState, IbmProcessState>> = {
  New: 'STATE_READY',
  Active: 'STATE_RUNNING',
  Completed: 'STATE_FINISHED',
  Failed: 'STATE_FAILED',
  Suspended: 'STATE_SUSPENDED',
  Terminated: 'STATE_TERMINATED',
};

/**
 * A subprocess (or event subprocess) or linked-process activity of an instance's execution tree,
 * with the variables of the process it runs.
 */
export interface IbmContext {
  /** The activity's flowObjectId, `bpdid:…`: the key of allVariables' `contexts`. */
  flowObjectId: string;
  kind: 'subprocess' | 'linkedProcess';
  /** `25.…`: what a `contexts` entry's processId must equal. */
  processId: string;
  name: string;
  /**
   * Guess: the process declares exactly these variables (a BPD declares its variables; the seed
   * stands in for it), so an update may change their values but never add a name.
   */
  variables: Record<string, unknown>;
}

export interface IbmInstance {
  /** Digits only, as a string (FACTS: `"piid":"23972"`). */
  piid: string;
  name: string;
  /** `25.…` */
  processTemplateID: string;
  processTemplateName: string;
  executionState: IbmExecutionState;
  /** Normally MATCHING_STATE[executionState]; kept separate because IBM reports both. */
  state: IbmProcessState;
  /** The top-level process's variables; its keys are the variables the process declares (see IbmContext). */
  variables: Record<string, unknown>;
  /** The subprocess and linked-process activities of the execution tree, in tree order. */
  contexts: IbmContext[];
  /** ISO 8601 UTC. Default '2026-01-05T09:00:00Z'. */
  creationTime?: string;
  /** ISO 8601 UTC. Default: creationTime. Guess: an update leaves it alone, so reads stay deterministic. */
  lastModificationTime?: string;
}

/** One allVariables call that changed an instance. */
export interface IbmVariableUpdate {
  piid: string;
  /** The `serverId` query parameter ("the workflow server in which to perform the action"); null when absent. */
  serverId: string | null;
  /** Who made the call. */
  username: string;
}

/** One state action (suspend, resume, retry, terminate) that changed an instance. */
export interface IbmInstanceAction {
  piid: string;
  action: string;
  username: string;
}

export interface IbmState {
  instances: Map<string, IbmInstance>;
  /** Every successful allVariables call, in order, so tests can see which serverId a client sent. */
  updates: IbmVariableUpdate[];
  /** Every state action that changed an instance, in order, bulk ones included. */
  actions: IbmInstanceAction[];
}

export interface IbmSeed {
  instances: IbmInstance[];
}

export function createState(seed: IbmSeed): IbmState {
  const state: IbmState = { instances: new Map(), updates: [], actions: [] };
  loadSeed(state, seed);
  return state;
}

/** Replaces the state's contents in place (deep copies), so references held by tests stay valid. */
export function loadSeed(state: IbmState, seed: IbmSeed): void {
  state.instances.clear();
  state.updates.length = 0;
  state.actions.length = 0;
  for (const instance of seed.instances) state.instances.set(instance.piid, structuredClone(instance));
}
