import type { BackendRegistry } from '../core/backend-registry.js';

/** What every resolver gets; built per request, holding only references made once at start-up. */
export interface GatewayContext {
  registry: BackendRegistry;
}
