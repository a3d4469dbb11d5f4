import { CsaFailure, invalidRequest } from './csa-failure.js';
import type { CsaPerson } from './csa-people.js';
import { singleParameter } from './csa-query.js';

/**
 * The `userIdentifier` every processinstances call needs ("Required"), naming a person who
 * "must have admin access" (Retrieve_a_process_instance.html). It is separate from Basic auth.
 */
export function requireAdminPerson(query: URLSearchParams, people: readonly CsaPerson[]): CsaPerson {
  const id = singleParameter(query, 'userIdentifier');
  if (id === null || id === '') throw invalidRequest('query parameter userIdentifier is required');
  const person = people.find((p) => p.id === id);
  // Guess: an unknown userIdentifier is "401 - Not authorized" (the doc's list has no 403); the
  // challenge is sent because HTTP requires one with every 401.
  if (!person) throw new CsaFailure(401, 'UserNotFound', `no user has userIdentifier ${id}`, { 'WWW-Authenticate': CSA_CHALLENGE });
  // Troubleshooting_return_codes.htm: 403, "user requesting details is not the owner of the object".
  if (!person.admin) {
    throw new CsaFailure(
      403,
      'AccessDenied',
      `the user identified by userIdentifier must have admin access; ${person.name} (${person.organization}) does not`,
    );
  }
  return person;
}

export const CSA_CHALLENGE = 'Basic realm="CSA"';
