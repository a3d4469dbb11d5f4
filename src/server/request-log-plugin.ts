import type { ApolloServerPlugin } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import type { GatewayContext } from '../graphql/gateway-context.js';
import type { Logger } from '../observability/logger.js';

/**
 * One info line per GraphQL request (id, operation, duration, outcome: never variables, which may
 * hold personal data, nor vendor bodies), and the request id in the answer's `extensions`.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const requestId = contextValue.call?.request?.requestId;
      return {
        async didResolveOperation({ operationName, operation }) {
          // The HTTP span of the request gets the GraphQL operation's name.
          if (operation) trace.getActiveSpan()?.updateName(`graphql ${operation.operation} ${operationName ?? "anonymous"}`);
        },
        async willSendResponse({ response, operationName, operation, errors }) {
          if (requestId && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, requestId };
          }
          logger.info({
            requestId,
            operationName: operationName ?? null,
            operationType: operation?.operation ?? null,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            graphqlErrors: errors?.length ?? 0,
          }, 'graphql request');
        },
      };
    },
  };
}
