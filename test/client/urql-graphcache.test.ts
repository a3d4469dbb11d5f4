import { readFile } from 'node:fs/promises';
import { Client, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import type { IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ActOnTaskDocument, GetProcessInstanceDocument, GetTaskDocument, keylessTypes } from '../../client/bpm-client.js';
import { startSharedIdGateway, type SharedIdGateway } from '../support/shared-vendor-id-gateway.js';

/** urql with graphcache, set up as the README says: the shipped schema, and queries by POST. */
let stack: SharedIdGateway;
let schema: IntrospectionQuery;
beforeAll(async () => {
  stack = await startSharedIdGateway();
  schema = JSON.parse(await readFile(new URL('../../client/generated/introspection.json', import.meta.url), 'utf8')) as typeof schema;
});
afterAll(() => stack?.close());

const url = () => `${stack.gateway.url}/graphql`;

describe('urql', () => {
  it('out of the box sends queries as GET, which CSRF prevention refuses with a message that says what to do', async () => {
    const client = new Client({ url: url(), exchanges: [fetchExchange] });
    const result = await client.query(GetProcessInstanceDocument, { backend: 'k2-emea', id: '8' }).toPromise();
    expect(result.data).toBeUndefined();
    expect(result.error?.message).toMatch(/CSRF|preflight/i);
  });

  it('with graphcache and the README setup keeps instance 8 of two backends apart and lets a mutation update the cache', async () => {
    const client = new Client({ url: url(), preferGetMethod: false, exchanges: [cacheExchange({ schema, keys: keylessTypes(schema) }), fetchExchange] });
    const read = async (backend: string, requestPolicy: 'network-only' | 'cache-only') =>
      (await client.query(GetProcessInstanceDocument, { backend, id: '8' }, { requestPolicy }).toPromise()).data?.processInstance;
    expect(await read('k2-emea', 'network-only')).toMatchObject({ backend: 'k2-emea', folio: 'EMEA order 8' });
    expect(await read('k2-us', 'network-only')).toMatchObject({ backend: 'k2-us', folio: 'US order 8' });
    expect(await read('k2-emea', 'cache-only')).toMatchObject({ backend: 'k2-emea', folio: 'EMEA order 8' });

    const task = async (requestPolicy: 'network-only' | 'cache-only') =>
      (await client.query(GetTaskDocument, { backend: 'k2-emea', serialNumber: '8_26' }, { requestPolicy }).toPromise()).data?.task;
    expect(await task('network-only')).toMatchObject({ status: 'Available' });
    const acted = await client.mutation(ActOnTaskDocument, { input: { backend: 'k2-emea', serialNumber: '8_26', action: { kind: 'SLEEP', sleepSeconds: 60 } } }).toPromise();
    expect(acted.data?.updateTask).toMatchObject({ __typename: 'UpdateTaskSuccess' });
    expect(await task('cache-only')).toMatchObject({ status: 'Sleeping' });
  });

  it('keeps error fields through graphcache: the schema tells it NotFoundError is a BpmError, and keylessTypes keeps it quiet', async () => {
    const warn = vi.spyOn(console, 'warn');
    const client = new Client({ url: url(), preferGetMethod: false, exchanges: [cacheExchange({ schema, keys: keylessTypes(schema) }), fetchExchange] });
    const result = await client.query(GetProcessInstanceDocument, { backend: 'k2-us', id: '999' }).toPromise();
    expect(result.data?.processInstance).toMatchObject({ __typename: 'NotFoundError', message: expect.stringMatching(/\S/), vendorStatus: 404 });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
