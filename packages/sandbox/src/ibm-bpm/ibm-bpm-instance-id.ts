import { instanceIdNotNumber, instanceNotFound } from './ibm-bpm-failure.js';
import type { IbmInstance, IbmState } from './ibm-bpm-state.js';

/**
 * The piid a path segment names. IBM reads it as a number, so Guess: leading zeros are dropped
 * ('023972' is 23972); anything but digits is CWTBG0553E.
 */
export function parseInstanceId(raw: string): string {
  if (!/^[0-9]+$/.test(raw)) throw instanceIdNotNumber(raw);
  return BigInt(raw).toString();
}

export function findInstance(state: IbmState, piid: string): IbmInstance {
  const instance = state.instances.get(piid);
  if (!instance) throw instanceNotFound(piid);
  return instance;
}
