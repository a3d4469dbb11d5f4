import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpdateProcessInstanceDocument, UpdateTaskDocument } from '../../__generated__/graphql.js';
import { startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.k2.reset());

const approve = (backend = 'k2') =>
  stack.gql(UpdateTaskDocument, { input: { backend, serialNumber: '8_25', action: { kind: 'ACTION', name: 'Approve' } } });
const setFolio = (backend = 'k2') =>
  stack.gql(UpdateProcessInstanceDocument, { input: { backend, instanceId: '8', folio: 'x' } });

describe('K2 backends that fail or lie', () => {
  it('answers a backend nobody listens on with a retryable BackendUnavailableError', async () => {
    const answer = await approve('k2-down');
    expect(answer.data?.updateTask).toEqual({
      __typename: 'BackendUnavailableError', errorBackend: 'k2-down', retryable: true, vendorStatus: null, vendorCode: null,
      message: 'cannot connect to the backend (ECONNREFUSED)',
    });
  });

  it('answers slow headers within the timeout, and a task action that may have run is not retryable', async () => {
    stack.k2.injectFault({ delayMs: 2000, status: 200 });
    const started = Date.now();
    const answer = await approve('k2-slow');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(answer.data?.updateTask).toMatchObject({ __typename: 'BackendUnavailableError', retryable: false });
    expect(stack.k2.received).toHaveLength(1); // never retried
  });

  it('answers a body that stalls by the timeout, which is the whole call: no retry once the first attempt used it up', async () => {
    stack.k2.injectFault({ status: 200, headers: { 'content-type': 'application/xml' }, body: '<DataFieldCollection/>', bodyDelayMs: 2000 }, 3);
    const started = Date.now();
    const answer = await setFolio('k2-slow');
    expect(Date.now() - started).toBeLessThan(300 + 200);
    expect(answer.data?.updateProcessInstance).toMatchObject({ __typename: 'BackendUnavailableError', retryable: true });
    expect(stack.k2.received).toHaveLength(1);
  });

  it('retries an instance update after one outage, and succeeds', async () => {
    stack.k2.injectFault({ status: 503, body: '' });
    expect((await setFolio()).data?.updateProcessInstance.__typename).toBe('UpdateProcessInstanceSuccess');
    expect(stack.k2.received).toHaveLength(2);
  });

  it('never retries a task action, even after an outage that is safe to retry', async () => {
    stack.k2.injectFault({ status: 503, body: '' });
    expect((await approve()).data?.updateTask).toMatchObject({ __typename: 'BackendUnavailableError', vendorStatus: 503 });
    expect(stack.k2.received).toHaveLength(1);
  });

  it('answers a connection reset mid-call with BackendUnavailableError', async () => {
    stack.k2.injectFault({ destroy: true });
    expect((await approve()).data?.updateTask).toMatchObject({ __typename: 'BackendUnavailableError', retryable: false });
    expect(stack.k2.received).toHaveLength(1); // a task action is never sent twice
  });

  it('answers a 500 with garbage with BackendError keeping the status, without echoing the body', async () => {
    stack.k2.injectFault({ status: 500, headers: { 'content-type': 'text/html' }, body: '<html>Runtime Error at line 42 \u0000\u0001</html>' });
    expect((await approve()).data?.updateTask).toEqual({
      __typename: 'BackendError', errorBackend: 'k2', vendorStatus: 500, vendorCode: null, message: 'K2 answered with status 500 and no readable error',
    });
  });

  it('answers a 503 with a retryable BackendUnavailableError', async () => {
    stack.k2.injectFault({ status: 503, body: '' });
    expect((await approve()).data?.updateTask).toMatchObject({ __typename: 'BackendUnavailableError', vendorStatus: 503, retryable: true });
  });

  it("answers K2's 202-not-updated with VendorRejectedError", async () => {
    stack.k2.injectFault({ status: 202, body: '' });
    expect((await approve()).data?.updateTask).toMatchObject({ __typename: 'VendorRejectedError', vendorStatus: 202 });
  });

  it('takes a 200 with an empty body as success without data fields, as the documents allow', async () => {
    stack.k2.injectFault({ status: 200, body: '' });
    expect((await setFolio()).data?.updateProcessInstance).toEqual({
      __typename: 'UpdateProcessInstanceSuccess', backend: 'k2', vendor: 'K2', instanceId: '8', confirmed: true, dataFields: null,
      state: null, vendorState: null, returnCode: null, status: null, properties: null,
    });
  });

  it('answers a 200 whose body is not K2 XML with BackendError saying the update may have been applied', async () => {
    stack.k2.injectFault({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' });
    const answer = await setFolio();
    expect(answer.data?.updateProcessInstance).toMatchObject({ __typename: 'BackendError', vendorStatus: 200 });
    expect((answer.data?.updateProcessInstance as { message: string }).message).toMatch(/may have been applied/);
  });

  it('refuses an entity bomb in a 200 answer without expanding it', async () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i === 0 ? 'a' : 'b'.repeat(i)};`.repeat(10)}">`).join('') +
      `]><DataFieldCollection><DataField Name="x">&${'b'.repeat(9)};</DataField></DataFieldCollection>`;
    stack.k2.injectFault({ status: 200, headers: { 'content-type': 'application/xml' }, body: bomb });
    const answer = await setFolio();
    expect(answer.data?.updateProcessInstance).toMatchObject({ __typename: 'BackendError', vendorStatus: 200 });
    expect((answer.data?.updateProcessInstance as { message: string }).message).toMatch(/DOCTYPE/);
  });

  it('refuses an oversized answer (over the 10 MiB default) with BackendError', async () => {
    stack.k2.injectFault({ status: 200, headers: { 'content-type': 'application/xml' }, body: Buffer.alloc(11 * 1024 * 1024, 0x61) });
    expect((await setFolio()).data?.updateProcessInstance).toMatchObject({
      __typename: 'BackendError', message: "the backend's answer is larger than the 10485760-byte limit",
    });
  });
});
