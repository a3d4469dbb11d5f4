import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { getOperationAST, GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Caller } from '../core/access-policy.js';
import { RequestScope } from '../core/request-scope.js';
import type { GatewayContext } from '../graphql/gateway-context.js';
import type { Logger } from '../observability/logger.js';
import type { Authenticate } from './authenticate-caller.js';

/** Headers a browser cannot put on a WebSocket: it may send them as connection params instead. */
const CREDENTIAL_PARAMS = ['authorization', 'x-api-key'] as const;

export interface SubscriptionServer {
  /** Closes every socket (1001, going away) and stops taking new ones. */
  close(): Promise<void>;
}

/**
 * GraphQL over WebSocket (graphql-ws, the `graphql-transport-ws` protocol) on the HTTP server's
 * /graphql: subscriptions (jobProgress). The caller is authenticated once per connection, from
 * the upgrade request's headers or, for browsers, the connection params; an unproven caller's
 * connection is closed with 4403 before any operation runs.
 */
export function startSubscriptionServer(
  server: Server,
  schema: GraphQLSchema,
  options: { authenticate: Authenticate; context: (caller: Caller | undefined) => Omit<GatewayContext, 'call'>; logger: Logger; maxPayloadBytes: number },
): SubscriptionServer {
  // noServer: with `server` ws re-emits the HTTP server's own errors (EADDRINUSE) on itself, where
  // nobody listens; the upgrade is routed here instead, and any other path is refused.
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://gateway').pathname !== '/graphql') {
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);
  const callers = new WeakMap<object, Caller | undefined>();
  useServer<Record<string, unknown>, { request: { headers: Record<string, string | string[] | undefined> } }>({
    schema,
    onConnect: async (ctx) => {
      const headers: Record<string, string | string[] | undefined> = { ...ctx.extra.request.headers };
      for (const name of CREDENTIAL_PARAMS) {
        const value = ctx.connectionParams?.[name];
        if (typeof value === 'string' && headers[name] === undefined) headers[name] = value;
      }
      try {
        const caller = await options.authenticate(headers);
        if (caller === null) return false;
        callers.set(ctx, caller);
        return true;
      } catch (error) {
        options.logger.warn({ err: (error as Error).message }, 'cannot verify a subscriber now');
        return false;
      }
    },
    // Queries and mutations go over HTTP, where the request limits (depth, cost, vendor calls,
    // batch size), the request id and the request log apply: none of them runs on a socket.
    onSubscribe: (_ctx, _id, payload) => {
      let operation;
      try {
        operation = getOperationAST(parse(payload.query), payload.operationName);
      } catch {
        return undefined; // a syntax error: graphql-ws answers it itself
      }
      if (operation && operation.operation !== 'subscription') {
        return [new GraphQLError(`over WebSocket the gateway runs subscriptions only; send ${operation.operation === 'query' ? 'queries' : 'mutations'} to POST /graphql`)];
      }
      return undefined;
    },
    context: (ctx): GatewayContext => {
      const caller = callers.get(ctx);
      return { ...options.context(caller), call: { scope: new RequestScope(), ...(caller ? { caller } : {}) } };
    },
  }, wss);
  return {
    close: () => new Promise<void>((resolve) => {
      server.off('upgrade', onUpgrade);
      for (const socket of wss.clients) socket.close(1001, 'the gateway is stopping');
      wss.close(() => resolve());
    }),
  };
}
