import type { CsaPerson } from './csa-people.js';

/**
 * The emulator's in-memory CSA world: process instances by id. Tests read and change it directly
 * through `CsaEmulator.state`. Everything here is plain data (no Maps inside an instance), so a
 * seed is the same shape as the live state and survives JSON.
 */

/** The seven documented processInstanceState values (csa-update-process-instance.txt). */
export const CSA_INSTANCE_STATES = ['INITIALIZED', 'PENDING', 'READY', 'ACTIVE', 'COMPLETED', 'ERROR', 'CANCELED'] as const;
export type CsaInstanceState = (typeof CSA_INSTANCE_STATES)[number];

/** The four documented processReturnCode values. */
export const CSA_RETURN_CODES = ['SUCCESS', 'FAILURE', 'RUNNING', 'TIMEOUT'] as const;
export type CsaReturnCode = (typeof CSA_RETURN_CODES)[number];

/** CSA custom property types: Boolean, List, Integer (int32), String (CSA 4.90, "Create custom properties"). */
export const CSA_VALUE_TYPES = ['STRING', 'INTEGER', 'BOOLEAN', 'LIST'] as const;
export type CsaValueType = (typeof CSA_VALUE_TYPES)[number];

export type CsaParamRole = 'INPUT' | 'OUTPUT';

export interface CsaProperty {
  name: string;
  valueType: CsaValueType;
  /** Any number of values, in order (the document's `<values>` is a list for every type). */
  values: string[];
  paramRoleType: CsaParamRole;
  confidential: boolean;
  /** A readOnly property refuses every merge (csa-property-merge.ts). */
  readOnly: boolean;
  encrypted: boolean;
  /** Written back as the VO shows them; the emulator does not enforce them (the doc's own example has 0/0). */
  maxOccurs: number;
  minOccurs: number;
  orderIndex: number;
}

export interface CsaProcessInstance {
  /** 32 lowercase hex characters in real CSA; any string here. */
  id: string;
  processDefinition: { id: string; name: string };
  state: CsaInstanceState;
  returnCode: CsaReturnCode | null;
  status: string | null;
  /** In the order the VO lists them. */
  properties: CsaProperty[];
  context?: string;
  artifactId: string;
  /** Seconds, as in the doc's example (3600). */
  timeout: number;
  errorOnTimeout: boolean;
}

export interface CsaState {
  instances: Map<string, CsaProcessInstance>;
}

export interface CsaSeed {
  /** The people a userIdentifier or a login lookup can name. */
  people: CsaPerson[];
  instances: CsaProcessInstance[];
}

export function createState(seed: CsaSeed): CsaState {
  const state: CsaState = { instances: new Map() };
  loadSeed(state, seed);
  return state;
}

/** Replaces the state's contents in place (deep copies), so references held by tests stay valid. */
export function loadSeed(state: CsaState, seed: CsaSeed): void {
  state.instances.clear();
  for (const instance of seed.instances) state.instances.set(instance.id, structuredClone(instance));
}
