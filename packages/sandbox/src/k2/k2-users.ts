import { basicCredentials } from '../shared/basic-auth.js';

/**
 * The accounts the emulator accepts. `canWrite` stands for K2 process/task rights, which the
 * emulator does not model in detail: an account without it may read but every update gets 403.
 */
export interface K2User {
  username: string;
  password: string;
  canWrite: boolean;
}

/**
 * `Authorization: Basic base64(user:pass)` checked against the accounts; null when missing or
 * wrong. Guess: user names compare exactly (K2 would defer to Windows, which does not).
 */
export function authenticate(authorization: string | undefined, users: readonly K2User[]): K2User | null {
  const sent = basicCredentials(authorization);
  if (!sent) return null;
  return users.find((u) => u.username === sent.username && u.password === sent.password) ?? null;
}
