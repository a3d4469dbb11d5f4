import type { FailureOf } from './bpm-failure.js';
import { invalidInput } from './failures.js';

/** Checks of input that hold for every vendor; each returns the ValidationError or null. */
export type Invalid = FailureOf<'validation'>;
/** What a check may refuse before sending: bad input, or a request the vendor has no call for (IBM cannot set a state to COMPLETED). */
export type Refused = Invalid | FailureOf<'unsupported-operation'>;

export function checkNonNegativeInt(value: number | null | undefined, field: string): Invalid | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0) return invalidInput(field, 'must be 0 or more');
  return null;
}

/**
 * A list of named items (fields, properties): every name non-blank and used once, and whatever
 * `checkItem` says of each. Paths name the item as written: `dataFields[1].name`.
 */
export function checkNamedList<T extends { name: string }>(
  list: readonly T[] | null | undefined,
  field: string,
  checkItem: (item: T, at: string) => Invalid | null,
): Invalid | null {
  if (!list) return null;
  const seen = new Set<string>();
  for (const [i, item] of list.entries()) {
    const at = `${field}[${i}]`;
    if (item.name.trim() === '') return invalidInput(`${at}.name`, 'must not be empty');
    const bad = checkItem(item, at);
    if (bad) return bad;
    if (seen.has(item.name)) return invalidInput(`${at}.name`, `'${clip(item.name)}' is named twice`);
    seen.add(item.name);
  }
  return null;
}

/** Input echoed in a message is cut short: a 1 MB value does not belong in an error. */
export function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
