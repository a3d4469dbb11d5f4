import { z } from 'zod';
import { OPERATIONS } from '../core/operation.js';

/** The vendors a config may name, as written in `vendor:` (DESIGN.md). */
export const VENDOR_NAMES = ['k2', 'csa', 'ibm-bpm', 'elma365'] as const;
export type VendorName = (typeof VENDOR_NAMES)[number];

const basicAuth = z.strictObject({
  type: z.literal('basic'),
  username: z.string().min(1),
  password: z.string(),
});
/** Windows authentication (NTLMv2), for K2 sites that take nothing else. */
const ntlmAuth = z.strictObject({
  type: z.literal('ntlm'),
  username: z.string().min(1).refine((u) => !u.includes('\\'), 'the user name alone; the domain goes in domain'),
  password: z.string(),
  domain: z.string(),
  workstation: z.string().optional(),
});
const bearerAuth = z.strictObject({
  type: z.literal('bearer'),
  token: z.string().min(1),
});
/** Headers that describe this one connection, never the caller: forwarding them would corrupt the call. */
const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'upgrade', 'te', 'trailer', 'proxy-authorization', 'proxy-connection']);

const headerName = z.string().regex(/^[a-z0-9-]+$/, 'header names in lower case')
  .refine((h) => !HOP_BY_HOP.has(h), 'a connection-level header cannot be forwarded');

/**
 * The caller's own credentials go to the vendor: only the headers named here, nothing else. A
 * name is sent as it came; `{from, to}` sends the caller's `from` header as the vendor's `to`
 * (`x-bpm-authorization` → `authorization`), so that the gateway's own credential never travels.
 */
const forwardAuth = z.strictObject({
  type: z.literal('forward'),
  headers: z.array(z.union([
    headerName.transform((name) => ({ from: name, to: name })),
    z.strictObject({ from: headerName, to: headerName }),
  ])).min(1),
});

/** The headers that carry the caller's credential to the gateway itself, by auth type: never forwarded as they are. */
const GATEWAY_CREDENTIAL_HEADERS: Record<string, readonly string[]> = { none: [], jwt: ['authorization'], apiKeys: ['authorization', 'x-api-key'] };

const accessRule = z.strictObject({
  roles: z.array(z.string().min(1)).min(1),
  operations: z.array(z.enum(OPERATIONS)).min(1),
});

const serverAuth = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({
    type: z.literal('apiKeys'),
    /** Keys are stored as their SHA-256 (hex), never in clear; callers send `x-api-key` or `Authorization: Bearer`. */
    keys: z.array(z.strictObject({
      id: z.string().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'the hex SHA-256 of the key'),
      roles: z.array(z.string().min(1)).default([]),
    })).min(1),
  }),
  z.strictObject({
    type: z.literal('jwt'),
    jwksUrl: z.url().optional(),
    /** A PEM public key (SPKI), instead of a JWKS URL. */
    publicKey: z.string().includes('PUBLIC KEY').optional(),
    /** Asymmetric only: a shared-secret algorithm (HS*) would let anyone holding the key mint tokens. */
    algorithms: z.array(z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'])).min(1).default(['RS256', 'ES256', 'PS256', 'EdDSA']),
    issuer: z.string().min(1),
    audience: z.string().min(1),
    /** Where the roles are: a claim holding an array, and OAuth scopes (`scope`, space-separated) too. */
    rolesClaim: z.string().min(1).default('roles'),
  }).refine((a) => (a.jwksUrl === undefined) !== (a.publicKey === undefined), { message: 'give exactly one of jwksUrl and publicKey' }),
]);

const baseUrl = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be an absolute http(s) URL' });
    return;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: 'must use http or https' });
  // Credentials in a URL end up in logs and error messages; they belong in `auth`.
  if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'must not carry credentials; put them in auth' });
  if (url.search || url.hash) ctx.addIssue({ code: 'custom', message: 'must not carry a query or fragment' });
});

/** What each vendor's API takes: K2 Basic or NTLM (Windows), CSA and IBM BPM Basic, ELMA365 an API token as Bearer. */
const AUTH_OF_VENDOR: Record<VendorName, readonly ('basic' | 'bearer' | 'ntlm')[]> = { k2: ['basic', 'ntlm'], csa: ['basic'], 'ibm-bpm': ['basic'], elma365: ['bearer'] };

