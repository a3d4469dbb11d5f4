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

function masked(value: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9-]{0,20}) \S/.exec(value)?.[1];
  return scheme ? `${scheme} ***` : '***';
}
