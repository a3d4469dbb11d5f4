import DataLoader from 'dataloader';
import type { CallContext } from '../../core/adapter.js';
import type { Outcome } from '../../core/outcome.js';
import type { BackendHttpClient, HttpResponse } from '../../http/backend-http-client.js';
import { readVendorAnswer } from '../../http/vendor-answer.js';
import { parseCsaInstance, type CsaInstance } from './csa-process-instance-xml.js';
import { mapCsaError } from './map-csa-error.js';

export type CsaInstanceLoader = DataLoader<string, Outcome<CsaInstance>>;

/**
 * This request's reader of `GET /processinstances/{id}`: one read per instance per request, however
 * often the request touches it. CSA has no bulk read, so a batch is parallel single reads.
 * Outcomes are cached as values: a 404 is an answer too, and is not asked twice.
 */
export function csaInstanceLoader(call: CallContext, backend: string, http: BackendHttpClient, userIdentifier: string): CsaInstanceLoader {
  return call.scope.memo(`csa-instance:${backend}`, () =>
    new DataLoader<string, Outcome<CsaInstance>>((ids) => Promise.all(ids.map((id) => readCsaInstance(backend, http, userIdentifier, id)))),
  );
}

export async function readCsaInstance(backend: string, http: BackendHttpClient, userIdentifier: string, id: string): Promise<Outcome<CsaInstance>> {
  const sent = await http.request({
    method: 'GET',
    path: `/processinstances/${encodeURIComponent(id)}`,
    query: { userIdentifier },
    headers: { accept: 'application/xml' },
    idempotent: true,
  });
  return readCsaAnswer(backend, sent);
}

/** A 2xx carrying the instance VO, or the mapped failure. `afterWrite`: the answer is a PUT's. */
export function readCsaAnswer(backend: string, sent: Outcome<HttpResponse>, afterWrite = false): Outcome<CsaInstance> {
  return readVendorAnswer(sent, {
    backend,
    vendor: 'CSA',
    mapError: ({ status, body }) => mapCsaError(backend, status, body),
    read: ({ body }) => parseCsaInstance(body),
    afterWrite,
  });
}
