import type { CallContext } from '../core/call-context.js';
import type { BackendRegistry } from '../pipeline/backend-registry.js';

/** What every resolver gets: references made once at start-up, plus this request's scope. */
export interface GatewayContext {
  registry: BackendRegistry;
  call: CallContext;
}
