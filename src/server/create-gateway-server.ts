import cluster from 'node:cluster';
import { startSubscriptionServer } from './graphql-ws-server.js';
import type { JobService } from '../jobs/job-service.js';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import fastifyApollo from '@as-integrations/fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import { constants as zlibConstants } from 'node:zlib';
import Fastify, { type FastifyRequest } from 'fastify';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { BackendRegistry } from '../pipeline/backend-registry.js';
import { RequestScope } from '../core/request-scope.js';
import type { AuditAccess, GatewayContext } from '../graphql/gateway-context.js';
import type { ServerConfig } from '../config/config-schema.js';
import { timeOrderedUuid } from '../core/time-ordered-id.js';
import type { RequestContext } from '../core/request-context.js';
import type { GatewayMetrics } from '../observability/gateway-metrics.js';
import type { Logger } from '../observability/logger.js';
import { GRAPHIQL_ASSETS_PATH, GraphiqlPage, type GraphiqlTab } from './graphiql-page.js';
import { chooseEncoding, CompressedAssets } from './page-assets.js';
import { clusterMetricsText } from '../observability/cluster-metrics.js';
import { context as otelContext, propagation, SpanKind, trace, type Span } from '@opentelemetry/api';
import { tracer, tracingOn } from '../observability/tracing.js';
import { createAuthenticator } from './authenticate-caller.js';
import type { Caller } from '../core/access-policy.js';
import { SecretRedactor } from '../core/secret-redactor.js';
import { gatewayRequestPlugin } from './gateway-request-plugin.js';
import { ApolloArmor } from '@escape.tech/graphql-armor';

export interface GatewayServerOptions {
  server: ServerConfig;
  schema: GraphQLSchema;
  registry: BackendRegistry;
  metrics: GatewayMetrics;
  logger: Logger;
  /** Example operations GraphiQL opens with. */
  examples: readonly GraphiqlTab[];
  /** Masks credentials in what a bug's message could carry into the log. */
  redactor?: SecretRedactor;
  /** The audit log and its readers, when audit is configured. */
  audit?: AuditAccess | null;
  /** Bulk jobs. */
  jobs?: JobService | null;
}

export interface GatewayServer {
  /** e.g. http://127.0.0.1:4000 */
  readonly url: string;
  /**
   * Stops gracefully: /ready answers 503, no new connection is taken, requests in flight are
   * answered (each within its backend's timeout), idle keep-alive connections are closed. Only
   * what is still running after `graceMs` is cut.
   */
  close(graceMs?: number): Promise<void>;
}

