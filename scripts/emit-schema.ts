import { writeFile } from 'node:fs/promises';
import { buildGatewaySchema, printGatewaySdl } from '../src/graphql/build-gateway-schema.js';

/** Writes schema/schema.graphql from the code; a test fails when the committed file differs. */
const schema = await buildGatewaySchema();
await writeFile(new URL('../../schema/schema.graphql', import.meta.url), printGatewaySdl(schema));
process.stdout.write('wrote schema/schema.graphql\n');
