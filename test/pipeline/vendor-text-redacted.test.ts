import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { UpdateTaskDocument } from '../__generated__/graphql.js';
import { K2_SERVICE, startStack, type Stack } from '../support/gateway-harness.js';

/** A vendor error that quotes credentials reaches neither the answer nor the log. */
let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.k2.reset());

it('a K2 500 quoting an Authorization header, a password pair and the configured password comes back masked', async () => {
  const basic = Buffer.from(`${K2_SERVICE.username}:${K2_SERVICE.password}`).toString('base64');
  const message = `Request failed. Authorization: Basic ${basic}; connection string password=db-s3cr3t;user=sa; the service account's password ${K2_SERVICE.password} expired`;
  stack.k2.injectFault({ status: 500, headers: { 'content-type': 'application/xml' }, body: `<Failure><Code>E1</Code><Message>${message.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</Message></Failure>` });
  const answer = await stack.gql(UpdateTaskDocument, { input: { backend: 'k2', serialNumber: '8_25', action: { kind: 'ACTION', name: 'Approve' } } });
  const text = (answer.data?.updateTask as { message: string }).message;
  expect(answer.data?.updateTask).toMatchObject({ __typename: 'BackendError', vendorStatus: 500, vendorCode: 'E1' });
  expect(text).toContain('Authorization: [redacted]');
  expect(text).toContain('password=[redacted]');
  expect(text).not.toContain(basic);
  expect(text).not.toContain('db-s3cr3t');
  expect(text).not.toContain(K2_SERVICE.password);
  // stack.close() checks every answer and log line for the configured secrets as well.
});
