import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getArgumentValues, type FieldNode } from 'graphql';
import { rootFields } from './root-fields.js';
import type { BackendRegistry } from '../pipeline/backend-registry.js';

/**
 * Prices a request by the vendor calls it will cause, before anything runs: `_entities`
 * representations as the per-request loaders will read them (distinct ids, in the backend's bulk
 * size where it has a bulk read, else one call each), every other root field one. A supergraph's
 * 15,000 K2 representations are 1,111 K2 calls, not one request: over
 * `server.limits.maxVendorCalls` it is refused with nothing sent. The count while it runs (in the
 * HTTP client) holds the same limit for what cannot be priced ahead (read-backs, logins).
 */
export function vendorCallBudgetPlugin(maxVendorCalls: number, registry: BackendRegistry): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation || operation.operation === 'subscription') return;
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          let calls = 0;
          for (const sel of rootFields(operation, document)) {
            if (sel.name.value.startsWith('__')) continue;
            if (sel.name.value !== '_entities') { calls++; continue; }
            calls += entityCalls(sel, root?.getFields()['_entities'], request.variables ?? {}, registry);
          }
          if (calls > maxVendorCalls) {
            throw new GraphQLError(`the operation would make ${calls} vendor calls, more than the limit of ${maxVendorCalls} (server.limits.maxVendorCalls); nothing was sent`, {
              extensions: { code: 'VENDOR_CALL_LIMIT_EXCEEDED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

type EntitiesField = Parameters<typeof getArgumentValues>[0] | undefined;

function entityCalls(node: FieldNode, field: EntitiesField, variables: Record<string, unknown>, registry: BackendRegistry): number {
  if (!field) return 0;
  let representations: unknown;
  try {
    representations = getArgumentValues(field, node, variables)['representations'];
  } catch {
    return 0; // bad variables: execution answers that as a client error
  }
  if (!Array.isArray(representations)) return 0;
  const distinct = new Map<string, Set<string>>();
  for (const r of representations as Record<string, unknown>[]) {
    if (!r || typeof r !== 'object') continue;
    const key = `${String(r['__typename'])}\u0000${String(r['backend'])}`;
    const id = String(r['id'] ?? r['serialNumber']);
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
