import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SetInstanceStateDocument, UpdateProcessInstanceDocument } from '../../__generated__/graphql.js';
import { CSA_TRANSPORT, startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.csa.reset());

const ID = '90d9652b3752ad4f013752ae38cb0004';
const complete = (backend = 'csa', instanceId = ID) =>
  stack.gql(SetInstanceStateDocument, { input: { backend, instanceId, state: 'COMPLETED' } });
const xmlError = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><error><code>${code}</code><message>${message}</message></error>`;

describe('CSA errors as data', () => {
  it('answers wrong transport credentials with AuthenticationError', async () => {
    expect((await complete('csa-wrong-password')).data?.setInstanceState).toMatchObject({ __typename: 'AuthenticationError', errorBackend: 'csa-wrong-password', vendorStatus: 401 });
  });

  it('answers a userIdentifier CSA does not know with AuthenticationError', async () => {
    expect((await complete('csa-nobody')).data?.setInstanceState).toMatchObject({ __typename: 'AuthenticationError', vendorStatus: 401 });
  });

  it('answers a userIdentifier without admin access with PermissionDeniedError, and changes nothing', async () => {
    const answer = await stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'csa-consumer', instanceId: ID, properties: [{ name: 'REPLICAS', type: 'INTEGER', values: ['9'] }] } });
    expect(answer.data?.updateProcessInstance).toMatchObject({ __typename: 'PermissionDeniedError', vendorStatus: 403, vendorCode: 'AccessDenied' });
    expect(stack.csa.state.instances.get(ID)!.properties.find((p) => p.name === 'REPLICAS')!.values).toEqual(['3']);
  });

  it('answers an unknown instance with NotFoundError, from the read and from the write', async () => {
    const unknown = 'abcdefabcdefabcdefabcdefabcdef00';
    expect((await complete('csa', unknown)).data?.setInstanceState).toMatchObject({ __typename: 'NotFoundError', vendorStatus: 404, vendorCode: 'ProcessInstanceNotFound' });
    const write = await stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'csa', instanceId: unknown, properties: [{ name: 'A', values: ['1'] }] } });
    expect(write.data?.updateProcessInstance).toMatchObject({ __typename: 'NotFoundError', vendorStatus: 404 });
  });

  it("answers a 500 with BackendError keeping the vendor's message and code", async () => {
    stack.csa.injectFault({ status: 500, headers: { 'content-type': 'application/xml' }, body: xmlError('InternalError', 'OO flow engine unreachable') });
    expect((await stack.gql(SetInstanceStateDocument, { input: { backend: 'csa', instanceId: ID, status: 'x' } })).data?.setInstanceState).toEqual({
      __typename: 'BackendError', errorBackend: 'csa', vendorStatus: 500, vendorCode: 'InternalError', message: 'OO flow engine unreachable',
    });
  });

  it('answers an unreadable 500 with BackendError keeping the status', async () => {
    stack.csa.injectFault({ status: 500, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>HTTP Status 500</h1>' });
    expect((await stack.gql(SetInstanceStateDocument, { input: { backend: 'csa', instanceId: ID, status: 'x' } })).data?.setInstanceState).toEqual({
      __typename: 'BackendError', errorBackend: 'csa', vendorStatus: 500, vendorCode: null, message: 'CSA answered with status 500 and no readable error',
    });
  });

  it('answers a 200 whose body is not a ProcessInstance with BackendError saying the change may have been applied', async () => {
    stack.csa.injectFault({ status: 200, headers: { 'content-type': 'application/xml' }, body: '<html/>' });
    const answer = (await stack.gql(SetInstanceStateDocument, { input: { backend: 'csa', instanceId: ID, status: 'x' } })).data?.setInstanceState;
    expect(answer).toMatchObject({ __typename: 'BackendError', vendorStatus: 200 });
    expect((answer as { message: string }).message).toMatch(/may have been applied/);
  });

  it('answers a 409 that is not about state with VendorRejectedError', async () => {
    stack.csa.injectFault({ status: 409, headers: { 'content-type': 'application/xml' }, body: xmlError('Duplicate', 'duplicate object') });
    expect((await stack.gql(SetInstanceStateDocument, { input: { backend: 'csa', instanceId: ID, status: 'x' } })).data?.setInstanceState)
      .toMatchObject({ __typename: 'VendorRejectedError', vendorStatus: 409, vendorCode: 'Duplicate', message: 'duplicate object' });
  });

  it('answers a backend that does not answer in time with a retryable BackendUnavailableError (a merge is safe to repeat)', async () => {
    stack.csa.injectFault({ delayMs: 2000 }, 3); // the read before the write, tried three times; the write is never sent
    expect((await complete('csa-slow')).data?.setInstanceState).toMatchObject({ __typename: 'BackendUnavailableError', retryable: true });
  });

  it('never shows the transport password or its Basic token', async () => {
    const token = Buffer.from(`${CSA_TRANSPORT.username}:${CSA_TRANSPORT.password}`).toString('base64');
    const answers = [await complete('csa-wrong-password'), await complete('csa-nobody'), await complete('csa-consumer')];
    const seen = JSON.stringify(answers) + stack.logged.join('\n');
    for (const secret of [CSA_TRANSPORT.password, token, 'not-it']) expect(seen).not.toContain(secret);
  });
});
