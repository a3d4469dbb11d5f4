import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startIbmBpmEmulator } from '../../src/ibm-bpm/ibm-bpm-emulator.js';
import {
  ADMIN,
  APPROVAL,
  BILLING,
  ERRORS,
  PIID,
  allVariablesPath,
  jsonSummary,
  put,
  putVariables,
  snapshot,
  wrappedError,
} from './ibm-bpm-test-kit.js';

const emulator = useEmulator(() => startIbmBpmEmulator({ users: [ADMIN] }));

const ACTIVE = PIID.Active;
const BILLING_CONTEXT = { [BILLING.flowObjectId]: { processId: BILLING.processId, variables: ['paid'] } };

describe('executionState', () => {
  it.each([['New'], ['Completed'], ['Terminated']] as const)('refuses to update a %s instance with 409 CWTBG0014E, changing nothing', async (state) => {
    const piid = PIID[state];
    const before = snapshot(emulator, piid);
    const name = Object.keys(before.variables)[0] ?? '';

    const answer = await putVariables(emulator, piid, { variables: { [name]: 'changed' } });

    expect([jsonSummary(answer), snapshot(emulator, piid), emulator.state.updates]).toEqual([
      wrappedError(ERRORS.wrongState(state, piid)),
      before,
      [],
    ]);
  });

  it('reports the state before checking the variables against the instance', async () => {
    const answer = await putVariables(emulator, PIID.Completed, { variables: { nobodyDeclaresThis: 1 } });

    expect(jsonSummary(answer)).toEqual(wrappedError(ERRORS.wrongState('Completed', PIID.Completed)));
  });
});

describe('instance id and serverId', () => {
  it('refuses an instance id that is not a number with 400 CWTBG0553E', async () => {
    const answer = await put(emulator, allVariablesPath('asd'), '{"variables":{}}');

    expect(jsonSummary(answer)).toEqual(wrappedError(ERRORS.notANumber('asd')));
  });

  it('refuses an unknown instance with 404 CWTBG0059E', async () => {
    const answer = await put(emulator, allVariablesPath('123456'), '{"variables":{}}');

    expect(jsonSummary(answer)).toEqual(wrappedError(ERRORS.notFound('123456')));
  });

  it('refuses an empty serverId with 400 CWTBG0012E (Guess), changing nothing', async () => {
    const before = snapshot(emulator, ACTIVE);

    const answer = await put(emulator, allVariablesPath(ACTIVE, '?serverId='), '{"variables":{"approved":true}}');

    expect([jsonSummary(answer), snapshot(emulator, ACTIVE)]).toEqual([wrappedError(ERRORS.invalidParameter('serverId')), before]);
  });

  it('checks the instance before the body', async () => {
    const answer = await put(emulator, allVariablesPath('123456'), 'not json');

    expect(answer.status).toEqual(404);
  });
});

describe('body shape (400 CWTBG0010E, Guess)', () => {
  it.each([
    ['not JSON', '{"variables":', 'the body is not well-formed JSON'],
    ['an empty body', '', 'the body is not well-formed JSON'],
    ['a JSON array', '[]', 'the body must be a JSON object'],
    ['JSON null', 'null', 'the body must be a JSON object'],
    ['a JSON string', '"variables"', 'the body must be a JSON object'],
    ['no variables member', '{"contexts":{}}', "the member 'variables' is required"],
    ['variables: null', '{"variables":null}', "'variables' must be a JSON object"],
    ['variables as an array', '{"variables":[1]}', "'variables' must be a JSON object"],
    ['an unknown top-level member', '{"variables":{},"context":{}}', "the body has the unknown member 'context'"],
    ['contexts as an array', '{"variables":{},"contexts":[]}', "'contexts' must be a JSON object keyed by flowObjectId"],
    ['a context that is not an object', '{"variables":{},"contexts":{"bpdid:x":"25.x"}}', "contexts['bpdid:x'] must be a JSON object with 'processId' and 'variables'"],
    ['a context without processId', '{"variables":{},"contexts":{"bpdid:x":{"variables":[]}}}', "contexts['bpdid:x'].processId must be a string"],
    ['a numeric processId', '{"variables":{},"contexts":{"bpdid:x":{"processId":25,"variables":[]}}}', "contexts['bpdid:x'].processId must be a string"],
    ['context variables as a string', '{"variables":{},"contexts":{"bpdid:x":{"processId":"25.x","variables":"a"}}}', "contexts['bpdid:x'].variables must be an array of variable names"],
    ['a context variable name that is not a string', '{"variables":{},"contexts":{"bpdid:x":{"processId":"25.x","variables":[1]}}}', "contexts['bpdid:x'].variables must be an array of variable names"],
    ['an unknown member in a context', '{"variables":{},"contexts":{"bpdid:x":{"processId":"25.x","variables":[],"subProcessId":"25.x"}}}', "contexts['bpdid:x'] has the unknown member 'subProcessId'"],
    ['a context naming a variable absent from variables', '{"variables":{"paid":true},"contexts":{"bpdid:x":{"processId":"25.x","variables":["paid","approved"]}}}', "contexts['bpdid:x'] names the variable 'approved', which 'variables' gives no value for"],
  ])('refuses %s, changing nothing', async (_name, body, detail) => {
    const before = snapshot(emulator, ACTIVE);

    const answer = await put(emulator, allVariablesPath(ACTIVE), body);

    expect([jsonSummary(answer), snapshot(emulator, ACTIVE)]).toEqual([wrappedError(ERRORS.invalidBody(detail)), before]);
  });

  it('refuses a body that is not UTF-8', async () => {
    const answer = await put(emulator, allVariablesPath(ACTIVE), new Uint8Array([0x7b, 0xff, 0x7d]));

    expect(jsonSummary(answer)).toEqual(wrappedError(ERRORS.invalidBody('the body is not valid UTF-8')));
  });

  it('accepts a leading byte-order mark', async () => {
    const answer = await put(emulator, allVariablesPath(ACTIVE), '\uFEFF{"variables":{"approved":true}}');

    expect(answer.status).toEqual(200);
  });
});

