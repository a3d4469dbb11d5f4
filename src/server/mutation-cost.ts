import { GraphQLError, getArgumentValues, getNamedType, isInputObjectType, isListType, isNonNullType, type DocumentNode, type FieldNode, type GraphQLField, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { ResolvedOperation } from './resolved-operation.js';
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
export function checkOperationCost({ operation, document, schema, request }: ResolvedOperation, maxCost: number): void {
  if (!operation || operation.operation === 'subscription') return;
  const cost = fixedCost(operation, document, schema) ?? variableCost(operation, document, schema, request.variables ?? {});
  if (cost > maxCost) {
    throw new GraphQLError(`the operation costs ${cost}, more than the limit of ${maxCost} (each mutation ${MUTATION_FIELD_COST}, each list item in its input 1)`, {
      extensions: { code: 'COST_LIMIT_EXCEEDED', http: { status: 400 } },
    });
  }
}

/** An operation whose root fields take no list costs the same whatever its variables: priced once. */
const fixedCosts = new WeakMap<OperationDefinitionNode, number | null>();

function fixedCost(operation: OperationDefinitionNode, document: DocumentNode, schema: GraphQLSchema): number | null {
  let cost = fixedCosts.get(operation);
  if (cost === undefined) {
    const fields = rootFieldDefinitions(operation, document, schema);
    cost = fields.some(({ field }) => takesLists(field)) ? null : (operation.operation === 'mutation' ? fields.length * MUTATION_FIELD_COST : 0);
    fixedCosts.set(operation, cost);
  }
  return cost;
}

function variableCost(operation: OperationDefinitionNode, document: DocumentNode, schema: GraphQLSchema, variables: Record<string, unknown>): number {
  const isMutation = operation.operation === 'mutation';
  let cost = 0;
  for (const { node, field } of rootFieldDefinitions(operation, document, schema)) {
    // Most mutations take no list at all: their cost is known without reading their arguments.
    if (!takesLists(field)) {
      cost += isMutation ? MUTATION_FIELD_COST : 0;
      continue;
    }
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, variables);
    } catch {
      continue; // bad or missing variables: execution answers that as a client error
    }
    cost += (isMutation ? MUTATION_FIELD_COST : 0) + listItems(field, args);
  }
  return cost;
}

/** The schema's definition of each root field the operation selects (unknown ones are left out: validation refused them). */
function rootFieldDefinitions(operation: OperationDefinitionNode, document: DocumentNode, schema: GraphQLSchema): { node: FieldNode; field: GraphQLField<unknown, unknown> }[] {
  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!rootType) return [];
  const fields = rootType.getFields();
  return rootFields(operation, document).flatMap((node) => (fields[node.name.value] ? [{ node, field: fields[node.name.value]! }] : []));
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
