import { AccessPolicy } from '../core/access-policy.js';
import { BackendRegistry } from '../pipeline/backend-registry.js';
import type { Kysely } from 'kysely';
import type { AuditTables } from '../audit/audit-database.js';
import type { AuditFacts } from '../audit/audit-record.js';
import type { IdempotencyStore } from '../core/idempotency.js';
import { MemoryIdempotencyStore } from '../idempotency/memory-store.js';
import type { GatewayConfig } from '../config/config-schema.js';
import { buildGatewaySchema } from '../graphql/build-gateway-schema.js';
import { buildGatewaySubgraph } from '../graphql/build-subgraph-schema.js';
import { GatewayMetrics } from '../observability/gateway-metrics.js';
import { createLogger, type Logger } from '../observability/logger.js';
import { SecretRedactor } from '../core/secret-redactor.js';
import { configuredSecrets, createBackend } from '../vendors/create-backend.js';
import { startGatewayServer, type GatewayServer } from './create-gateway-server.js';
import type { GraphiqlTab } from './graphiql-page.js';

/** Where clientMutationId answers are kept: Redis when configured (shared by replicas; ioredis is loaded only then), else memory. */
async function idempotencyStore(config: GatewayConfig, logger: Logger): Promise<IdempotencyStore> {
  const { redisUrl, maxEntries, maxBytes, maxBytesPerCaller } = config.idempotency;
  const bounds = { maxBytes, maxBytesPerCaller: Math.min(maxBytesPerCaller, maxBytes) };
  if (!redisUrl) return new MemoryIdempotencyStore({ ...bounds, maxEntries });
  const { RedisIdempotencyStore } = await import('../idempotency/redis-store.js');
  return new RedisIdempotencyStore(redisUrl, bounds, (error) => logger.warn({ err: error.message }, 'idempotency store (Redis) error'));
}

/**
 * How long one vendor call can take at most, and some: its timeout is the whole call, retries
 * included; with IBM's CSRF session a stale token adds a login and a repeat (two of each at most).
 */
function longestCallMs(config: GatewayConfig): number {
  return Math.max(...config.backends.map((b) => b.timeoutMs * (b.csrf ? 4 : 1)), 1000) + 5000;
}

export interface RunningGateway extends GatewayServer {
  readonly registry: BackendRegistry;
  readonly metrics: GatewayMetrics;
  /** The audit database, when `audit` is configured and it could be opened. */
  readonly audit: Kysely<AuditTables> | null;
}

export interface GatewayOptions {
  examples?: readonly GraphiqlTab[];
  logger?: Logger;
}

/** Builds everything once (adapters with their pools, the schema, metrics, the server) and serves. */
export async function startGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger();
  let registry: BackendRegistry | undefined;
  const metrics = new GatewayMetrics(() => registry);
  const access = new AccessPolicy(new Map(config.backends.filter((b) => b.access).map((b) => [b.id, b.access!])), config.server.auth.type !== 'none');
  // One redactor knows every backend's secrets: a vendor may quote another's (a shared proxy's error page).
  const redactor = new SecretRedactor(configuredSecrets(config.backends));
  // Loaded only when enabled: the SQL drivers cost start-up time a gateway without audit need not pay.
  const audit = config.audit.enabled ? await (await import('../audit/start-audit.js')).startAudit(config.audit, config.dataDir, logger, (n) => metrics.countAuditLost(n)) : null;
  registry = new BackendRegistry(config.backends.map((backend) =>
    createBackend(backend, {
      onCall: (call) => {
        metrics.observeVendorCall(call.backend, call.method, call.outcome, call.seconds);
        logger.debug({ vendorCall: call }, 'vendor call');
      },
      onBreakerChange: (change) => {
        metrics.countBreakerChange(change.backend, change.to);
        logger.warn({ backend: change.backend, from: change.from, to: change.to, reason: change.reason }, `circuit breaker ${change.to}`);
      },
    }, redactor)), {
    access,
    idempotency: { store: await idempotencyStore(config, logger), windowMs: config.idempotency.windowMs, pendingMs: longestCallMs(config) },
    onResult: (operation, backend, result) => metrics.countResult(operation, backend, result),
    ...(audit ? { onAudit: (facts: AuditFacts) => audit.record(facts) } : {}),
  });
  try {
    // Served as a federation subgraph: a plain GraphQL API to clients, composable by a supergraph.
    const schema = buildGatewaySubgraph(await buildGatewaySchema());
    const auditAccess = audit ? { db: audit.db, auditorRoles: config.audit.auditorRoles, authRequired: config.server.auth.type !== 'none' } : null;
    const server = await startGatewayServer({ server: config.server, schema, registry, metrics, logger, redactor, examples: options.examples ?? [], audit: auditAccess });
    const running = registry;
    return {
      url: server.url,
      registry: running,
      metrics,
      audit: audit?.db ?? null,
      async close(graceMs = config.server.shutdownGraceMs ?? longestCallMs(config)) {
        await server.close(graceMs);
        await running.close();
        // After the last request: what they recorded is written before the process goes.
        await audit?.close();
      },
    };
  } catch (error) {
    await registry.close();
    await audit?.close();
    throw error;
  }
}
