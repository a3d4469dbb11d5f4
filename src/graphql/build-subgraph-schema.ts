import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema, parse, type GraphQLSchema } from 'graphql';
import { createResolversMap } from 'type-graphql';
import type { GatewayContext } from './gateway-context.js';
import { ENTITY_TYPES } from '../core/global-id.js';
import { entityKey } from './entity-reference.js';
import { failureToGraphqlError } from './failure-to-graphql-error.js';
import { readNode } from './resolvers/resolve-node.js';

/** Federation 2: the two entity types carry `@key` (type-graphql's @Directive) and need the link. */
const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

/** The schema's SDL with its directives, as a federation subgraph presents it (`_service { sdl }`). */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(schema))}\n`;
}

/**
 * The gateway as an Apollo Federation 2 subgraph: the type-graphql schema printed with its
 * directives and rebuilt by @apollo/subgraph, which adds `_service` and `_entities`.
 * ProcessInstance and Task references (by global `id`, or by `backend` and the vendor's id)
 * resolve through the same per-request loaders as every other read, so a supergraph asking for
 * many instances causes batched vendor calls. A reference that cannot be read is null in
 * `_entities` with an error at `["_entities", i]` saying why (`extensions.code` NOT_FOUND, ...):
 * the router keeps the other entities, and the cause reaches the client.
 */
export function buildGatewaySubgraph(schema: GraphQLSchema): GraphQLSchema {
  const resolvers = createResolversMap(schema) as Record<string, object>;
  for (const type of ENTITY_TYPES) {
    resolvers[type] = {
      ...(resolvers[type] as object),
      __resolveReference: (ref: Record<string, unknown>, ctx: GatewayContext) => {
        const key = entityKey(type, ref);
        return 'kind' in key ? failureToGraphqlError(key) : readNode(type, key.backend, key.vendorId, ctx, false);
      },
    };
  }
  // @apollo/subgraph types resolver maps with an `any` context; ours are checked above.
  const module = { typeDefs: parse(printSubgraphSdl(schema)), resolvers: resolvers as Record<string, never> };
  return buildSubgraphSchema(module);
}
