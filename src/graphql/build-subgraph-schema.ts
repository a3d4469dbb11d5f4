import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema, parse, type GraphQLSchema } from 'graphql';
import { createResolversMap } from 'type-graphql';
import type { GatewayContext } from './gateway-context.js';
import { toProcessInstance, toTask } from './types/to-graphql-views.js';

/** Federation 2: the two entity types carry `@key` (type-graphql's @Directive) and need the link. */
const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

/** The schema's SDL with its directives, as a federation subgraph presents it (`_service { sdl }`). */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(schema))}\n`;
}

/**
 * The gateway as an Apollo Federation 2 subgraph: the type-graphql schema printed with its
 * directives and rebuilt by @apollo/subgraph, which adds `_service` and `_entities`.
 * ProcessInstance and Task references resolve through the same per-request loaders as every
 * other read, so a supergraph asking for many instances causes batched vendor calls.
 */
export function buildGatewaySubgraph(schema: GraphQLSchema): GraphQLSchema {
  const resolvers = createResolversMap(schema) as Record<string, object>;
  resolvers['ProcessInstance'] = {
    ...(resolvers['ProcessInstance'] as object),
    async __resolveReference(ref: { backend: string; id: string }, ctx: GatewayContext) {
      const read = await ctx.registry.readInstance(ref.backend, ref.id, ctx.call);
      return read.ok ? toProcessInstance(read.value) : null;
    },
  };
  resolvers['Task'] = {
    ...(resolvers['Task'] as object),
    async __resolveReference(ref: { backend: string; serialNumber: string }, ctx: GatewayContext) {
      const read = await ctx.registry.readTask(ref.backend, ref.serialNumber, ctx.call);
      return read.ok ? toTask(read.value) : null;
    },
  };
  // @apollo/subgraph types resolver maps with an `any` context; ours are checked above.
  const module = { typeDefs: parse(printSubgraphSdl(schema)), resolvers: resolvers as Record<string, never> };
  return buildSubgraphSchema(module);
}
