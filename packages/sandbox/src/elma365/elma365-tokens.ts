/**
 * The API tokens the emulator accepts. A real token is bound to a user and acts with that user's
 * permissions (FACTS.md section 4, [C]); the emulator models only whether the user is a system
 * administrator, which the bulk version update requires.
 */
export interface ElmaToken {
  token: string;
  /** The user the token acts as; for banners and test messages only. */
  user: string;
  admin: boolean;
}

/**
 * The token of an `Authorization: Bearer <token>` header (FACTS.md section 4, [C-3p]); null when
 * the header is missing, names another scheme or carries an unknown token. The scheme name is
 * case-insensitive (RFC 9110); the token compares exactly.
 */
export function authenticate(authorization: string | undefined, tokens: readonly ElmaToken[]): ElmaToken | null {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
  if (!match) return null;
  return tokens.find((t) => t.token === match[1]) ?? null;
}