export const backendConfigSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'must start with a letter and hold only letters, digits, _ and -'),
    vendor: z.enum(VENDOR_NAMES),
    baseUrl,
    auth: z.discriminatedUnion('type', [basicAuth, bearerAuth, ntlmAuth, forwardAuth]),
    /** Which callers may run which operations here; absent: every authenticated caller may. */
    access: z.array(accessRule).min(1).optional(),
    timeoutMs: z.number().int().min(1).max(600_000).default(15_000),
    maxResponseBytes: z.number().int().min(1024).default(10 * 1024 * 1024),
    connections: z.number().int().min(1).max(1024).default(64),
    /** Per-backend resilience; defaults suit a healthy backend and are never in its way. */
    resilience: z
      .strictObject({
        maxConcurrent: z.number().int().min(1).max(10_000).default(64),
        maxQueued: z.number().int().min(0).max(100_000).default(1000),
        /** The breaker opens when this share of the calls in the window were outages ... */
        breakerFailureRatio: z.number().gt(0).max(1).default(0.5),
        /** ... once the window holds this many calls (after retries: one call, however many attempts) ... */
        breakerMinimumCalls: z.number().int().min(1).max(100_000).default(20),
        breakerWindowMs: z.number().int().min(100).max(600_000).default(10_000),
        breakerHalfOpenAfterMs: z.number().int().min(100).max(600_000).default(10_000),
        retries: z.number().int().min(0).max(10).default(2),
        retryInitialDelayMs: z.number().int().min(1).max(60_000).default(100),
      })
      .prefault({}),
    /** IBM BPM: log in at /bpm/system/login for a BPMCSRFToken and send it on every call (hardened servers). */
    csrf: z.boolean().default(false),
    /** K2: the tasks one UpdateTasks call carries (updateTasks cuts its items into calls of this many). */
    updateTasksChunkSize: z.number().int().min(1).max(1000).optional(),
    /** CSA: the admin person id the calls run as. */
    userIdentifier: z.string().regex(/^[0-9a-fA-F]{32}$/, 'must be a CSA person id (32 hex digits)').optional(),
  })
  .superRefine((backend, ctx) => {
    const takes = AUTH_OF_VENDOR[backend.vendor];
    if (backend.auth.type !== 'forward' && !takes.includes(backend.auth.type)) {
      ctx.addIssue({ code: 'custom', path: ['auth', 'type'], message: `${backend.vendor} takes ${takes.join(' or ')} auth` });
    }
    if (backend.vendor === 'csa' && backend.userIdentifier === undefined) {
      ctx.addIssue({ code: 'custom', path: ['userIdentifier'], message: 'CSA needs the id of the admin person the calls run as (GET /login/<org>/<user>/ tells it)' });
    }
    if (backend.vendor !== 'ibm-bpm' && backend.csrf) {
      ctx.addIssue({ code: 'custom', path: ['csrf'], message: 'is an IBM BPM setting' });
    }
    if (backend.vendor !== 'k2' && backend.updateTasksChunkSize !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['updateTasksChunkSize'], message: 'is a K2 setting' });
    }
    if (backend.vendor !== 'csa' && backend.userIdentifier !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['userIdentifier'], message: 'is a CSA setting' });
    }
  });

