import type { CsaValueType } from './csa-state.js';

/**
 * Whether values fit a property type. CSA's custom property types are Boolean, List, Integer
 * (int32) and String (CSA 4.90, "Create custom properties"). The document's `<values>` is a list
 * and states no count for any type, so every type takes any number of values, kept in order;
 * each must fit the type. Guesses: INTEGER is decimal with an optional sign (as Java's
 * Integer.parseInt reads it, ASCII digits only, no whitespace); BOOLEAN is lowercase true/false.
 * Values are stored exactly as sent, so "+007" stays "+007".
 */
export function valueProblem(name: string, type: CsaValueType, values: readonly string[]): string | null {
  for (const value of values) {
    if (type === 'INTEGER' && !isInt32(value)) return `property "${name}" of type INTEGER needs a 32-bit integer, got "${value}"`;
    if (type === 'BOOLEAN' && value !== 'true' && value !== 'false') {
      return `property "${name}" of type BOOLEAN needs true or false, got "${value}"`;
    }
  }
  return null;
}

function isInt32(value: string): boolean {
  if (!/^[+-]?[0-9]+$/.test(value)) return false;
  const n = Number(value);
  return n >= -2147483648 && n <= 2147483647;
}
