import type { CallContext } from '../core/adapter.js';
import type { BackendRegistry } from '../core/backend-registry.js';

/** Counts answers by operation, backend and result type (the metrics live outside graphql/). */
export interface ResultCounter {
  countResult(operation: string, backend: string, result: string): void;
}

/** What every resolver gets: references made once at start-up, plus this request's scope. */
export interface GatewayContext {
  registry: BackendRegistry;
  metrics: ResultCounter;
  call: CallContext;
}

/** A backend id as a metric label: only configured ids, so callers cannot grow the label set. */
export function metricBackend(ctx: GatewayContext, backend: string): string {
  return ctx.registry.get(backend) ? backend : '(unknown)';
}
