/**
 * urql graphcache normalizes objects by `id` and warns about every type without one (the result
 * successes, the error types, connections, edges). They belong embedded in their parent: this
 * says so for each of them, from the shipped introspection, so that graphcache stays quiet and
 * keys only what has a global id.
 *
 *   cacheExchange({ schema, keys: keylessTypes(schema) })
 */
interface IntrospectedType { kind: string; name: string; fields?: readonly { name: string }[] | null }

export function keylessTypes(schema: { __schema: { types: readonly IntrospectedType[] } }): Record<string, () => null> {
  return Object.fromEntries(
    schema.__schema.types
      .filter((t) => t.kind === 'OBJECT' && !t.name.startsWith('__') && !['Query', 'Mutation', 'Subscription'].includes(t.name) && !t.fields?.some((f) => f.name === 'id'))
      .map((t) => [t.name, () => null]),
  );
}
