import { afterAll, beforeAll, expect, it } from 'vitest';
import { UpdateProcessInstanceDocument, UpdateTaskDocument } from '../../__generated__/graphql.js';
import { K2_SERVICE, startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());

it('never shows a password or the Basic token in any answer or log line, whatever fails', async () => {
  const token = Buffer.from(`${K2_SERVICE.username}:${K2_SERVICE.password}`).toString('base64');
  const answers: unknown[] = [];
  for (const backend of ['k2', 'k2-wrong-password', 'k2-viewer', 'k2-down']) {
    answers.push(await stack.gql(UpdateTaskDocument, { input: { backend, serialNumber: '8_26', action: { kind: 'ACTION', name: 'Approve' } } }));
    answers.push(await stack.gql(UpdateProcessInstanceDocument, { input: { backend, instanceId: '404', folio: 'x' } }));
  }
  stack.k2.injectFault({ status: 500, body: `<Failure><Message>bad</Message></Failure>` });
  answers.push(await stack.gql(UpdateTaskDocument, { input: { backend: 'k2', serialNumber: '8_25', action: { kind: 'WAKE' } } }));
  const seen = JSON.stringify(answers) + stack.logged.join('\n');
  expect(answers).toHaveLength(9);
  for (const secret of [K2_SERVICE.password, 'not-it', 'viewer-s3cr3t', token]) expect(seen).not.toContain(secret);
});
