import { GraphQLError, Kind, getNamedType, isInputType, typeFromAST, valueFromAST, isInputObjectType, isListType, isNonNullType, type DocumentNode, type FieldNode, type GraphQLField, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
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
  const cost = fixedCost(operation, document, schema) ?? variableCost(operation, document, schema, withDefaults(operation, schema, request.variables ?? {}));
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

/** Per operation: its variables that have a default value in the document, and that value. */
const variableDefaults = new WeakMap<OperationDefinitionNode, { name: string; value: unknown }[]>();

/**
 * The variables as execution will see them: one the request leaves out takes its default from
 * the document (`$ids: [ID!] = [...]`), and its items count like sent ones.
 */
function withDefaults(operation: OperationDefinitionNode, schema: GraphQLSchema, variables: Record<string, unknown>): Record<string, unknown> {
  let defaults = variableDefaults.get(operation);
  if (!defaults) {
    defaults = (operation.variableDefinitions ?? []).flatMap((d) => {
      const type = d.defaultValue && typeFromAST(schema, d.type);
      return type && isInputType(type) ? [{ name: d.variable.name.value, value: valueFromAST(d.defaultValue, type) }] : [];
    });
    variableDefaults.set(operation, defaults);
  }
  // Own keys only: a variable named $constructor or $toString is not on every object.
  const missing = defaults.filter((d) => !Object.hasOwn(variables, d.name));
  return missing.length ? { ...variables, ...Object.fromEntries(missing.map((d) => [d.name, d.value])) } : variables;
}

function variableCost(operation: OperationDefinitionNode, document: DocumentNode, schema: GraphQLSchema, variables: Record<string, unknown>): number {
  const isMutation = operation.operation === 'mutation';
  let cost = 0;
  for (const { node, field } of rootFieldDefinitions(operation, document, schema)) {
    cost += isMutation ? MUTATION_FIELD_COST : 0;
    // Most mutations take no list at all: their cost is known without reading their arguments.
    if (takesLists(field)) cost += listItems(field, node, variables);
  }
  return cost;
}

/** Per operation: Apollo hands every request with the same text the same parsed document. */
const definitions = new WeakMap<OperationDefinitionNode, { node: FieldNode; field: GraphQLField<unknown, unknown> }[]>();

/** The schema's definition of each root field the operation selects (unknown ones are left out: validation refused them). */
function rootFieldDefinitions(operation: OperationDefinitionNode, document: DocumentNode, schema: GraphQLSchema): { node: FieldNode; field: GraphQLField<unknown, unknown> }[] {
  let found = definitions.get(operation);
  if (found) return found;
  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const fields = rootType?.getFields() ?? {};
  found = rootFields(operation, document).flatMap((node) => (fields[node.name.value] ? [{ node, field: fields[node.name.value]! }] : []));
  definitions.set(operation, found);
  return found;
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

/**
 * The list items in a root field's arguments, counted in what the caller sent: a variable's value
 * as it came (coercing it here would do execution's work twice on every request), a literal as
 * the document spells it. A value execution will refuse may be miscounted: it is refused anyway.
 */
function listItems(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number {
  let items = 0;
  for (const argument of node.arguments ?? []) {
    const definition = field.args.find((a) => a.name === argument.name.value);
    if (!definition) continue;
    const name = argument.value.kind === Kind.VARIABLE ? argument.value.name.value : null;
    const value = name !== null ? (Object.hasOwn(variables, name) ? variables[name] : undefined) : valueFromAST(argument.value, definition.type, variables);
    items += countItems(definition.type, value);
  }
  return items;
}

function countItems(type: GraphQLInputType, value: unknown): number {
  if (value == null) return 0;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    // A single value where a list is wanted is coerced to a list of one.
    if (!Array.isArray(value)) return 1 + countItems(inner.ofType, value);
    let items = value.length;
    for (const item of value) items += countItems(inner.ofType, item);
    return items;
  }
  const named = getNamedType(inner);
  if (!isInputObjectType(named) || typeof value !== 'object') return 0;
  const fields = named.getFields();
  let items = 0;
  for (const key in value as Record<string, unknown>) {
    const f = fields[key];
    if (f) items += countItems(f.type, (value as Record<string, unknown>)[key]);
  }
  return items;
}
