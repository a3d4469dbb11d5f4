import { basicCredentials } from '../shared/basic-auth.js';

/**
 * HTTP Basic accounts. The /rest/bpm/wle/v1 API takes Basic on every request, no session or
 * CSRF token (FACTS [C-3p]). Only admins may run allVariables ("Only admin users can run this
 * method"); anyone may read.
 */
export interface IbmUser {
  username: string;
  password: string;
  admin: boolean;
}

/** The user whose name and password the Basic header carries; null when missing or wrong. Names and passwords compare exactly. */
export function authenticate(authorization: string | undefined, users: readonly IbmUser[]): IbmUser | null {
  const sent = basicCredentials(authorization);
  if (!sent) return null;
  return users.find((u) => u.username === sent.username && u.password === sent.password) ?? null;
}

/** Guess: the realm of WebSphere's default file-based registry. */
export const IBM_CHALLENGE = 'Basic realm="defaultWIMFileBasedRealm"';
