/** What an `Authorization: Basic base64(user:pass)` header says. */
export interface BasicCredentials {
  username: string;
  password: string;
}

/**
 * The user name and password of a Basic header; null when the header is missing, names another
 * scheme, or holds no colon. The password is everything after the first colon, so it may hold
 * colons of its own.
 */
export function basicCredentials(authorization: string | undefined): BasicCredentials | null {
  const match = /^Basic[ ]+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
