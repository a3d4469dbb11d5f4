import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { buildGatewaySchema, printGatewaySdl } from '../../src/graphql/build-gateway-schema.js';
import { printSubgraphSdl } from '../../src/graphql/build-subgraph-schema.js';

it('the committed schema/schema.graphql is exactly what the code emits (run `npm run schema` after changing src/graphql)', async () => {
  const committed = await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
  expect(printGatewaySdl(await buildGatewaySchema())).toBe(committed);
});

it('the committed schema/subgraph.graphql is exactly the federation SDL the code emits (run `npm run schema`)', async () => {
  const committed = await readFile(new URL('../../schema/subgraph.graphql', import.meta.url), 'utf8');
  expect(printSubgraphSdl(await buildGatewaySchema())).toBe(committed);
});
