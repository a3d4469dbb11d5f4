import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  MigrateInstancesDocument, UpdateAllVariablesDocument, UpdateProcessInstanceDocument, UpdateTaskDocument,
  type UpdateAllVariablesInput,
} from '../../__generated__/graphql.js';
import { IBM_ADMIN, IBM_USER, startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.ibm.reset());

const ACTIVE = '23972';
const SUB = { activityId: 'bpdid:6a1b2c3d-sub-approval', processId: '25.0d7e5b1a-approval' };
const LINKED = { activityId: 'bpdid:9e8f7a6b-linked-billing', processId: '25.c4d3b2a1-billing' };
const update = (input: Partial<UpdateAllVariablesInput>) =>
  stack.gql(UpdateAllVariablesDocument, { input: { backend: 'ibm', instanceId: ACTIVE, variables: {}, ...input } });
const instance = (piid = ACTIVE) => stack.ibm.state.instances.get(piid)!;
const context = (activityId: string, piid = ACTIVE) => instance(piid).contexts.find((c) => c.flowObjectId === activityId)!;

/** Every JSON type, with strings that trip escaping. */
const VALUES = {
  customerName: 'ACME "Ü" \\ <&> \u2028 😀',
  orderTotal: -1234.5e-3,
  approved: true,
  notes: null,
  lineItems: [{ sku: 'B-2', qty: 0 }, { sku: 'C-3', qty: 12, tags: ['x', '', 'ż'] }],
  shipping: { address: { city: 'Köln', zip: '50667' }, express: false, windows: [[9, 12], [14, 17]] },
};

