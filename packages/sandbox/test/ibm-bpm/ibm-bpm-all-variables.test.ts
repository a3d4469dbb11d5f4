import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startIbmBpmEmulator } from '../../src/ibm-bpm/ibm-bpm-emulator.js';
import {
  ADMIN,
  APPROVAL,
  BILLING,
  DOC_EXAMPLE_ADAPTED,
  PIID,
  SUCCESS,
  allVariablesPath,
  put,
  putVariables,
  readBack,
  snapshot,
  summary,
} from './ibm-bpm-test-kit.js';

const emulator = useEmulator(() => startIbmBpmEmulator({ users: [ADMIN] }));

const ACTIVE = PIID.Active;

const SEEDED_TOP = {
  customerName: 'ACME Corp',
  orderTotal: 1250.5,
  approved: false,
  lineItems: [{ sku: 'A-1', qty: 2 }],
  shipping: { address: { city: 'Zürich', zip: '8001' }, express: true },
  notes: null,
};
const SEEDED_APPROVAL = { approverComment: '', approvalLevel: 1 };
const SEEDED_BILLING = { invoiceNumber: 'INV-0001', paid: false };

describe('PUT allVariables', () => {
  it("accepts the document's example, adapted to a seeded subprocess activity, and sets the variable there", async () => {
    const answer = await put(emulator, allVariablesPath(ACTIVE), DOC_EXAMPLE_ADAPTED);

    expect([summary(answer), await readBack(emulator, ACTIVE)]).toEqual([
      SUCCESS,
      {
        variables: SEEDED_TOP,
        contexts: { [APPROVAL.flowObjectId]: { approverComment: 'variable_value', approvalLevel: 1 }, [BILLING.flowObjectId]: SEEDED_BILLING },
      },
    ]);
  });

  it('sets top-level variables on the top-level process only', async () => {
    const answer = await putVariables(emulator, ACTIVE, { variables: { customerName: 'Globex', approved: true } });

    expect([summary(answer), await readBack(emulator, ACTIVE)]).toEqual([
      SUCCESS,
      {
        variables: { ...SEEDED_TOP, customerName: 'Globex', approved: true },
        contexts: { [APPROVAL.flowObjectId]: SEEDED_APPROVAL, [BILLING.flowObjectId]: SEEDED_BILLING },
      },
    ]);
  });

  it('sets a variable named in a linked-process context in that linked process', async () => {
    const answer = await putVariables(emulator, ACTIVE, {
      variables: { paid: true, invoiceNumber: 'INV-0002' },
      contexts: { [BILLING.flowObjectId]: { processId: BILLING.processId, variables: ['paid', 'invoiceNumber'] } },
    });

    expect([summary(answer), await readBack(emulator, ACTIVE)]).toEqual([
      SUCCESS,
      {
        variables: SEEDED_TOP,
        contexts: { [APPROVAL.flowObjectId]: SEEDED_APPROVAL, [BILLING.flowObjectId]: { invoiceNumber: 'INV-0002', paid: true } },
      },
    ]);
  });

  it('sets top-level, subprocess and linked-process variables in one call, each where it belongs', async () => {
    const answer = await putVariables(emulator, ACTIVE, {
      variables: { orderTotal: 99, approvalLevel: 2, paid: true },
      contexts: {
        [APPROVAL.flowObjectId]: { processId: APPROVAL.processId, variables: ['approvalLevel'] },
        [BILLING.flowObjectId]: { processId: BILLING.processId, variables: ['paid'] },
      },
    });

    expect([summary(answer), await readBack(emulator, ACTIVE)]).toEqual([
      SUCCESS,
      {
        variables: { ...SEEDED_TOP, orderTotal: 99 },
        contexts: {
          [APPROVAL.flowObjectId]: { approverComment: '', approvalLevel: 2 },
          [BILLING.flowObjectId]: { invoiceNumber: 'INV-0001', paid: true },
        },
      },
    ]);
  });

  it('replaces a complex value entirely rather than merging it', async () => {
    await putVariables(emulator, ACTIVE, { variables: { shipping: { express: false } } });

    expect(snapshot(emulator, ACTIVE).variables['shipping']).toEqual({ express: false });
  });

  it('sets a name listed in two contexts in both (Guess)', async () => {
    const own = await startIbmBpmEmulator({
      users: [ADMIN],
      seed: {
        instances: [
          {
            ...snapshot(emulator, ACTIVE),
            contexts: [
              { flowObjectId: 'bpdid:a', kind: 'subprocess', processId: '25.a', name: 'A', variables: { shared: 0 } },
              { flowObjectId: 'bpdid:b', kind: 'linkedProcess', processId: '25.b', name: 'B', variables: { shared: 0 } },
            ],
          },
        ],
      },
    });
    try {
      const answer = await putVariables(own, ACTIVE, {
        variables: { shared: [1] },
        contexts: { 'bpdid:a': { processId: '25.a', variables: ['shared'] }, 'bpdid:b': { processId: '25.b', variables: ['shared'] } },
      });

      expect([answer.status, (await readBack(own, ACTIVE)).contexts]).toEqual([200, { 'bpdid:a': { shared: [1] }, 'bpdid:b': { shared: [1] } }]);
    } finally {
      await own.close();
    }
  });

  it('accepts an empty variables object and changes nothing', async () => {
    const before = snapshot(emulator, ACTIVE);

    const answer = await putVariables(emulator, ACTIVE, { variables: {} });

    expect([summary(answer), snapshot(emulator, ACTIVE)]).toEqual([SUCCESS, before]);
  });

  it('accepts contexts: null as no contexts (Guess)', async () => {
    const answer = await putVariables(emulator, ACTIVE, { variables: { notes: 'n' }, contexts: null });

    expect([answer.status, snapshot(emulator, ACTIVE).variables['notes']]).toEqual([200, 'n']);
  });

  it('stores a deep copy, so a later change to one context does not reach the other', async () => {
    const own = await startIbmBpmEmulator({
      users: [ADMIN],
      seed: {
        instances: [
          {
            ...snapshot(emulator, ACTIVE),
            contexts: [
              { flowObjectId: 'bpdid:a', kind: 'subprocess', processId: '25.a', name: 'A', variables: { shared: 0 } },
              { flowObjectId: 'bpdid:b', kind: 'subprocess', processId: '25.b', name: 'B', variables: { shared: 0 } },
            ],
          },
        ],
      },
    });
    try {
      await putVariables(own, ACTIVE, {
        variables: { shared: { n: 1 } },
        contexts: { 'bpdid:a': { processId: '25.a', variables: ['shared'] }, 'bpdid:b': { processId: '25.b', variables: ['shared'] } },
      });
      const [a, b] = own.state.instances.get(ACTIVE)?.contexts ?? [];

      expect(a?.variables['shared']).not.toBe(b?.variables['shared']);
    } finally {
      await own.close();
    }
  });

  it('records the serverId with the update', async () => {
    const answer = await put(emulator, allVariablesPath(ACTIVE, '?serverId=PS-Production'), '{"variables":{"approved":true}}');

    expect([answer.status, emulator.state.updates]).toEqual([200, [{ piid: ACTIVE, serverId: 'PS-Production', username: ADMIN.username }]]);
  });

  it('records a null serverId when none is given (the workflow center)', async () => {
    await putVariables(emulator, ACTIVE, { variables: { approved: true } });

    expect(emulator.state.updates).toEqual([{ piid: ACTIVE, serverId: null, username: ADMIN.username }]);
  });

  it('reads an instance id with leading zeros as the number it is (Guess)', async () => {
    const answer = await put(emulator, allVariablesPath(`0${ACTIVE}`), '{"variables":{"approved":true}}');

    expect([answer.status, snapshot(emulator, ACTIVE).variables['approved']]).toEqual([200, true]);
  });
});

