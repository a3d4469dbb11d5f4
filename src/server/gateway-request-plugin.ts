import type { ApolloServerPlugin } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { tracingOn } from '../observability/tracing.js';
import type { GatewayContext } from '../graphql/gateway-context.js';
import type { Logger } from '../observability/logger.js';
import type { BackendRegistry } from '../pipeline/backend-registry.js';
import { applyLegacyJsonStatus } from './legacy-json-status.js';
import { checkOperationCost } from './mutation-cost.js';
import { logRequest, requestLineLogger } from './request-log.js';
import { checkVendorCallBudget } from './vendor-call-budget.js';

export interface GatewayRequestOptions {
  logger: Logger;
  /** server.limits.maxOperationCost */
  maxOperationCost: number;
  /** server.limits.maxVendorCalls */
  maxVendorCalls: number;
  registry: BackendRegistry;
}

/**
 * What the gateway does in Apollo's pipeline for every request, as one plugin: Apollo awaits every
 * plugin's listener at each stage, so five plugins cost five times the promises of one. In order:
 * the request-level limits once the operation is known (nothing is sent when one refuses), then,
 * as the answer leaves, the legacy-JSON status rule, `Cache-Control: no-store` and the log line.
 */
export function gatewayRequestPlugin({ logger, maxOperationCost, maxVendorCalls, registry }: GatewayRequestOptions): ApolloServerPlugin<GatewayContext> {
  const requestLogger = requestLineLogger(logger);
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const requestId = contextValue.call?.request?.requestId;
      return {
        async didResolveOperation(request) {
          // The HTTP span of the request gets the GraphQL operation's name.
          if (request.operation && tracingOn()) trace.getActiveSpan()?.updateName(`graphql ${request.operation.operation} ${request.operationName ?? 'anonymous'}`);
          checkOperationCost(request, maxOperationCost);
          checkVendorCallBudget(request, maxVendorCalls, registry);
        },
        async willSendResponse(request) {
          applyLegacyJsonStatus(request);
          // Answers carry vendor data and are never to be stored by a cache on the way. (Apollo's
          // cache-control plugin said the same for a schema without hints, at the cost of a hook
          // around every field it resolved; it is turned off.)
          if (!request.response.http.headers.has('cache-control')) request.response.http.headers.set('cache-control', 'no-store');
          logRequest(requestLogger, request, requestId, started);
        },
      };
    },
  };
}
