import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../gateway-context.js';
import { Node } from '../types/node-interface.js';
import { resolveNode, type ResolvedNode } from './resolve-node.js';

/** More ids than this in one `nodes` is refused: each may be a vendor call. */
export const MAX_NODE_IDS = 100;

/**
 * Relay's refetch: any object by its global id. An id that cannot be read answers null with an
 * error at its path whose `extensions.code` says why (VALIDATION for a forged or foreign id,
 * NOT_FOUND, PERMISSION_DENIED, BACKEND_UNAVAILABLE, ...).
 */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'The object with this global id, read from its vendor now; null with an error (`extensions.code`: VALIDATION, NOT_FOUND, UNKNOWN_BACKEND, ...) when it cannot be read.' })
  node(
    @Arg('id', () => ID, { description: 'A global id the gateway handed out (`ProcessInstance.id`, `Task.id`).' }) id: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<ResolvedNode | GraphQLError> {
    return resolveNode(id, ctx, 'id', true);
  }

  @Query(() => [Node], { nullable: 'items', description: `The objects with these global ids, in order (at most ${MAX_NODE_IDS}); each one that cannot be read is null with an error at its index.` })
  nodes(
    @Arg('ids', () => [ID], { description: 'Global ids the gateway handed out.' }) ids: string[],
    @Ctx() ctx: GatewayContext,
  ): Promise<(ResolvedNode | GraphQLError)[]> {
    if (ids.length > MAX_NODE_IDS) {
      throw new GraphQLError(`nodes takes at most ${MAX_NODE_IDS} ids (got ${ids.length})`, { extensions: { code: 'VALIDATION', errorType: 'ValidationError', field: 'ids' } });
    }
    return Promise.all(ids.map((id, i) => resolveNode(id, ctx, `ids[${i}]`, true)));
  }
}