describe('updateAllVariables on IBM BPM', () => {
  it('sends the documented PUT with the variables unchanged, and answers IBM\'s message', async () => {
    const answer = await update({ variables: VALUES });
    expect(answer.data?.updateAllVariables).toEqual({
      __typename: 'UpdateAllVariablesSuccess', backend: 'ibm', vendor: 'IBM_BPM', instanceId: ACTIVE, vendorMessage: 'Successfully updated.',
    });
    expect(stack.ibm.received).toHaveLength(1);
    const [req] = stack.ibm.received;
    expect(req).toMatchObject({ method: 'PUT', path: `/rest/bpm/wle/v1/process/${ACTIVE}/allVariables` });
    expect(JSON.parse(req!.body)).toEqual({ variables: VALUES });
    expect(req!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(req!.headers.authorization).toBe(`Basic ${Buffer.from(`${IBM_ADMIN.username}:${IBM_ADMIN.password}`).toString('base64')}`);
  });

  it('round-trips every JSON type exactly into the instance', async () => {
    await update({ variables: VALUES });
    expect(instance().variables).toMatchObject(VALUES);
  });

  it('sets subprocess and linked-process variables through contexts, the rest at top level', async () => {
    const answer = await update({
      variables: { approverComment: 'OK <by> Zoë', approvalLevel: 2, invoiceNumber: 'INV-0002', paid: true, orderTotal: 99 },
      contexts: [{ ...SUB, variables: ['approverComment', 'approvalLevel'] }, { ...LINKED, variables: ['invoiceNumber', 'paid'] }],
    });
    expect(answer.data?.updateAllVariables.__typename).toBe('UpdateAllVariablesSuccess');
    expect(JSON.parse(stack.ibm.received[0]!.body)).toEqual({
      variables: { approverComment: 'OK <by> Zoë', approvalLevel: 2, invoiceNumber: 'INV-0002', paid: true, orderTotal: 99 },
      contexts: {
        [SUB.activityId]: { processId: SUB.processId, variables: ['approverComment', 'approvalLevel'] },
        [LINKED.activityId]: { processId: LINKED.processId, variables: ['invoiceNumber', 'paid'] },
      },
    });
    expect(context(SUB.activityId).variables).toEqual({ approverComment: 'OK <by> Zoë', approvalLevel: 2 });
    expect(context(LINKED.activityId).variables).toEqual({ invoiceNumber: 'INV-0002', paid: true });
    expect(instance().variables['orderTotal']).toBe(99);
  });

  it('passes serverId as the query parameter', async () => {
    await update({ variables: { approved: true }, serverId: 'ProcessServer A&B' });
    expect(stack.ibm.received[0]!.path).toBe(`/rest/bpm/wle/v1/process/${ACTIVE}/allVariables?serverId=ProcessServer+A%26B`);
  });

  it.each([
    ['Suspended', '23976'],
    ['Failed', '23975'],
  ])('updates a %s instance too', async (_state, piid) => {
    const answer = await update({ instanceId: piid, variables: { [Object.keys(instance(piid).variables)[0]!]: 'changed' } });
    expect(answer.data?.updateAllVariables.__typename).toBe('UpdateAllVariablesSuccess');
  });

  it.each([
    ['Completed', '23974'],
    ['New', '23973'],
    ['Terminated', '23977'],
  ])('refuses a %s instance with InvalidStateTransitionError carrying CWTBG0014E and the state', async (state, piid) => {
    const before = structuredClone(instance(piid).variables);
    const answer = await update({ instanceId: piid, variables: { [Object.keys(before)[0]!]: 'changed' } });
    expect(answer.data?.updateAllVariables).toMatchObject({
      __typename: 'InvalidStateTransitionError', errorBackend: 'ibm', vendorStatus: 409, vendorCode: 'CWTBG0014E', currentState: state, requestedState: null,
    });
    expect(instance(piid).variables).toEqual(before);
  });

  it.each<[string, Partial<UpdateAllVariablesInput>, string]>([
    ['a non-numeric instance id', { instanceId: 'asd', variables: { a: 1 } }, 'instanceId'],
    ['no variables', { variables: {} }, 'variables'],
    ['a context naming a variable not sent', { variables: { a: 1 }, contexts: [{ ...SUB, variables: ['b'] }] }, 'contexts[0].variables[0]'],
    ['a context without process id', { variables: { a: 1 }, contexts: [{ ...SUB, processId: '', variables: ['a'] }] }, 'contexts[0].processId'],
  ])('refuses %s with a ValidationError naming the field, and sends nothing', async (_title, input, field) => {
    expect((await update(input)).data?.updateAllVariables).toMatchObject({ __typename: 'ValidationError', field });
    expect(stack.ibm.received).toHaveLength(0);
  });
});

describe('IBM BPM errors as data', () => {
  it('answers an unknown instance with NotFoundError carrying CWTBG0059E', async () => {
    expect((await update({ instanceId: '999999', variables: { a: 1 } })).data?.updateAllVariables).toMatchObject({
      __typename: 'NotFoundError', vendorStatus: 404, vendorCode: 'CWTBG0059E', message: "CWTBG0059E: The instance with the ID '999999' could not be found.",
    });
  });

  it('answers a context the execution tree does not have with VendorRejectedError', async () => {
    const answer = await update({ variables: { approverComment: 'x' }, contexts: [{ activityId: 'bpdid:nope', processId: SUB.processId, variables: ['approverComment'] }] });
    expect(answer.data?.updateAllVariables).toMatchObject({ __typename: 'VendorRejectedError', vendorStatus: 400 });
  });

  it('answers bad credentials (an empty 401) with AuthenticationError', async () => {
    expect((await update({ backend: 'ibm-wrong-password', variables: { approved: true } })).data?.updateAllVariables).toEqual({
      __typename: 'AuthenticationError', errorBackend: 'ibm-wrong-password', vendorStatus: 401, vendorCode: null, message: "IBM BPM refused the gateway's credentials (401)",
    });
  });

  it('answers a user who is not an admin with PermissionDeniedError', async () => {
    expect((await update({ backend: 'ibm-user', variables: { approved: true } })).data?.updateAllVariables).toMatchObject({ __typename: 'PermissionDeniedError', vendorStatus: 403 });
    expect(instance().variables['approved']).toBe(false);
  });

  it('never shows a password or its Basic token, whatever fails', async () => {
    const tokenOf = (u: { username: string; password: string }) => Buffer.from(`${u.username}:${u.password}`).toString('base64');
    const answers = [
      await update({ backend: 'ibm-wrong-password', variables: { approved: true } }),
      await update({ backend: 'ibm-user', variables: { approved: true } }),
      await update({ instanceId: '23974', variables: { verified: true } }),
    ];
    const seen = JSON.stringify(answers) + stack.logged.join('\n');
    for (const secret of [IBM_ADMIN.password, IBM_USER.password, tokenOf(IBM_ADMIN), tokenOf(IBM_USER), 'not-it']) expect(seen).not.toContain(secret);
  });

  it('never shows programmersDetails, from a JSON or an XML error', async () => {
    const answer = await update({ instanceId: '23974', variables: { a: 1 } });
    expect(JSON.stringify(answer)).not.toMatch(/at com\.ibm|at java\.|programmersDetails/);
  });

  it("answers a 500 with BackendError keeping IBM's number and message", async () => {
    stack.ibm.injectFault({ status: 500, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'error', Data: { status: 'error', exceptionType: 'com.ibm.bpm.wle.api.UnexpectedFailureException', errorNumber: 'CWTBG0019E', errorMessage: "CWTBG0019E: Unexpected exception during execution. Exception information: 'DB down'.", programmersDetails: 'at com.ibm.X' } }) });
    expect((await update({ variables: { approved: true } })).data?.updateAllVariables).toEqual({
      __typename: 'BackendError', errorBackend: 'ibm', vendorStatus: 500, vendorCode: 'CWTBG0019E', message: "CWTBG0019E: Unexpected exception during execution. Exception information: 'DB down'.",
    });
  });

  it('reads the XML RestRuntimeException as well', async () => {
    stack.ibm.injectFault({ status: 406, headers: { 'content-type': 'application/xml' }, body: '<?xml version="1.0" encoding="UTF-8"?><RestRuntimeException xmlns="http://rest.bpm.ibm.com/v1/data/exception"><status>error</status><Data><status>error</status><exceptionType>x</exceptionType><errorNumber>CWTBG0002E</errorNumber><errorMessage>not acceptable</errorMessage><programmersDetails>at java.lang</programmersDetails></Data></RestRuntimeException>' });
    expect((await update({ variables: { approved: true } })).data?.updateAllVariables).toMatchObject({ __typename: 'VendorRejectedError', vendorStatus: 406, vendorCode: 'CWTBG0002E', message: 'not acceptable' });
  });

  it('answers a 200 that is not JSON with BackendError saying the change may have been applied', async () => {
    stack.ibm.injectFault({ status: 200, headers: { 'content-type': 'text/html' }, body: '<html>login</html>' });
    const answer = (await update({ variables: { approved: true } })).data?.updateAllVariables as { __typename: string; message: string };
    expect(answer.__typename).toBe('BackendError');
    expect(answer.message).toMatch(/may have been applied/);
  });

  it('answers a backend that does not answer in time with a retryable BackendUnavailableError', async () => {
    stack.ibm.injectFault({ delayMs: 2000 }, 3);
    expect((await update({ backend: 'ibm-slow', variables: { approved: true } })).data?.updateAllVariables).toMatchObject({ __typename: 'BackendUnavailableError', retryable: true });
  });

  it('answers the other mutations with UnsupportedOperationError, sending nothing', async () => {
    const answers = [
      (await stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'ibm', instanceId: ACTIVE, folio: 'x' } })).data?.updateProcessInstance,
      (await stack.gql(UpdateTaskDocument, { input: { backend: 'ibm', serialNumber: '1_1', action: { kind: 'WAKE' } } })).data?.updateTask,
      (await stack.gql(MigrateInstancesDocument, { input: { backend: 'ibm', namespace: 'n', processCode: 'p', allActive: true } })).data?.migrateInstances,
    ];
    expect(answers.map((a) => a?.__typename)).toEqual(Array(3).fill('UnsupportedOperationError'));
    expect(stack.ibm.received).toHaveLength(0);
  });
});

