import { K2Failure } from './k2-failure.js';
import type { FieldValue } from './k2-request-xml.js';

/**
 * Field updates are checked for all fields first and applied afterwards, so a request that
 * names one unknown field changes nothing.
 */
export function checkFieldsExist(fields: ReadonlyMap<string, string>, updates: readonly FieldValue[], owner: string): void {
  for (const { name } of updates) {
    if (!fields.has(name)) throw new K2Failure(400, 'DataFieldNotFound', `${owner} has no field "${name}"`);
  }
}

/** Guess: when a request names the same field twice, the last value wins. */
export function applyFields(fields: Map<string, string>, updates: readonly FieldValue[]): void {
  for (const { name, value } of updates) fields.set(name, value);
}
