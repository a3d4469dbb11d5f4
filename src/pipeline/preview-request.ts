import type { PreviewedRequest } from '../core/request-preview.js';
import type { PreparedRequest } from '../http/backend-http-client.js';

/**
 * A prepared request as a dry run shows it. Headers that carry credentials keep only their scheme
 * (`Basic ***`, `Bearer ***`): enough to see which kind of credential goes, never the credential.
 */
export function previewRequest(prepared: PreparedRequest): PreviewedRequest {
  const secret = new Set(prepared.secretHeaders.map((h) => h.toLowerCase()));
  return {
    method: prepared.method,
    url: prepared.origin + prepared.path,
    headers: Object.entries(prepared.headers).map(([name, value]) => ({ name, value: secret.has(name.toLowerCase()) ? masked(value) : value })),
    body: prepared.body ?? null,
  };
}

/** HTTP authentication schemes whose name is no secret; any other value is masked whole. */
const SCHEMES = /^(Basic|Bearer|Negotiate|NTLM|Digest) \S/i;

function masked(value: string): string {
  const scheme = SCHEMES.exec(value)?.[1];
  return scheme ? `${scheme} ***` : '***';
}
