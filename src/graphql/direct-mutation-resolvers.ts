import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { GatewayContext } from './gateway-context.js';
import { MutationResolver } from './resolvers/mutation-resolver.js';

type MutationMethod = (input: unknown, ctx: GatewayContext) => unknown;

/**
 * Each mutation field calls its MutationResolver method directly, with the input graphql-js has
 * already coerced. type-graphql's own resolver does, on every call, what these fields never need:
 * it sorts the method's parameters, copies the input into instances of the input classes, and
 * waits on a validation that is off (`validate: false`), which costs a Promise.all and turns of
 * the microtask queue: ~5 % of a mutation's CPU in profiles. The input classes are plain data
 * (no methods, no field initialisers: test/graphql/direct-mutation-resolvers.test.ts holds it), so
 * the method sees the same values. Only methods whose parameters are exactly `@Arg('input')` then
 * `@Ctx()` are taken; any other shape keeps type-graphql's resolver.
 */
export function callMutationsDirectly(schema: GraphQLSchema): string[] {
  const fields = schema.getMutationType()?.getFields() ?? {};
  const resolver = new MutationResolver() as unknown as Record<string, MutationMethod | undefined>;
  const params = getMetadataStorage().params.filter((p) => p.target === MutationResolver);
  const direct: string[] = [];
  for (const [name, field] of Object.entries(fields)) {
    const method = resolver[name];
    const shape = params.filter((p) => p.methodName === name).sort((a, b) => a.index - b.index);
    const takesInputThenContext = shape.length === 2
      && shape[0]!.kind === 'arg' && shape[0]!.name === 'input'
      && shape[1]!.kind === 'context' && !shape[1]!.propertyName;
    if (typeof method !== 'function' || !takesInputThenContext) continue;
    field.resolve = (_root, args: { input?: unknown }, ctx: GatewayContext) => method.call(resolver, args.input, ctx);
    direct.push(name);
  }
  return direct;
}
