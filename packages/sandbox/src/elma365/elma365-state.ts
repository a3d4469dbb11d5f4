/**
 * The emulator's in-memory ELMA365 world: process templates with their published versions, and
 * process instances. Tests read it through `Elma365Emulator.state`; they change it only through
 * the emulator (its endpoints, `addInstances`, `reset`), because each process keeps an index of
 * its instances by state that direct edits would leave stale.
 */

/**
 * `__state` values: the TS SDK's ProcessInstanceState members (FACTS.md section 4, [C-3p]).
 * Guess: the wire strings are these lower-case words (FACTS [I]).
 */
export type ElmaInstanceState = 'exec' | 'wait' | 'done' | 'error' | 'cancel';

export const ELMA_INSTANCE_STATES: readonly ElmaInstanceState[] = ['exec', 'wait', 'done', 'error', 'cancel'];

/** Not finished: what `updateAllActive` looks at (only `wait` ones can move). */
export const ACTIVE_STATES: readonly ElmaInstanceState[] = ['exec', 'wait'];

export interface ElmaInstance {
  /** Lower-case UUID. */
  id: string;
  /** The process template's workspace code. */
  namespace: string;
  /** The process template's code. */
  code: string;
  state: ElmaInstanceState;
  /** The published template version the instance runs on. */
  version: number;
  name: string;
  /** ISO instant. */
  createdAt: string;
}

export interface ElmaProcess {
  namespace: string;
  code: string;
  name: string;
  /** Published versions, ascending; the last is the latest. */
  versions: number[];
  /** Index kept by the emulator: this process's instance ids per state, in creation order. */
  idsByState: Record<ElmaInstanceState, Set<string>>;
}

export interface ElmaState {
  /** By `namespace/code` (see processKey). */
  processes: Map<string, ElmaProcess>;
  /** By id. */
  instances: Map<string, ElmaInstance>;
}

/** Seed data: plain JSON-friendly values, so a start-up banner can print it. */
export interface ElmaProcessSeed {
  namespace: string;
  code: string;
  name: string;
  /** Published versions, any order; the highest is the latest. */
  versions: number[];
}

export type ElmaInstanceSeed = ElmaInstance;

export interface ElmaSeed {
  processes: ElmaProcessSeed[];
  instances: ElmaInstanceSeed[];
}

export function processKey(namespace: string, code: string): string {
  return `${namespace}/${code}`;
}

export function latestVersion(process: ElmaProcess): number {
  return process.versions[process.versions.length - 1] ?? 0;
}

export function createState(seed: ElmaSeed): ElmaState {
  const state: ElmaState = { processes: new Map(), instances: new Map() };
  loadSeed(state, seed);
  return state;
}

/** Replaces the state's contents in place, so references held by tests stay valid after reset. */
export function loadSeed(state: ElmaState, seed: ElmaSeed): void {
  state.processes.clear();
  state.instances.clear();
  for (const p of seed.processes) {
    const key = processKey(p.namespace, p.code);
    if (state.processes.has(key)) throw new Error(`the ELMA365 seed has process ${key} twice`);
    if (p.versions.length === 0 || !p.versions.every((v) => Number.isInteger(v) && v > 0)) {
      throw new Error(`the ELMA365 seed gives process ${key} no valid published versions`);
    }
    const versions = [...new Set(p.versions)].sort((a, b) => a - b);
    state.processes.set(key, { namespace: p.namespace, code: p.code, name: p.name, versions, idsByState: emptyIndex() });
  }
  for (const i of seed.instances) addInstance(state, { ...i });
}

/** Adds one instance and indexes it; throws on a seed or call that breaks the model. */
export function addInstance(state: ElmaState, instance: ElmaInstance): void {
  const process = state.processes.get(processKey(instance.namespace, instance.code));
  if (!process) throw new Error(`instance ${instance.id}: no process ${processKey(instance.namespace, instance.code)}`);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(instance.id)) {
    throw new Error(`instance id ${instance.id} is not a lower-case UUID`);
  }
  if (state.instances.has(instance.id)) throw new Error(`instance ${instance.id} exists already`);
  if (!ELMA_INSTANCE_STATES.includes(instance.state)) throw new Error(`${String(instance.state)} is not an ELMA365 instance state`);
  if (!process.versions.includes(instance.version)) {
    throw new Error(`instance ${instance.id}: version ${instance.version} of ${processKey(process.namespace, process.code)} is not published`);
  }
  state.instances.set(instance.id, instance);
  process.idsByState[instance.state].add(instance.id);
}

function emptyIndex(): Record<ElmaInstanceState, Set<string>> {
  return { exec: new Set(), wait: new Set(), done: new Set(), error: new Set(), cancel: new Set() };
}