describe('an IBM server that sends the flat, documented error form', () => {
  let flat: Stack;
  beforeAll(async () => { flat = await startStack({ ibm: { errorEnvelope: 'flat' } }); });
  afterAll(() => flat.close());

  it('is read the same', async () => {
    const answer = await flat.gql(UpdateAllVariablesDocument, { input: { backend: 'ibm', instanceId: '999999', variables: { a: 1 } } });
    expect(answer.data?.updateAllVariables).toMatchObject({ __typename: 'NotFoundError', vendorCode: 'CWTBG0059E' });
  });
});

describe('reading the variables back from IBM', () => {
  it('finds top-level and subprocess values through GET process/{id}?parts=data|executionTree, exactly as sent', async () => {
    await update({
      variables: { ...VALUES, approverComment: 'Zoë <ok>', approvalLevel: 3 },
      contexts: [{ ...SUB, variables: ['approverComment', 'approvalLevel'] }],
    });
    const res = await fetch(`${stack.ibm.url}/process/${ACTIVE}?parts=data%7CexecutionTree`, {
      headers: { authorization: `Basic ${Buffer.from(`${IBM_ADMIN.username}:${IBM_ADMIN.password}`).toString('base64')}`, accept: 'application/json' },
    });
    const { data } = (await res.json()) as { data: { variables: Record<string, unknown>; executionTree: { root: { children: { flowObjectId?: string; variables?: unknown }[] } } } };
    expect(data.variables).toMatchObject(VALUES);
    expect(data.executionTree.root.children.find((c) => c.flowObjectId === SUB.activityId)?.variables).toEqual({ approverComment: 'Zoë <ok>', approvalLevel: 3 });
  });
});

describe("IBM's not-authorized 401", () => {
  it('answers PermissionDeniedError keeping the status and code, not AuthenticationError', async () => {
    const body = JSON.stringify({ status: 'error', Data: { status: 'error', exceptionType: 'com.lombardisoftware.core.NotAuthorizedActionException', errorNumber: 'CWTBG0549E', errorMessage: "CWTBG0549E: You are not authorized to perform the 'update' action.", errorMessageParameters: ['update'] } });
    stack.ibm.injectFault({ status: 401, headers: { 'content-type': 'application/json' }, body });
    expect((await update({ variables: { approved: true } })).data?.updateAllVariables).toMatchObject({
      __typename: 'PermissionDeniedError', vendorStatus: 401, vendorCode: 'CWTBG0549E', message: "CWTBG0549E: You are not authorized to perform the 'update' action.",
    });
  });
});
