import { invalidInput } from '../core/failures.js';
import type { FailureOf } from '../core/bpm-failure.js';
import { parseGlobalId, type EntityType } from '../core/global-id.js';

/** What an `_entities` representation names: a backend and a vendor id, or why it names nothing. */
export type EntityKey = { type: EntityType; backend: string; vendorId: string } | FailureOf<'validation'>;

const VENDOR_KEY: Record<EntityType, 'instanceId' | 'serialNumber'> = { ProcessInstance: 'instanceId', Task: 'serialNumber' };

/**
 * The one reading of a representation, for the resolver and for the request's price alike: by
 * `backend` and the vendor's id (`instanceId`, `serialNumber`) when both are there, else by the
 * global `id`. `_Any` is any JSON, so every part must be a string.
 */
export function entityKey(type: EntityType, ref: Record<string, unknown>): EntityKey {
  const vendorKey = VENDOR_KEY[type];
  if (ref['backend'] !== undefined && ref[vendorKey] !== undefined) {
    const backend = ref['backend'];
    const vendorId = ref[vendorKey];
    if (typeof backend !== 'string') return invalidInput('backend', 'must be a string');
    if (typeof vendorId !== 'string') return invalidInput(vendorKey, 'must be a string');
    return { type, backend, vendorId };
  }
  const id = ref['id'];
  if (typeof id !== 'string') return invalidInput('id', `must be a global id string (or give backend and ${vendorKey})`);
  const parts = parseGlobalId(id);
  if (typeof parts === 'string') return invalidInput('id', parts);
  if (parts.type !== type) return invalidInput('id', `names a ${parts.type}, not a ${type}`);
  return { type, backend: parts.backend, vendorId: parts.vendorId };
}
