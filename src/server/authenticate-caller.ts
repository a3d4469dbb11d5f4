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
      const key: JWTVerifyGetKey = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : await pemKeys(auth.publicKey!, auth.algorithms);
      return async (headers) => {
        const token = bearer(headers);
        if (!token) return null;
        try {
          const { payload } = await jwtVerify(token, key, { issuer: auth.issuer, audience: auth.audience, algorithms: auth.algorithms, requiredClaims: ['exp', 'sub'] });
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

/**
 * A PEM key serves every allowed algorithm its type can (an RSA key RS* and PS*; an EC key the
 * ES* of its curve; an Ed25519 key EdDSA), each imported once. A token of any other algorithm is
 * a bad token (401), never the identity provider's outage: that answer would let anyone fake one.
 */
async function pemKeys(pem: string, algorithms: readonly string[]): Promise<JWTVerifyGetKey> {
  const keys = new Map<string, CryptoKey>();
  for (const alg of algorithms) {
    try {
      keys.set(alg, await importSPKI(pem, alg, { extractable: false }));
    } catch {
      // This key cannot serve that algorithm.
    }
  }
  if (keys.size === 0) throw new Error(`server.auth.publicKey serves none of server.auth.algorithms (${algorithms.join(', ')})`);
  return async ({ alg }) => {
    const key = keys.get(alg);
    if (!key) throw new errors.JOSEAlgNotAllowed(`the key does not serve ${alg}`);
    return key;
  };
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