describe('executionState', () => {
  it.each([['Active'], ['Suspended'], ['Failed']] as const)('accepts an update of a %s instance', async (state) => {
    const piid = PIID[state];
    const name = Object.keys(snapshot(emulator, piid).variables)[0] ?? '';

    const answer = await putVariables(emulator, piid, { variables: { [name]: 'changed' } });

    expect([summary(answer), snapshot(emulator, piid).variables[name]]).toEqual([SUCCESS, 'changed']);
  });

  it('updates the subprocess of a Suspended instance', async () => {
    const answer = await putVariables(emulator, PIID.Suspended, {
      variables: { score: 9 },
      contexts: { 'bpdid:8c1a3e5f-sub-assessment': { processId: '25.9b4d6f8a-assessment', variables: ['score'] } },
    });

    expect([answer.status, snapshot(emulator, PIID.Suspended).contexts[0]?.variables]).toEqual([200, { assessor: 'jdoe', score: 9 }]);
  });

  it('updates the subprocess of a Failed instance', async () => {
    const answer = await putVariables(emulator, PIID.Failed, {
      variables: { retries: 0 },
      contexts: { 'bpdid:2f4e6a8c-sub-validation': { processId: '25.5e2a7c9b-validation', variables: ['retries'] } },
    });

    expect([answer.status, snapshot(emulator, PIID.Failed).contexts[0]?.variables]).toEqual([200, { errorCode: 'E-42', retries: 0 }]);
  });
});