export const configSchema = z.strictObject({
  server: z
    .strictObject({
      port: z.number().int().min(0).max(65_535).default(4000),
      // Loopback unless told otherwise: the gateway holds every backend's credentials.
      host: z.string().min(1).default('127.0.0.1'),
      bodyLimitBytes: z.number().int().min(1024).default(1024 * 1024),
      /**
       * How long a client may take to send its request: the headers, and the whole request with its
       * body (then 408 and the connection closed), and how long an idle keep-alive connection stays.
       */
      timeouts: z
        .strictObject({
          headersMs: z.number().int().min(100).max(600_000).default(10_000),
          requestMs: z.number().int().min(100).max(600_000).default(30_000),
          idleMs: z.number().int().min(100).max(600_000).default(5_000),
        })
        .prefault({})
        .refine((t) => t.headersMs <= t.requestMs, { message: 'headersMs cannot be longer than requestMs', path: ['headersMs'] }),
      /** Browser apps on other origins: an allow-list of exact origins; credentials (cookies) off unless asked. */
      cors: z
        .strictObject({
          origins: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'an origin: scheme://host[:port], no path')).min(1),
          credentials: z.boolean().default(false),
          maxAgeSeconds: z.number().int().min(0).max(86_400).default(600),
        })
        .optional(),
      /**
       * Processes serving the port (node:cluster): 1, a number, or `auto` (one per core). Workers
       * share nothing but Redis, so more than one needs idempotency.redisUrl and jobs.redisUrl.
       */
      workers: z.union([z.number().int().min(1).max(64), z.literal('auto')]).default(1),
      /** How long requests in flight may run on after SIGTERM; default: the longest backend timeout + 5 s. */
      shutdownGraceMs: z.number().int().min(0).max(3_600_000).optional(),
      /** Who may call: none (loopback only), API keys, or JWT. */
      auth: serverAuth.default({ type: 'none' }),
      /** Schema introspection; default on without auth (the sandbox), off with it. */
      introspection: z.boolean().optional(),
      /**
       * Apollo's inline federation traces (ftv1, per-field timings) for a router that asks for them:
       * off by default; `true` for any caller that asks; `{roles: [router]}` only for callers with one of those roles.
       */
      federationTraces: z.union([z.boolean(), z.strictObject({ roles: z.array(z.string().min(1)).min(1) })]).default(false),
      /** What one request may ask; each refusal is a GraphQL error saying which limit. */
      limits: z
        .strictObject({
          maxDepth: z.number().int().min(1).max(100).default(12),
          maxAliases: z.number().int().min(0).max(1000).default(30),
          maxTokens: z.number().int().min(100).max(1_000_000).default(5000),
          /** graphql-armor's cost of the selection (fields and depth). */
          maxCost: z.number().int().min(1).max(10_000_000).default(5000),
          /** Each mutation field 100, each list item in a root field's input 1 (ids, _entities representations): a 10,000-id migration fits. */
          maxOperationCost: z.number().int().min(100).max(10_000_000).default(20_000),
          /** Vendor calls one GraphQL request may cause (reads of _entities, read-backs, logins): priced before it runs, counted while it does. */
          maxVendorCalls: z.number().int().min(1).max(100_000).default(300),
          /** Operations in one batched HTTP request; 1 keeps batching off. */
          maxBatchedOperations: z.number().int().min(1).max(100).default(1),
        })
        .prefault({}),
    })
    .prefault({})
    .superRefine((server, ctx) => {
      // Without authentication the gateway (and every backend's credentials) is open to whoever reaches it.
      if (server.auth.type === 'none' && !['127.0.0.1', '::1', 'localhost'].includes(server.host)) {
        ctx.addIssue({ code: 'custom', path: ['auth'], message: `without authentication the gateway listens on loopback only; host '${server.host}' needs server.auth` });
      }
    }),
  /** clientMutationId: how long a first answer is kept, and where (Redis, to share it between replicas). */
  idempotency: z
    .strictObject({
      windowMs: z.number().int().min(1000).max(7 * 24 * 3600 * 1000).default(24 * 3600 * 1000),
      maxEntries: z.number().int().min(1).max(10_000_000).default(10_000),
      /** Bytes of remembered answers in all (their JSON), and the share one caller may hold. */
      maxBytes: z.number().int().min(1024).max(64 * 1024 ** 3).default(64 * 1024 ** 2),
      maxBytesPerCaller: z.number().int().min(1024).max(64 * 1024 ** 3).default(16 * 1024 ** 2),
      redisUrl: z.string().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL').optional(),
    })
    .prefault({}),
  /**
   * Where the embedded stores keep their files (the audit trail's SQLite file), relative to the
   * working directory. BPM_GATEWAY_DATA_DIR gives the default, so a container or a test run can
   * point every gateway at its own volume without a config of its own.
   */
  dataDir: z.string().min(1).default(() => process.env.BPM_GATEWAY_DATA_DIR || 'data'),
  /**
   * Bulk jobs (updateTasks and migrateInstances with runAsJob, migrations of more ids than one
   * call takes). With redisUrl they run on BullMQ over Redis, shared by every replica; without,
   * in this gateway from a SQLite file under dataDir (sqlitePath says otherwise), resumed at restart.
   */
  jobs: z
    .strictObject({
      redisUrl: z.string().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL').optional(),
      sqlitePath: z.string().min(1).optional(),
      /** Jobs one gateway works on at once. */
      concurrency: z.number().int().min(1).max(64).default(2),
      /** With redisUrl: the start of every key, so that several gateway fleets can share one Redis. */
      redisPrefix: z.string().min(1).regex(/^[^:\s]+$/, 'no colon or space').default('bpm-gateway'),
      /**
       * With redisUrl: how long a replica that stopped answering keeps its jobs before another
       * takes them over (BullMQ's lock, renewed while it runs); takeover comes within about twice this.
       */
      lockMs: z.number().int().min(500).max(600_000).default(30_000),
    })
    .refine((j) => !(j.redisUrl && j.sqlitePath), { message: 'choose one of redisUrl and sqlitePath' })
    .prefault({}),
  /**
   * The audit trail: every mutation and dry run, in SQLite (a file under dataDir unless
   * sqlitePath says otherwise: nothing to install) or PostgreSQL. On by default; `enabled: false`
   * turns it off.
   */
  audit: z
    .strictObject({
      enabled: z.boolean().default(true),
      sqlitePath: z.string().min(1).optional(),
      postgresUrl: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL').optional(),
      retainDays: z.number().int().min(1).max(36_500).default(90),
      recordValues: z.boolean().default(false),
      /** Entries waiting for the database; beyond it they are dropped and counted. */
      maxQueue: z.number().int().min(100).max(1_000_000).default(10_000),
      /** With server.auth on, only callers with one of these roles may read the log (auditLog). */
      auditorRoles: z.array(z.string().min(1)).min(1).default(['auditor']),
    })
    .refine((a) => !(a.sqlitePath && a.postgresUrl), { message: 'choose one of sqlitePath and postgresUrl' })
    .prefault({}),
  backends: z
    .array(backendConfigSchema)
    .min(1, 'name at least one backend')
    .superRefine((backends, ctx) => {
      const seen = new Set<string>();
      backends.forEach((b, i) => {
        if (seen.has(b.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `'${b.id}' is used twice` });
        seen.add(b.id);
      });
    }),
}).superRefine((config, ctx) => {
  // Each worker is a process of its own: a clientMutationId replayed to another worker, or a job
  // resumed by every worker from one SQLite file, would run twice. Redis is what they share.
  if (config.server.workers !== 1) {
    if (!config.idempotency.redisUrl) ctx.addIssue({ code: 'custom', path: ['idempotency', 'redisUrl'], message: `server.workers ${config.server.workers} needs a shared idempotency store: set idempotency.redisUrl` });
    if (!config.jobs.redisUrl) ctx.addIssue({ code: 'custom', path: ['jobs', 'redisUrl'], message: `server.workers ${config.server.workers} needs shared jobs: set jobs.redisUrl` });
  }
  // With auth on, the caller's Authorization (or x-api-key) proves who it is to the gateway:
  // forwarding it would hand the gateway's credential to the vendor.
  const taken = GATEWAY_CREDENTIAL_HEADERS[config.server.auth.type] ?? [];
  config.backends.forEach((b, i) => {
    if (b.auth.type !== 'forward') return;
    b.auth.headers.forEach((h, j) => {
      if (taken.includes(h.from)) {
        ctx.addIssue({
          code: 'custom',
          path: ['backends', i, 'auth', 'headers', j],
          message: `'${h.from}' carries the caller's credential for the gateway (server.auth ${config.server.auth.type}); forward a header of its own instead, e.g. {from: x-bpm-${h.to}, to: ${h.to}}`,
        });
      }
    });
  });
});

export type GatewayConfig = z.infer<typeof configSchema>;
export type BackendConfig = z.infer<typeof backendConfigSchema>;
export type ServerConfig = GatewayConfig['server'];
export type ServerAuthConfig = ServerConfig['auth'];
