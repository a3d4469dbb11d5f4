export type BackendAuth =
  | { type: 'basic'; username: string; password: string }
  | { type: 'bearer'; token: string };

/** The Authorization header value, built once per backend (RFC 7617 with UTF-8 for Basic). */
export function authorizationHeader(auth: BackendAuth): string {
  return auth.type === 'basic'
    ? `Basic ${Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64')}`
    : `Bearer ${auth.token}`;
}
