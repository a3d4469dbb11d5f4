import type { BackendConfig } from '../config/config-schema.js';
import { SecretRedactor } from '../core/secret-redactor.js';
import { authorizationHeader } from '../http/authorization-header.js';
import { BackendHttpClient, type BackendHttpClientOptions } from '../http/backend-http-client.js';
import { ConfiguredBackend } from '../pipeline/configured-backend.js';
import type { VendorDefinition } from '../pipeline/vendor-operation.js';
import { csaVendor } from './csa/csa-vendor.js';
import { elmaVendor } from './elma365/elma365-vendor.js';
import { IbmCsrfSession, ibmLoginPath } from './ibm-bpm/ibm-csrf-session.js';
import { ibmVendor } from './ibm-bpm/ibm-vendor.js';
import { k2Vendor } from './k2/k2-vendor.js';

/** A backend of a vendor, its settings typed by the vendor's own declarations. */
const configure = <S>(definition: VendorDefinition<S>) => (backend: BackendConfig, http: BackendHttpClient, redactor: SecretRedactor): ConfiguredBackend =>
  new ConfiguredBackend(backend.id, definition, definition.settings?.(backend) as S, http, redactor) as ConfiguredBackend;

/** Each vendor, by its config name. */
const VENDORS: Record<BackendConfig['vendor'], ReturnType<typeof configure>> = {
  k2: configure(k2Vendor),
  csa: configure(csaVendor),
  'ibm-bpm': configure(ibmVendor),
  elma365: configure(elmaVendor),
};

/** What the gateway hears from a backend's HTTP client. */
export type BackendEvents = Pick<BackendHttpClientOptions, 'onCall' | 'onBreakerChange'>;

/** One backend per config entry, each with its own pooled HTTP client. */
/** Every credential a config holds, for the redactor: passwords, tokens, and Basic headers built of them. */
export function configuredSecrets(backends: readonly BackendConfig[]): string[] {
  return backends.flatMap((b) => {
    switch (b.auth.type) {
      case 'basic': return SecretRedactor.forBasic(b.auth.username, b.auth.password);
      case 'ntlm': return [b.auth.password];
      case 'bearer': return [b.auth.token];
      default: return [];
    }
  });
}

export function createBackend(backend: BackendConfig, events: BackendEvents = {}, redactor = new SecretRedactor(configuredSecrets([backend]))): ConfiguredBackend {
  const http = new BackendHttpClient({
    backendId: backend.id,
    baseUrl: backend.baseUrl,
    timeoutMs: backend.timeoutMs,
    maxResponseBytes: backend.maxResponseBytes,
    connections: backend.connections,
    resilience: backend.resilience,
    ...events,
    headers: backend.auth.type === 'forward' || backend.auth.type === 'ntlm' ? {} : { authorization: authorizationHeader(backend.auth) },
    ...(backend.auth.type === 'ntlm' ? { ntlm: backend.auth } : {}),
    ...(backend.csrf ? { session: new IbmCsrfSession(backend.id, ibmLoginPath(backend.baseUrl)) } : {}),
    forwardHeaders: backend.auth.type === 'forward' ? backend.auth.headers : [],
  });
  return VENDORS[backend.vendor](backend, http, redactor);
}