/** HTTP: `/graphql` (Apollo Server on fastify, GraphiQL for browsers) and `/health`. */
export async function startGatewayServer(options: GatewayServerOptions): Promise<GatewayServer> {
  const { server: cfg, schema, registry, metrics, logger } = options;
  const redactor = options.redactor ?? new SecretRedactor();
  const { headersMs, requestMs, idleMs } = cfg.timeouts;
  const app = Fastify({
    bodyLimit: cfg.bodyLimitBytes,
    // A client that trickles its headers or body (one byte every 10 s) is cut: Node answers 408
    // once the request has not fully arrived in requestMs, checked often enough to hold that.
    requestTimeout: requestMs,
    keepAliveTimeout: idleMs,
    http: { headersTimeout: headersMs, requestTimeout: requestMs, connectionsCheckingInterval: Math.min(1000, Math.ceil(headersMs / 4)) },
    logger: false,
    // Never cut an answer at close: a vendor call in flight may have been applied. Node closes
    // idle keep-alive connections itself; fastify answers 503 (Connection: close) to any request
    // that arrives on an open one while closing. close() below cuts what outlives the grace.
    forceCloseConnections: false,
    // A caller's own x-request-id is kept when it is a plain token, so traces join up.
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : timeOrderedUuid();
    },
  });
  // A body fastify's JSON parser refuses gets a GraphQL-shaped answer like every other refusal,
  // not fastify's own error object. The parser refuses malformed JSON and also valid JSON with a
  // "__proto__" key or a "constructor" holding "prototype" (its default, kept: such keys are how
  // prototype pollution gets into code that copies objects); it does not say which, so neither do we.
  app.setErrorHandler((error: { code?: string }, _req, reply) => {
    if (error.code !== 'FST_ERR_CTP_INVALID_JSON_BODY' && error.code !== 'FST_ERR_CTP_EMPTY_JSON_BODY') return reply.send(error);
    return reply.code(400).type('application/json; charset=utf-8').send({
      errors: [{ message: error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'the request body is empty: a GraphQL request is a JSON object with a query' : 'the request body is not JSON the gateway takes: it is malformed, or it holds a "__proto__" key or a "constructor" with a "prototype" in it, which are refused', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
  // Answers are compressed when the client asks (the GraphiQL page is ~9 MB); brotli at a quality
  // that costs milliseconds, not seconds; small answers (most GraphQL results) are sent as they are.
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  // Cross-origin browser apps, only from the configured origins; the preflight names what a GraphQL
  // client sends (CSRF prevention's headers included) and lets it read the request id.
  if (cfg.cors) {
    await app.register(fastifyCors, {
      origin: cfg.cors.origins,
      credentials: cfg.cors.credentials,
      maxAge: cfg.cors.maxAgeSeconds,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'accept', 'authorization', 'x-api-key', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id', 'traceparent', 'tracestate'],
      exposedHeaders: ['x-request-id'],
    });
  }
  // Every vendor call of the request sees its id (http/ reads it and sends it on), and runs
  // inside the request's span, so that its own span is a child of it.
  const spans = new WeakMap<object, Span>();
  // Each request's shared context rides on the request object (a fastify decoration: one slot in
  // its shape, no lookup); the Apollo context below hands it down to every vendor call.
  app.decorateRequest('bpm', null);
  app.addHook('onRequest', (req, reply, done) => {
    void reply.header('x-request-id', req.id);
    req.bpm = { requestId: req.id, headers: req.headers, caller: `address:${req.ip}`, vendorCalls: 0, maxVendorCalls: limits.maxVendorCalls, ...(options.audit ? { vendorLog: [] } : {}) };
    if (!tracingOn()) return done();
    // Named for the route, not the raw path, which a client can spell in endless ways.
    // The caller's W3C traceparent makes this request's span a child of the caller's.
    const parent = propagation.extract(otelContext.active(), req.headers);
    const span = tracer.startSpan(`${req.method} ${req.routeOptions.url ?? '(no route)'}`, { kind: SpanKind.SERVER, attributes: { 'bpm.request_id': req.id } }, parent);
    spans.set(req, span);
    otelContext.with(trace.setSpan(parent, span), done);
  });
  app.addHook('onResponse', async (req, reply) => {
    const span = spans.get(req);
    span?.setAttribute('http.response.status_code', reply.statusCode);
    span?.end();
    // The matched route only (or '(no route)'), so callers cannot grow the label set.
    metrics.observeHttp(req.method, req.routeOptions.url ?? '(no route)', reply.statusCode, reply.elapsedTime / 1000);
  });

  const limits = cfg.limits;
  const introspection = cfg.introspection ?? cfg.auth.type === 'none';
  const authenticate = await createAuthenticator(cfg.auth);
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    // __typename aliases count too: graphql-armor lets them through by default, which escapes the limit.
    maxAliases: { n: limits.maxAliases, allowList: [] },
    // graphql-js counts tokens itself (parseOptions below): its refusal is a parse failure, 400
    // GRAPHQL_PARSE_FAILED as the GraphQL-over-HTTP spec asks. graphql-armor's throws inside
    // Apollo's parsing hook, which Apollo answers 500 GRAPHQL_VALIDATION_FAILED, syntax errors too.
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxDirectives: { n: 50 },
    // Without introspection, "did you mean" suggestions would leak the schema piece by piece.
    blockFieldSuggestion: { enabled: !introspection },
  }).protect();
  const graphiql = new GraphiqlPage(options.examples);
  const packed = new CompressedAssets();
  // GraphiQL's script and style: content-named, so cached for a year and never asked again; sent
  // compressed once and for all rather than compressed again on every load. Open like the page:
  // they hold no schema and no data.
  app.get<{ Params: { file: string } }>(`${GRAPHIQL_ASSETS_PATH}:file`, { compress: false }, async (req, reply) => {
    const asset = await graphiql.asset(req.params.file);
    if (!asset) return reply.code(404).send({ error: 'no such file' });
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    void reply
      .header('content-type', asset.contentType)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('etag', `"${asset.name}"`)
      .header('vary', 'accept-encoding');
    // A forced reload revalidates even an immutable file: the name is the content, so it is unchanged.
    if (req.headers['if-none-match']?.includes(`"${asset.name}"`)) return reply.code(304).send();
    if (encoding !== 'identity') void reply.header('content-encoding', encoding);
    return reply.send(await packed.body(asset, encoding));
  });
  const apollo = new ApolloServer<GatewayContext>({
    schema,
    // Apollo's own messages go to our structured log, not the console.
    logger,
    introspection,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: limits.maxBatchedOperations > 1,
    validationRules: [...armor.validationRules, ...(introspection ? [] : [noSubgraphSdl])],
    // Stopping is close()'s job, on the signal main.ts handles, with a grace of our own.
    stopOnTerminationSignals: false,
    plugins: [
      graphiql.plugin() as ApolloServerPlugin<GatewayContext>,
      ...(armor.plugins as ApolloServerPlugin<GatewayContext>[]),
      gatewayRequestPlugin({ logger, maxOperationCost: limits.maxOperationCost, maxVendorCalls: limits.maxVendorCalls, registry }),
      // No field has a cache hint: the one plugin above says no-store without a hook per field.
      ApolloServerPluginCacheControlDisabled(),
      // Said explicitly either way, so Apollo neither installs it unasked nor announces that it did.
      ...(typeof cfg.federationTraces === 'object' ? [tracesOnlyFor(cfg.federationTraces.roles)] : []),
      cfg.federationTraces ? ApolloServerPluginInlineTrace() : ApolloServerPluginInlineTraceDisabled(),
    ],
    formatError: (formatted, error) => maskUnexpected(formatted, error, (m) => logger.error(redactor.redact(m))),
  });
  await apollo.start();
  // Apollo has no cap on a batch's size: count the operations before it sees them.
  app.addHook('preHandler', async (req, reply) => {
    // The matched route, not the raw URL: fastify decodes the path (/%67raphql is /graphql).
    if (req.routeOptions.url === '/graphql' && Array.isArray(req.body) && req.body.length > limits.maxBatchedOperations) {
      await reply.code(400).send({ errors: [{ message: `a batch holds at most ${limits.maxBatchedOperations} operations (got ${req.body.length})`, extensions: { code: 'BATCH_LIMIT_EXCEEDED' } }] });
    }
  });
  // Authentication happens where Apollo builds the context: every request that is about to run
  // GraphQL passes here, whatever its path spelling, method or batch, while the GraphiQL page
  // (which holds no schema) does not. Unproven callers get HTTP 401 before parsing.
  const context = async (req: FastifyRequest): Promise<GatewayContext> => {
    let caller: Caller | null | undefined;
    try {
      caller = await authenticate(req.headers);
    } catch (error) {
      logger.warn({ requestId: req.id, err: (error as Error).message }, 'cannot verify callers now');
      throw new GraphQLError('cannot verify credentials right now; try again shortly', { extensions: { code: 'AUTH_UNAVAILABLE', http: { status: 503 } } });
    }
    if (caller === null) {
      // Apollo reads `http.headers` as a Map; the extensions' declared type says otherwise.
      const http = { status: 401, headers: new Map([['www-authenticate', cfg.auth.type === 'jwt' ? 'Bearer' : 'Bearer, ApiKey']]) };
      throw new GraphQLError('authentication required', { extensions: { code: 'UNAUTHENTICATED', http } as Record<string, unknown> });
    }
    const request = req.bpm ?? undefined;
    if (request && caller) request.caller = `caller:${caller.id}`;
    return { registry, call: { scope: new RequestScope(), caller: caller ?? undefined, request }, audit: options.audit ?? null, jobs: options.jobs ?? null };
  };
  await app.register(fastifyApollo(apollo), { path: '/graphql', context });
  app.get('/health', async () => ({ status: 'ok' }));
  // /ready and /metrics name the backends and their state: with auth on, only callers who prove
  // who they are see them (a Prometheus scrape sends an API key or token). /health stays open.
  app.addHook('preHandler', async (req, reply) => {
    if (cfg.auth.type === 'none' || (req.routeOptions.url !== '/ready' && req.routeOptions.url !== '/metrics')) return;
    const caller = await authenticate(req.headers).catch(() => null);
    if (!caller) await reply.code(401).send({ error: 'authentication required' });
  });
  // Ready once the config is loaded and the server listens; each backend's breaker tells an operator
  // (and a load balancer, if it wants) which backends are being spared.
  // While closing, fastify answers every route, /ready included, with 503 (and Connection: close).
  app.get('/ready', async () => ({
    status: 'ready',
    backends: registry.list().map((a) => ({ id: a.id, vendor: a.vendor, breaker: a.breakerState() })),
  }));
  let stopping = false;
  // With server.workers, any worker's /metrics is the whole gateway's (the primary aggregates).
  const metricsText = cluster.isWorker ? clusterMetricsText(metrics.registry) : () => metrics.registry.metrics();
  app.get('/metrics', async (_req, reply) => reply.type(metrics.registry.contentType).send(await metricsText()));

  const subscriptions = startSubscriptionServer(app.server, options.schema, {
    authenticate,
    context: () => ({ registry, audit: options.audit ?? null, jobs: options.jobs ?? null }),
    logger,
    maxPayloadBytes: cfg.bodyLimitBytes,
  });
  await app.listen({ port: cfg.port, host: cfg.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : cfg.port;
  const host = cfg.host.includes(':') ? `[${cfg.host}]` : cfg.host;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    async close(graceMs = cfg.shutdownGraceMs ?? 30_000) {
      if (stopping) return;
      stopping = true;
      const cut = setTimeout(() => {
        logger.warn({ graceMs }, 'shutdown grace over: cutting the requests still running');
        app.server.closeAllConnections();
      }, graceMs);
      try {
        await subscriptions.close();
        await app.close();
      } finally {
        clearTimeout(cut);
      }
      await apollo.stop();
    },
  };
}

/**
 * Expected failures are data and never reach here; a thrown error is a bug. Its message could
 * carry anything, so the client gets a fixed text and the log gets the stack.
 */
function maskUnexpected(formatted: GraphQLFormattedError, error: unknown, logError: (m: string) => void): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (!original || original instanceof GraphQLError) return formatted;
  logError(`internal error in ${formatted.path?.join('.') ?? 'request'}: ${(original as Error).stack ?? String(original)}`);
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * With introspection off, federation's `_service { sdl }` would still hand out the whole schema:
 * refuse it too. (A supergraph is composed from the committed schema/subgraph.graphql, or while
 * introspection is on.)
 */
const noSubgraphSdl: ValidationRule = (ctx) => ({
  Field(node) {
    if (node.name.value === '_service' && ctx.getParentType()?.name === 'Query') {
      ctx.reportError(new GraphQLError('the subgraph SDL is not served while introspection is off', { nodes: [node] }));
    }
  },
});

/**
 * Per-field timings tell how the gateway and its vendors behave: with `federationTraces: {roles}`
 * only callers with one of the roles (a router's API key) get them. Listed before Apollo's inline
 * trace plugin, which reads the asking header when the request starts; for anyone else it is gone.
 */
function tracesOnlyFor(roles: readonly string[]): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const allowed = contextValue.call.caller?.roles.some((r) => roles.includes(r)) ?? false;
      if (!allowed) request.http?.headers.delete('apollo-federation-include-trace');
    },
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the onRequest hook for every request. */
    bpm: RequestContext | null;
  }
}
