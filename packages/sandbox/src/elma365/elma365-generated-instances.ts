import { randomUUID } from 'node:crypto';
import { addInstance, processKey, type ElmaInstanceState, type ElmaState } from './elma365-state.js';

/**
 * Adds `count` instances to a process in one go, for scale tests: states cycle through
 * `states`, all on `version`, all created now. Returns their ids in creation order.
 */
export function addGeneratedInstances(
  state: ElmaState,
  namespace: string,
  code: string,
  count: number,
  states: readonly ElmaInstanceState[],
  version: number,
): string[] {
  const process = state.processes.get(processKey(namespace, code));
  if (!process) throw new Error(`the ELMA365 emulator has no process ${processKey(namespace, code)}`);
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number, got ${count}`);
  if (states.length === 0) throw new Error('states must name at least one state');
  const createdAt = new Date().toISOString();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const instanceState = states[i % states.length] as ElmaInstanceState;
    addInstance(state, { id, namespace, code, state: instanceState, version, name: `${process.name} (generated ${i + 1})`, createdAt });
    ids.push(id);
  }
  return ids;
}
