import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GetProcessInstanceDocument } from '../../client/bpm-client.js';
import { startSharedIdGateway, type SharedIdGateway } from '../support/shared-vendor-id-gateway.js';

let stack: SharedIdGateway;
beforeAll(async () => { stack = await startSharedIdGateway(); });
afterAll(() => stack?.close());

it('graphql-request, as the README sets it up, gets typed results and errors as data', async () => {
  const client = new GraphQLClient(`${stack.gateway.url}/graphql`);
  const found = await client.request(GetProcessInstanceDocument, { backend: 'k2-us', id: '8' });
  expect(found.processInstance).toMatchObject({ __typename: 'ProcessInstance', id: 'gid://bpm/ProcessInstance/k2-us/8', folio: 'US order 8' });
  const missing = await client.request(GetProcessInstanceDocument, { backend: 'k2-us', id: '999' });
  expect(missing.processInstance).toMatchObject({ __typename: 'NotFoundError', vendorStatus: 404 });
});
