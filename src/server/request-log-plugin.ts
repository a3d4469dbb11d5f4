import type { ApolloServerPlugin } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { requestContext } from '../core/request-context.js';
import type { Logger } from '../observability/logger.js';

/**
 * One info line per GraphQL request (id, operation, duration, outcome: never variables, which may
 * hold personal data, nor vendor bodies), and the request id in the answer's `extensions`.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      const requestId = requestContext.getStore()?.requestId;
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
