import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GatewayContext } from '../graphql/gateway-context.js';
import type { Logger } from '../observability/logger.js';

/**
 * One info line per GraphQL request (id, operation, duration, outcome: never variables, which may
 * hold personal data, nor vendor bodies), and the request id in the answer's `extensions`.
 */
export function logRequest(logger: Logger, { response, operationName, operation, errors }: GraphQLRequestContextWillSendResponse<GatewayContext>, requestId: string | undefined, started: number): void {
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
}

/**
 * The logger the request line is written with: the gateway's own, without its redaction paths.
 * Every field of the line is the gateway's (an id it checked, the operation's name, numbers), so
 * there is nothing to redact, and walking the paths on every request was a third of the line's cost.
 */
export function requestLineLogger(logger: Logger): Logger {
  return logger.child({}, { redact: [] });
}
