import type { ConfiguredBackend } from '../pipeline/configured-backend.js';
import { GraphQLError, getArgumentValues, type DocumentNode, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { ResolvedOperation } from './resolved-operation.js';
import { ENTITY_TYPES, parseGlobalId } from '../core/global-id.js';
import { entityKey } from '../graphql/entity-reference.js';
import { rootFields } from './root-fields.js';
import type { BackendRegistry } from '../pipeline/backend-registry.js';

/** Root fields that read a list of objects, priced by what they read rather than as one call. */
const LIST_FIELDS: ReadonlySet<string> = new Set(['_entities', 'nodes']);

/**
 * Prices a request by the vendor calls it will cause, before anything runs: `_entities`
 * representations and `nodes` ids as the per-request loaders will read them (distinct ids, in the backend's bulk
 * size where it has a bulk read, else one call each), every other root field one. A supergraph's
 * 15,000 K2 representations are 1,111 K2 calls, not one request: over
 * `server.limits.maxVendorCalls` it is refused with nothing sent. The count while it runs (in the
 * HTTP client) holds the same limit for what cannot be priced ahead (read-backs, the reads an
 * ACTIVE state change makes). A session's login (shared by every caller, once per token
 * lifetime) and the one repeat of a call refused for a stale session are not counted: the
 * session causes them, not the caller, and a caller at its limit would otherwise fail for it.
 * A counted call is repeated at most once for a stale session (and retried as its backend's
 * resilience allows), with a login before each try when there is no session yet.
 */
export function checkVendorCallBudget({ operation, document, schema, request }: ResolvedOperation, maxVendorCalls: number, registry: BackendRegistry): void {
  if (!operation || operation.operation === 'subscription') return;
  const calls = fixedCalls(operation, document) ?? variableCalls(operation, document, schema, request.variables ?? {}, registry);
  if (calls > maxVendorCalls) {
    throw new GraphQLError(`the operation would make ${calls} vendor calls, more than the limit of ${maxVendorCalls} (server.limits.maxVendorCalls); nothing was sent`, {
      extensions: { code: 'VENDOR_CALL_LIMIT_EXCEEDED', http: { status: 400 } },
    });
  }
}

/** An operation with neither a batch nor a list root field makes one call per root field whatever its variables: counted once. */
const fixed = new WeakMap<OperationDefinitionNode, number | null>();

function fixedCalls(operation: OperationDefinitionNode, document: DocumentNode): number | null {
  let calls = fixed.get(operation);
  if (calls === undefined) {
    const fields = rootFields(operation, document).filter((sel) => !sel.name.value.startsWith('__'));
    calls = fields.some((sel) => BATCH_FIELDS[sel.name.value] || LIST_FIELDS.has(sel.name.value)) ? null : fields.length;
    fixed.set(operation, calls);
  }
  return calls;
}

function variableCalls(operation: OperationDefinitionNode, document: DocumentNode, schema: GraphQLSchema, variables: Record<string, unknown>, registry: BackendRegistry): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  let calls = 0;
  for (const sel of rootFields(operation, document)) {
    if (sel.name.value.startsWith('__')) continue;
    const batch = BATCH_FIELDS[sel.name.value];
    if (batch) { calls += batchCalls(sel, root?.getFields()[sel.name.value], variables, registry, batch); continue; }
    if (!LIST_FIELDS.has(sel.name.value)) { calls++; continue; }
    calls += listCalls(sel, root?.getFields()[sel.name.value], variables, registry);
  }
  return calls;
}

type RootField = Parameters<typeof getArgumentValues>[0] | undefined;

/**
 * The objects a list root field reads, as [type, backend, vendor id], read the way the resolvers
 * read them (`entityKey`, `parseGlobalId`); what names nothing readable costs no call.
 */
function objectsRead(name: string, args: Record<string, unknown>): [string, string, string][] {
  const list = name === '_entities' ? args['representations'] : args['ids'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((r): [string, string, string][] => {
    if (typeof r === 'string') {
      const gid = parseGlobalId(r);
      return typeof gid === 'string' ? [] : [[gid.type, gid.backend, gid.vendorId]];
    }
    if (!r || typeof r !== 'object') return [];
    const ref = r as Record<string, unknown>;
    const type = ENTITY_TYPES.find((t) => t === ref['__typename']);
    if (!type) return [];
    const key = entityKey(type, ref);
    return 'kind' in key ? [] : [[key.type, key.backend, key.vendorId]];
  });
}

/** The batch mutations: the input list they cut into calls, and the backend's size of one call. */
const BATCH_FIELDS: Readonly<Record<string, { list: string; perCall: (backend: ConfiguredBackend) => number }>> = {
  updateTasks: { list: 'items', perCall: (b) => b.taskChunkSize },
  setInstanceStates: { list: 'instanceIds', perCall: (b) => b.stateChunkSize },
};

/**
 * A batch: one call per chunk of the backend's size (updateTasks' read-backs after a refusal,
 * and the reads an ACTIVE state change makes, are counted as they run).
 */
function batchCalls(node: FieldNode, field: RootField, variables: Record<string, unknown>, registry: BackendRegistry, batch: (typeof BATCH_FIELDS)[string]): number {
  if (!field) return 1;
  let input: Record<string, unknown> | undefined;
  try {
    input = getArgumentValues(field, node, variables)['input'] as typeof input;
  } catch {
    return 1;
  }
  const backend = typeof input?.['backend'] === 'string' ? registry.get(input['backend']) : undefined;
  const list = input?.[batch.list];
  const items = Array.isArray(list) ? list.length : 0;
  return backend ? Math.max(1, Math.ceil(items / batch.perCall(backend))) : 1;
}

function listCalls(node: FieldNode, field: RootField, variables: Record<string, unknown>, registry: BackendRegistry): number {
  if (!field) return 0;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(field, node, variables);
  } catch {
    return 0; // bad variables: execution answers that as a client error
  }
  const distinct = new Map<string, Set<string>>();
  for (const [typename, backend, id] of objectsRead(node.name.value, args)) {
    const key = `${typename}\u0000${backend}`;
    (distinct.get(key) ?? distinct.set(key, new Set()).get(key)!).add(id);
  }
  let calls = 0;
  for (const [key, ids] of distinct) {
    const [typename, backendId] = key.split('\u0000') as [string, string];
    const backend = registry.get(backendId);
    if (!backend) continue; // an unknown backend is answered without a call
    const batch = typename === 'ProcessInstance' && Number.isFinite(backend.instanceBatchSize) ? backend.instanceBatchSize : 1;
    calls += Math.ceil(ids.size / batch);
  }
  return calls;
}