describe('the body against the instance (400)', () => {
  it('refuses a context keyed by a flowObjectId that is no activity of the instance with CWTBG0029E, listing the activities', async () => {
    const answer = await putVariables(emulator, ACTIVE, {
      variables: { paid: true },
      contexts: { 'bpdid:nope': { processId: BILLING.processId, variables: ['paid'] } },
    });

    expect(jsonSummary(answer)).toEqual(
      wrappedError(ERRORS.unsupportedValue('contexts', 'bpdid:nope', `${APPROVAL.flowObjectId}, ${BILLING.flowObjectId}`)),
    );
  });

  it("refuses a context whose processId is not its activity's with CWTBG0029E", async () => {
    const answer = await putVariables(emulator, ACTIVE, {
      variables: { paid: true },
      contexts: { [BILLING.flowObjectId]: { processId: APPROVAL.processId, variables: ['paid'] } },
    });

    expect(jsonSummary(answer)).toEqual(
      wrappedError(ERRORS.unsupportedValue(`contexts.${BILLING.flowObjectId}.processId`, APPROVAL.processId, BILLING.processId)),
    );
  });

  it('refuses a top-level variable the process does not declare with CWTBG0543E', async () => {
    const answer = await putVariables(emulator, ACTIVE, { variables: { approved: true, discount: 5 } });

    expect(jsonSummary(answer)).toEqual(wrappedError(ERRORS.noSuchVariable('discount')));
  });

  it('refuses, at top level, a variable only a context declares', async () => {
    const answer = await putVariables(emulator, ACTIVE, { variables: { paid: true } });

    expect(jsonSummary(answer)).toEqual(wrappedError(ERRORS.noSuchVariable('paid')));
  });

  it("refuses, in a context, a variable only the top-level process declares", async () => {
    const answer = await putVariables(emulator, ACTIVE, {
      variables: { approved: true },
      contexts: { [BILLING.flowObjectId]: { processId: BILLING.processId, variables: ['approved'] } },
    });

    expect(jsonSummary(answer)).toEqual(wrappedError(ERRORS.noSuchVariable('approved')));
  });

  it('refuses a variable named __proto__ like any undeclared one', async () => {
    const answer = await put(emulator, allVariablesPath(ACTIVE), '{"variables":{"__proto__":{"polluted":true}}}');

    expect([jsonSummary(answer), ({} as Record<string, unknown>)['polluted']]).toEqual([wrappedError(ERRORS.noSuchVariable('__proto__')), undefined]);
  });

  it('changes nothing, anywhere, when one variable of many is refused', async () => {
    const before = snapshot(emulator, ACTIVE);

    const answer = await putVariables(emulator, ACTIVE, {
      variables: { customerName: 'Globex', paid: true, approvalLevel: 3, undeclared: 1 },
      contexts: { ...BILLING_CONTEXT, [APPROVAL.flowObjectId]: { processId: APPROVAL.processId, variables: ['approvalLevel'] } },
    });

    expect([answer.status, snapshot(emulator, ACTIVE), emulator.state.updates]).toEqual([400, before, []]);
  });

  it('changes nothing when the second context is refused after the first was fine', async () => {
    const before = snapshot(emulator, ACTIVE);

    const answer = await putVariables(emulator, ACTIVE, {
      variables: { paid: true, approvalLevel: 3 },
      contexts: { ...BILLING_CONTEXT, [APPROVAL.flowObjectId]: { processId: '25.wrong', variables: ['approvalLevel'] } },
    });

    expect([answer.status, snapshot(emulator, ACTIVE)]).toEqual([400, before]);
  });
});
