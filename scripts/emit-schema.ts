import { writeFile } from 'node:fs/promises';
import { buildGatewaySchema, printGatewaySdl } from '../src/graphql/build-gateway-schema.js';
import { printSubgraphSdl } from '../src/graphql/build-subgraph-schema.js';

/**
 * Writes schema/schema.graphql (the API as clients and codegen see it) and schema/subgraph.graphql
 * (the same with its federation directives) from the code; a test fails when either drifts.
 */
const schema = await buildGatewaySchema();
await writeFile(new URL('../../schema/schema.graphql', import.meta.url), printGatewaySdl(schema));
await writeFile(new URL('../../schema/subgraph.graphql', import.meta.url), printSubgraphSdl(schema));
process.stdout.write('wrote schema/schema.graphql and schema/subgraph.graphql\n');
