import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditLogResolver } from './resolvers/audit-log-resolver.js';
import { BackendResolver } from './resolvers/backend-resolver.js';
import { JobResolver } from './resolvers/job-resolver.js';
import { ListResolver } from './resolvers/list-resolver.js';
import { MutationResolver } from './resolvers/mutation-resolver.js';
import { callMutationsDirectly } from './direct-mutation-resolvers.js';
import { NodeResolver } from './resolvers/node-resolver.js';
import { ReadResolver } from './resolvers/read-resolver.js';
import { SUCCESS_READ_RESOLVERS } from './resolvers/success-read-resolvers.js';
import { TaskInstanceResolver } from './resolvers/task-instance-resolver.js';

/**
 * Subscriptions here bring their own source (`subscribe`: jobProgress reads the job store), so no
 * topic is ever published; type-graphql still asks for a PubSub, and gets one that has no topics.
 */
const NO_TOPICS = {
  publish: () => undefined,
  subscribe: (): never => {
    throw new Error('this schema has no PubSub topics');
  },
};

/** The gateway's schema, built once at start-up and shared by every request. */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: [AuditLogResolver, BackendResolver, JobResolver, ListResolver, MutationResolver, NodeResolver, ReadResolver, ...SUCCESS_READ_RESOLVERS, TaskInstanceResolver], validate: false, pubSub: NO_TOPICS });
  // type-graphql has no place for the root types' own descriptions.
  schema.getQueryType()!.description = 'Reads: instances and tasks by id, lists, any object by its global id, and the configured backends.';
  schema.getMutationType()!.description = 'Changes, each answered as a result union: its success, a dry run\'s preview, or one of the error types.';
  schema.getSubscriptionType()!.description = 'Live updates over graphql-ws (the graphql-transport-ws protocol) on /graphql.';
  callMutationsDirectly(schema);
  return schema;
}

/** The SDL committed as schema/schema.graphql, sorted so that diffs show real changes only. */
export function printGatewaySdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
