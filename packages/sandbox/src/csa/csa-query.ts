import { invalidRequest } from './csa-failure.js';

/**
 * One query parameter's value, or null when absent. Guess: a parameter given twice is
 * ambiguous and refused, whatever the values.
 */
export function singleParameter(query: URLSearchParams, name: string): string | null {
  const values = query.getAll(name);
  if (values.length > 1) throw invalidRequest(`query parameter ${name} is given ${values.length} times`);
  return values[0] ?? null;
}
