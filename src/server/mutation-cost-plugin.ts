import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getArgumentValues, getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLField, type GraphQLInputType } from 'graphql';
import { rootFields } from './root-fields.js';

/** What one mutation costs: the call itself, and one per item of every list in its input. */
export const MUTATION_FIELD_COST = 100;

/**
 * A cost limit on what graphql-armor's selection cost does not see: each mutation field (aliases
 * included) costs {@link MUTATION_FIELD_COST}, and every item of every list in a root field's
 * arguments one more: a migration's 10,000 ids, or a supergraph's 3,000 `_entities`
 * representations, each of which is a vendor read. Runs once variables are known, before anything
 * is executed, so a refused operation sends nothing to any vendor.
 */
export function mutationCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation || operation.operation === 'subscription') return;
          const isMutation = operation.operation === 'mutation';
          const rootType = isMutation ? schema.getMutationType() : schema.getQueryType();
          if (!rootType) return;
          let cost = 0;
          for (const sel of rootFields(operation, document)) {
            const field = rootType.getFields()[sel.name.value];
            if (!field) continue;
            // Most mutations take no list at all: their cost is known without reading their arguments.
            if (!takesLists(field)) {
              cost += isMutation ? MUTATION_FIELD_COST : 0;
              continue;
            }
            let args: Record<string, unknown>;
            try {
              args = getArgumentValues(field, sel, request.variables ?? {});
            } catch {
              continue; // bad or missing variables: execution answers that as a client error
            }
            cost += (isMutation ? MUTATION_FIELD_COST : 0) + listItems(field, args);
          }
          if (cost > maxCost) {
            throw new GraphQLError(`the operation costs ${cost}, more than the limit of ${maxCost} (each mutation ${MUTATION_FIELD_COST}, each list item in its input 1)`, {
              extensions: { code: 'COST_LIMIT_EXCEEDED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

const listTaking = new WeakMap<GraphQLField<unknown, unknown>, boolean>();

/** Whether any argument of the field holds a list, at any depth of its input types (decided once per field). */
function takesLists(field: GraphQLField<unknown, unknown>): boolean {
  let takes = listTaking.get(field);
  if (takes === undefined) listTaking.set(field, (takes = field.args.some((arg) => holdsList(arg.type, new Set()))));
  return takes;
}

function holdsList(type: GraphQLInputType, seen: Set<GraphQLInputType>): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return true;
  if (!isInputObjectType(inner) || seen.has(inner)) return false;
  seen.add(inner);
  return Object.values(inner.getFields()).some((f) => holdsList(f.type, seen));
}

function listItems(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  return field.args.reduce((sum, arg) => sum + countItems(arg.type, args[arg.name]), 0);
}

function countItems(type: GraphQLInputType, value: unknown): number {
  if (value == null) return 0;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner) && Array.isArray(value)) {
    return value.length + value.reduce((s: number, v: unknown) => s + countItems(inner.ofType, v), 0);
  }
  const named = getNamedType(inner);
  if (isInputObjectType(named) && typeof value === 'object') {
    const fields = named.getFields();
    return Object.entries(value as Record<string, unknown>).reduce((s, [k, v]) => s + (fields[k] ? countItems(fields[k].type, v) : 0), 0);
  }
  return 0;
}
