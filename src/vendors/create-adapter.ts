import type { Adapter } from '../core/adapter.js';
import type { BackendConfig } from '../config/config-schema.js';
import { BackendHttpClient } from '../http/backend-http-client.js';
import { authorizationHeader } from '../http/authorization-header.js';
import { CsaAdapter } from './csa/csa-adapter.js';
import { K2Adapter } from './k2/k2-adapter.js';

/** The vendors this build has an adapter for, by their config name. */
const FACTORIES: Partial<Record<BackendConfig['vendor'], (backend: BackendConfig, http: BackendHttpClient) => Adapter>> = {
  k2: (backend, http) => new K2Adapter(backend.id, http),
  // The config schema makes userIdentifier required for CSA.
  csa: (backend, http) => new CsaAdapter(backend.id, http, backend.userIdentifier!),
};

export function isVendorAvailable(vendor: BackendConfig['vendor']): boolean {
  return vendor in FACTORIES;
}

/** One adapter per configured backend, each with its own pooled HTTP client. */
export function createAdapter(backend: BackendConfig): Adapter {
  const factory = FACTORIES[backend.vendor];
  if (!factory) throw new Error(`vendor '${backend.vendor}' is not available in this build`);
  const http = new BackendHttpClient({
    backendId: backend.id,
    baseUrl: backend.baseUrl,
    timeoutMs: backend.timeoutMs,
    maxResponseBytes: backend.maxResponseBytes,
    connections: backend.connections,
    headers: { authorization: authorizationHeader(backend.auth) },
  });
  return factory(backend, http);
}
