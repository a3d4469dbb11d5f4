import type { CallContext } from '../core/adapter.js';
import type { BackendRegistry } from '../core/backend-registry.js';

/** What every resolver gets: references made once at start-up, plus this request's scope. */
export interface GatewayContext {
  registry: BackendRegistry;
  call: CallContext;
}
