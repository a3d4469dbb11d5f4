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
import { join } from 'node:path';
import { JobService } from '../jobs/job-service.js';

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

/** The job store and the queue that runs them: BullMQ over Redis when configured, else this process over a SQLite file. */
async function startJobs(config: GatewayConfig, registry: BackendRegistry, logger: Logger): Promise<JobService> {
  const { redisUrl, redisPrefix, concurrency, lockMs } = config.jobs;
  if (redisUrl) {
    // Loaded only then: BullMQ and its Redis connections are not a cost of a gateway without them.
    const { RedisJobStore } = await import('../jobs/redis-job-store.js');
    const { BullJobQueue } = await import('../jobs/bull-job-queue.js');
    const store = new RedisJobStore(redisUrl, `${redisPrefix}:jobs:`);
    const queue = new BullJobQueue({ store, registry }, logger, { redisUrl, prefix: `${redisPrefix}:bull`, concurrency, lockMs });
    await queue.start();
    return new JobService(store, queue, registry);
  }
  const { SqliteJobStore } = await import('../jobs/sqlite-job-store.js');
  const { LocalJobQueue } = await import('../jobs/local-job-queue.js');
  const store = new SqliteJobStore(config.jobs.sqlitePath ?? join(config.dataDir, 'jobs.sqlite'));
  const queue = new LocalJobQueue({ store, registry }, logger, config.jobs.concurrency);
  await queue.start();
  return new JobService(store, queue, registry);
}

export interface RunningGateway extends GatewayServer {
  readonly registry: BackendRegistry;
  readonly metrics: GatewayMetrics;
  readonly jobs: JobService;
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
  let jobs: JobService | undefined;
  try {
    // Served as a federation subgraph: a plain GraphQL API to clients, composable by a supergraph.
    const schema = buildGatewaySubgraph(await buildGatewaySchema());
    const auditAccess = audit ? { db: audit.db, auditorRoles: config.audit.auditorRoles, authRequired: config.server.auth.type !== 'none' } : null;
    jobs = await startJobs(config, registry, logger);
    const server = await startGatewayServer({ server: config.server, schema, registry, metrics, logger, redactor, examples: options.examples ?? [], audit: auditAccess, jobs });
    const running = registry;
    const runningJobs = jobs;
    return {
      url: server.url,
      registry: running,
      metrics,
      jobs: runningJobs,
      audit: audit?.db ?? null,
      async close(graceMs = config.server.shutdownGraceMs ?? longestCallMs(config)) {
        await server.close(graceMs);
        // Jobs stop after the chunks in flight; what is left is resumed by the next start.
        await runningJobs.close();
        await running.close();
        // After the last request: what they recorded is written before the process goes.
        await audit?.close();
      },
    };
  } catch (error) {
    await jobs?.close();
    await registry.close();
    await audit?.close();
    throw error;
  }
}
