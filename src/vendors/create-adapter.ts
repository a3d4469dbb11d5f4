import type { Adapter } from '../core/adapter.js';
import type { BackendConfig } from '../config/config-schema.js';
import { BackendHttpClient, type BackendHttpClientOptions } from '../http/backend-http-client.js';
import { authorizationHeader } from '../http/authorization-header.js';
import { CsaAdapter } from './csa/csa-adapter.js';
import { Elma365Adapter } from './elma365/elma365-adapter.js';
import { IbmBpmAdapter } from './ibm-bpm/ibm-bpm-adapter.js';
import { K2Adapter } from './k2/k2-adapter.js';

/** Each vendor's adapter, by its config name. */
const FACTORIES: Record<BackendConfig['vendor'], (backend: BackendConfig, http: BackendHttpClient) => Adapter> = {
  k2: (backend, http) => new K2Adapter(backend.id, http),
  // The config schema makes userIdentifier required for CSA.
  csa: (backend, http) => new CsaAdapter(backend.id, http, backend.userIdentifier!),
  'ibm-bpm': (backend, http) => new IbmBpmAdapter(backend.id, http),
  elma365: (backend, http) => new Elma365Adapter(backend.id, http),
};

/** One adapter per configured backend, each with its own pooled HTTP client. */
export function createAdapter(backend: BackendConfig, onCall?: BackendHttpClientOptions['onCall']): Adapter {
  const factory = FACTORIES[backend.vendor];
  const http = new BackendHttpClient({
    backendId: backend.id,
    baseUrl: backend.baseUrl,
    timeoutMs: backend.timeoutMs,
    maxResponseBytes: backend.maxResponseBytes,
    connections: backend.connections,
    resilience: backend.resilience,
    onCall,
    headers: backend.auth.type === 'forward' ? {} : { authorization: authorizationHeader(backend.auth) },
    forwardHeaders: backend.auth.type === 'forward' ? backend.auth.headers : [],
  });
  // Every backend's breaker is its HTTP client's: said once here, not by each adapter.
  return Object.assign(factory(backend, http), { breakerState: () => http.resilience.state });
}
