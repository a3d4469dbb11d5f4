import { createHash } from 'node:crypto';
import { basicCredentials } from '../shared/basic-auth.js';

/**
 * Who may call: HTTP Basic transport accounts (the doc's integration account is
 * csaTransportUser) and, separately, the CSA people a `userIdentifier` names.
 */

export interface CsaTransportUser {
  username: string;
  password: string;
}

export interface CsaPerson {
  /** 32 hex characters: the userIdentifier. */
  id: string;
  organization: string;
  name: string;
  /** "The user identified by userIdentifier must have admin access" (Process_instances_API.html). */
  admin: boolean;
}

/**
 * `Authorization: Basic base64(user:pass)` checked against the accounts; null when missing or
 * wrong. Guess: user names and passwords compare exactly.
 */
export function authenticate(authorization: string | undefined, users: readonly CsaTransportUser[]): CsaTransportUser | null {
  const sent = basicCredentials(authorization);
  if (!sent) return null;
  return users.find((u) => u.username === sent.username && u.password === sent.password) ?? null;
}

/**
 * The `<organization><id>` of the login answer. Guess: CSA's organization ids are not
 * documented for the seed's organizations; a stable 32-hex id is derived from the name.
 */
export function organizationId(organization: string): string {
  return createHash('md5').update(organization, 'utf8').digest('hex');
}
