import { createHash, timingSafeEqual } from 'node:crypto';
import { createRemoteJWKSet, errors, importSPKI, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Caller } from '../core/access-policy.js';
import type { ServerAuthConfig } from '../config/config-schema.js';

type Headers = Readonly<Record<string, string | string[] | undefined>>;

/**
 * Who is calling, from the request's headers: a Caller, `null` when the request does not prove
 * who it is, or `undefined` when the server runs without authentication. Throws when callers
 * cannot be verified at all right now (the JWKS cannot be fetched).
 */
export type Authenticate = (headers: Headers) => Promise<Caller | null | undefined>;

export async function createAuthenticator(auth: ServerAuthConfig): Promise<Authenticate> {
  switch (auth.type) {
    case 'none':
      return async () => undefined;
    case 'apiKeys': {
      const keys = auth.keys.map((k) => ({ ...k, digest: Buffer.from(k.sha256, 'hex') }));
      return async (headers) => {
        const key = header(headers, 'x-api-key') ?? bearer(headers);
        if (!key) return null;
        const digest = createHash('sha256').update(key, 'utf8').digest();
        // Constant-time comparison against every key, so timing tells nothing about near misses.
        const match = keys.filter((k) => timingSafeEqual(k.digest, digest))[0];
        return match ? { id: match.id, roles: match.roles } : null;
      };
    }
    case 'jwt': {
      const key: JWTVerifyGetKey | CryptoKey = auth.jwksUrl
        ? createRemoteJWKSet(new URL(auth.jwksUrl))
        : await importSPKI(auth.publicKey!, auth.algorithms[0]!, { extractable: false });
      return async (headers) => {
        const token = bearer(headers);
        if (!token) return null;
        try {
          const { payload } = await jwtVerify(token, key as JWTVerifyGetKey, { issuer: auth.issuer, audience: auth.audience, algorithms: auth.algorithms, requiredClaims: ['exp', 'sub'] });
          return { id: payload.sub!, roles: rolesOf(payload, auth.rolesClaim) };
        } catch (error) {
          // The key set could not be fetched: that is the identity provider's outage, not a bad
          // token, and is said so (503) rather than answered as one (401).
          if (error instanceof errors.JWKSTimeout || (error instanceof Error && !(error instanceof errors.JOSEError))) throw error;
          return null;
        }
      };
    }
  }
}

/** Roles from the configured claim (an array or a space-separated string) and OAuth scopes. */
function rolesOf(payload: JWTPayload, claim: string): string[] {
  const words = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? v.split(' ').filter(Boolean) : []);
  return [...new Set([...words(payload[claim]), ...words(payload['scope']), ...words(payload['scp'])])];
}

function header(headers: Headers, name: string): string | undefined {
  const v = headers[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function bearer(headers: Headers): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header(headers, 'authorization') ?? '');
  return m?.[1];
}
