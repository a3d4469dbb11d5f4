import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActOnTaskDocument, ChangeInstanceStateDocument, GetProcessInstanceDocument, GetTaskDocument, possibleTypes,
} from '../../client/bpm-client.js';
import { startSharedIdGateway, type SharedIdGateway } from '../support/shared-vendor-id-gateway.js';

/**
 * A real Apollo Client 4 with the default InMemoryCache: no typePolicies, only the possibleTypes
 * the typed client ships, as the README sets it up. Two K2 backends both hold instance 8.
 */
let stack: SharedIdGateway;
let client: ApolloClient;
beforeAll(async () => {
  stack = await startSharedIdGateway();
  client = new ApolloClient({
    link: new HttpLink({ uri: `${stack.gateway.url}/graphql` }),
    cache: new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes }),
  });
});
afterAll(async () => {
  await client?.clearStore();
  await stack?.close();
});

const instance = async (backend: string, id: string, fetchPolicy: 'network-only' | 'cache-only' = 'network-only') => {
  const { data } = await client.query({ query: GetProcessInstanceDocument, variables: { backend, id }, fetchPolicy });
  return data?.processInstance;
};

describe('Apollo Client InMemoryCache over the gateway', () => {
  it('keeps instance 8 of two K2 backends apart', async () => {
    expect(await instance('k2-emea', '8')).toMatchObject({ backend: 'k2-emea', folio: 'EMEA order 8', instanceId: '8' });
    expect(await instance('k2-us', '8')).toMatchObject({ backend: 'k2-us', folio: 'US order 8', instanceId: '8' });
    // Read back from the cache alone: each root field still points at its own backend's object.
    expect(await instance('k2-emea', '8', 'cache-only')).toMatchObject({ backend: 'k2-emea', folio: 'EMEA order 8' });
    expect(await instance('k2-us', '8', 'cache-only')).toMatchObject({ backend: 'k2-us', folio: 'US order 8' });
    const keys = Object.keys(client.cache.extract() as object);
    expect(keys).toEqual(expect.arrayContaining(['ProcessInstance:gid://bpm/ProcessInstance/k2-emea/8', 'ProcessInstance:gid://bpm/ProcessInstance/k2-us/8']));
  });

  it('keeps error fields: possibleTypes lets `... on BpmError` match', async () => {
    expect(await instance('k2-emea', '999')).toMatchObject({ __typename: 'NotFoundError', message: expect.stringMatching(/\S/), vendorStatus: 404 });
  });

  it('an updateTask success updates the cached task by itself', async () => {
    const read = async (fetchPolicy: 'network-only' | 'cache-only') =>
      (await client.query({ query: GetTaskDocument, variables: { backend: 'k2-us', serialNumber: '8_25' }, fetchPolicy })).data?.task;
    expect(await read('network-only')).toMatchObject({ __typename: 'Task', id: 'gid://bpm/Task/k2-us/8_25', status: 'Available' });
    const { data } = await client.mutate({
      mutation: ActOnTaskDocument,
      variables: { input: { backend: 'k2-us', serialNumber: '8_25', action: { kind: 'SLEEP', sleepSeconds: 3600 } } },
    });
    expect(data?.updateTask).toMatchObject({ __typename: 'UpdateTaskSuccess', task: { status: 'Sleeping' } });
    // No refetch, no update function: the cached Task:… entry is the one the success carried.
    expect(await read('cache-only')).toMatchObject({ status: 'Sleeping' });
    // And the other backend's task with the same serial is untouched.
    expect(stack.k2Emea.state.tasks.get('8_25')?.status).toBe('Available');
  });

  it('a setInstanceState success updates the cached instance by itself, in the same state words', async () => {
    const id = '90d9652b3752ad4f013752ae38cb0004';
    expect(await instance('csa', id)).toMatchObject({ state: 'RUNNING', vendorState: 'ACTIVE' });
    const { data } = await client.mutate({ mutation: ChangeInstanceStateDocument, variables: { input: { backend: 'csa', instanceId: id, state: 'COMPLETED' } } });
    expect(data?.setInstanceState).toMatchObject({ __typename: 'SetInstanceStateSuccess', state: 'COMPLETED', vendorState: 'COMPLETED', instance: { state: 'COMPLETED' } });
    expect(await instance('csa', id, 'cache-only')).toMatchObject({ state: 'COMPLETED', vendorState: 'COMPLETED' });
  });
});
