import { ApolloServer } from '@apollo/server';
import fastifyApollo from '@as-integrations/fastify';
import Fastify from 'fastify';
import { Pool } from 'undici';
import { WORKLOADS } from './bench-workloads.js';

/**
 * (e) of `npm run bench`: the stack the gateway is built on, with nothing of the gateway. Fastify,
 * Apollo Server through the same integration, a schema of the workload's one mutation written as
 * SDL, and a resolver that makes the workload's vendor call over a keep-alive undici pool. No
 * limits, logging, metrics, resilience, audit, adapters or type-graphql: what (c) costs beyond
 * this is the gateway's own work, and this beyond (b) is the stack's.
 */
const [workloadName, vendorUrl] = process.argv.slice(2) as [string, string];
const workload = WORKLOADS.find((w) => w.vendor === workloadName)!;
const call = workload.call(vendorUrl);
const pool = new Pool(new URL(vendorUrl).origin, { connections: 64 });

const typeDefs = /* GraphQL */ `
  scalar JSONObject
  input TaskActionInput { kind: String!, sleepSeconds: Int }
  input UpdateTaskInput { backend: ID!, serialNumber: String!, action: TaskActionInput! }
  input UpdateAllVariablesInput { backend: ID!, instanceId: ID!, variables: JSONObject! }
  type UpdateTaskSuccess { vendorAction: String! }
  type UpdateAllVariablesSuccess { instanceId: ID! }
  type Query { ok: Boolean }
  type Mutation {
    updateTask(input: UpdateTaskInput!): UpdateTaskSuccess!
    updateAllVariables(input: UpdateAllVariablesInput!): UpdateAllVariablesSuccess!
  }
`;

async function vendorCall(): Promise<void> {
  const res = await pool.request({ method: call.method, path: call.path, headers: call.headers, body: call.body });
  await res.body.text();
  if (!call.ok(res.statusCode)) throw new Error(`the vendor answered ${res.statusCode}`);
}

const apollo = new ApolloServer({
  typeDefs,
  resolvers: {
    Mutation: {
      updateTask: async () => { await vendorCall(); return { vendorAction: 'Sleep' }; },
      updateAllVariables: async (_root: unknown, { input }: { input: { instanceId: string } }) => { await vendorCall(); return { instanceId: input.instanceId }; },
    },
  },
});
await apollo.start();
const app = Fastify({ logger: false });
await app.register(fastifyApollo(apollo));
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.send!({ url });
process.on('SIGTERM', () => void app.close().then(() => pool.close()).finally(() => process.exit(0)));
