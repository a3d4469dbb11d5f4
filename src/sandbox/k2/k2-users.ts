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
  const match = /^Basic[ ]+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const username = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  return users.find((u) => u.username === username && u.password === password) ?? null;
}
