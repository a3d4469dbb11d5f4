import { BackendRegistry } from '../core/backend-registry.js';
import type { Adapter } from '../core/adapter.js';
import type { GatewayConfig } from '../config/config-schema.js';
import { buildGatewaySchema } from '../graphql/build-gateway-schema.js';
import { buildGatewaySubgraph } from '../graphql/build-subgraph-schema.js';
import { createAdapter } from '../vendors/create-adapter.js';
import { startGatewayServer, type GatewayServer } from './create-gateway-server.js';
import type { GraphiqlTab } from './graphiql-page.js';

export interface RunningGateway extends GatewayServer {
  readonly registry: BackendRegistry;
}

/** Builds everything once (adapters with their pools, the schema, the server) and serves. */
export async function startGateway(
  config: GatewayConfig,
  options: { examples?: readonly GraphiqlTab[]; logError?: (m: string) => void } = {},
): Promise<RunningGateway> {
  const adapters: Adapter[] = config.backends.map(createAdapter);
  const registry = new BackendRegistry(adapters);
  try {
    // Served as a federation subgraph: a plain GraphQL API to clients, composable by a supergraph.
    const schema = buildGatewaySubgraph(await buildGatewaySchema());
    const server = await startGatewayServer({ server: config.server, schema, registry, examples: options.examples ?? [], logError: options.logError });
    return {
      url: server.url,
      registry,
      async close() {
        await server.close();
        await registry.close();
      },
    };
  } catch (error) {
    await registry.close();
    throw error;
  }
}
