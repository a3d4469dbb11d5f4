import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startIbmBpmEmulator } from '../../src/ibm-bpm/ibm-bpm-emulator.js';
import { ADMIN, APPROVAL, BILLING, ERRORS, PIID, get, json, jsonSummary, wrappedError } from './ibm-bpm-test-kit.js';

const emulator = useEmulator(() => startIbmBpmEmulator({ users: [ADMIN] }));

const ACTIVE = PIID.Active;

/** The header every read carries, for the seed's Active instance. */
const HEADER = {
  creationTime: '2026-01-05T09:00:00Z',
  data: '',
  description: '',
  richDescription: '',
  executionState: 'Active',
  state: 'STATE_RUNNING',
  lastModificationTime: '2026-01-05T09:00:00Z',
  name: 'Order Handling:23972',
  piid: '23972',
  caseFolderServerName: null,
  processTemplateID: '25.7f3c9a1e-5b2d-4c8e-9a1f-3e6d2b7c4a10',
  processTemplateName: 'Order Handling',
  processAppName: 'Order Management',
  processAppAcronym: 'ORDMGT',
  processAppID: '2066.4b1f0c7e-9d2a-4e3b-8a6f-5c7d9e1b2a30',
  snapshotName: null,
  snapshotID: '2064.8e2d7a15-3c4b-4f9e-a1d6-0b9c8e7f6a52',
  branchID: '2063.1a9c4e7b-6d3f-4b2a-9e8c-7f5d3b1a0c64',
  branchName: 'Main',
  snapshotTip: true,
  startingDocumentServerName: null,
  dueDate: '2026-01-05T17:00:00Z',
  comments: [],
  documents: [],
  actionDetails: null,
  relationship: [],
  businessData: [],
  tasks: [],
};

const VARIABLES = {
  customerName: 'ACME Corp',
  orderTotal: 1250.5,
  approved: false,
  lineItems: [{ sku: 'A-1', qty: 2 }],
  shipping: { address: { city: 'Zürich', zip: '8001' }, express: true },
  notes: null,
};

const APPROVAL_NODE = {
  name: 'Approval Subprocess',
  nodeId: '2',
  flowObjectId: APPROVAL.flowObjectId,
  kind: 'subprocess',
  subProcessId: APPROVAL.processId,
};
const BILLING_NODE = {
  name: 'Billing (linked)',
  nodeId: '3',
  flowObjectId: BILLING.flowObjectId,
  kind: 'linkedProcess',
  processId: BILLING.processId,
};

function tree(children: unknown[]) {
  return { root: { name: 'Order Handling', nodeId: '1', processId: '25.7f3c9a1e-5b2d-4c8e-9a1f-3e6d2b7c4a10', children } };
}

const FULL_TREE = tree([
  { ...APPROVAL_NODE, variables: { approverComment: '', approvalLevel: 1 }, children: [] },
  { ...BILLING_NODE, variables: { invoiceNumber: 'INV-0001', paid: false }, children: [] },
]);

describe('GET /process/{instanceId}', () => {
  it('answers the whole instance, variables and execution tree by default (parts=all)', async () => {
    const answer = await get(emulator, `/process/${ACTIVE}`);

    expect(jsonSummary(answer)).toEqual({
      status: 200,
      contentType: 'application/json',
      body: { status: '200', data: { ...HEADER, executionTree: FULL_TREE, variables: VARIABLES, starterId: '2048.9' } },
    });
  });

  it('answers the same to parts=all', async () => {
    const [all, none] = [await get(emulator, `/process/${ACTIVE}?parts=all`), await get(emulator, `/process/${ACTIVE}`)];

    expect(all.body).toEqual(none.body);
  });

  it('writes the members in the order of the ibpm-js fixture, piid as a string', async () => {
    const answer = await get(emulator, `/process/${ACTIVE}`);

    expect(Object.keys((json(answer) as { data: object }).data)).toEqual([...Object.keys(HEADER), 'executionTree', 'variables', 'starterId']);
  });

  it('answers the header only to parts=header', async () => {
    const answer = await get(emulator, `/process/${ACTIVE}?parts=header`);

    expect(json(answer)).toEqual({ status: '200', data: { ...HEADER, starterId: '2048.9' } });
  });

  it('answers the header only to parts=none', async () => {
    const answer = await get(emulator, `/process/${ACTIVE}?parts=none`);

    expect(json(answer)).toEqual({ status: '200', data: { ...HEADER, starterId: '2048.9' } });
  });

  it('adds the top-level variables for parts=data', async () => {
    const answer = await get(emulator, `/process/${ACTIVE}?parts=data`);

    expect(json(answer)).toEqual({ status: '200', data: { ...HEADER, variables: VARIABLES, starterId: '2048.9' } });
  });

  it("adds the execution tree without the contexts' variables for parts=executionTree", async () => {
    const answer = await get(emulator, `/process/${ACTIVE}?parts=executionTree`);

    expect(json(answer)).toEqual({
      status: '200',
      data: { ...HEADER, executionTree: tree([{ ...APPROVAL_NODE, children: [] }, { ...BILLING_NODE, children: [] }]), starterId: '2048.9' },
    });
  });

  it('combines |-separated parts', async () => {
    const answer = await get(emulator, `/process/${ACTIVE}?parts=header|data|executionTree`);

    expect(json(answer)).toEqual({ status: '200', data: { ...HEADER, executionTree: FULL_TREE, variables: VARIABLES, starterId: '2048.9' } });
  });

  it('accepts a percent-encoded | between parts', async () => {
    const answer = await get(emulator, `/process/${ACTIVE}?parts=data%7CexecutionTree`);

    expect(Object.keys((json(answer) as { data: object }).data)).toContain('executionTree');
  });

  it('accepts the documented parts it does not model (diagram, actions, summary, relationships) and adds nothing for them', async () => {
    const answer = await get(emulator, `/process/${ACTIVE}?parts=diagram|actions|summary|relationships`);

    expect(json(answer)).toEqual({ status: '200', data: { ...HEADER, starterId: '2048.9' } });
  });

  it('refuses an unknown part with 400 CWTBG0029E listing the documented ones', async () => {
    const answer = await get(emulator, `/process/${ACTIVE}?parts=data|variables`);

    expect(jsonSummary(answer)).toEqual(
      wrappedError(ERRORS.unsupportedValue('parts', 'variables', 'header, data, diagram, executionTree, actions, summary, relationships, all, none')),
    );
  });

  it('shows an empty execution tree for an instance without subprocesses', async () => {
    const answer = await get(emulator, `/process/${PIID.Completed}?parts=executionTree`);

    expect((json(answer) as { data: { executionTree: unknown } }).data.executionTree).toEqual({
      root: { name: 'Vendor Onboarding', nodeId: '1', processId: '25.3b9e1f07-2c4a-4d6b-8e5f-71a2c9d0e3b4', children: [] },
    });
  });

  it.each([
    ['23972', 'Active', 'STATE_RUNNING'],
    ['23973', 'New', 'STATE_READY'],
    ['23974', 'Completed', 'STATE_FINISHED'],
    ['23975', 'Failed', 'STATE_FAILED'],
    ['23976', 'Suspended', 'STATE_SUSPENDED'],
    ['23977', 'Terminated', 'STATE_TERMINATED'],
  ])('reads instance %s as %s / %s', async (piid, executionState, state) => {
    const data = (json(await get(emulator, `/process/${piid}?parts=none`)) as { data: Record<string, unknown> }).data;

    expect([data['piid'], data['executionState'], data['state']]).toEqual([piid, executionState, state]);
  });

  it('refuses an id that is not a number with 400 CWTBG0553E', async () => {
    expect(jsonSummary(await get(emulator, '/process/asd'))).toEqual(wrappedError(ERRORS.notANumber('asd')));
  });

  it('refuses an unknown id with 404 CWTBG0059E', async () => {
    expect(jsonSummary(await get(emulator, '/process/123456'))).toEqual(wrappedError(ERRORS.notFound('123456')));
  });

  it('uses creationTime and lastModificationTime from the seed when given', async () => {
    const own = await startIbmBpmEmulator({
      users: [ADMIN],
      seed: {
        instances: [
          {
            piid: '7',
            name: 'P:7',
            processTemplateID: '25.p',
            processTemplateName: 'P',
            executionState: 'Active',
            state: 'STATE_RUNNING',
            variables: {},
            contexts: [],
            creationTime: '2025-03-01T10:00:00Z',
            lastModificationTime: '2025-03-02T11:30:00Z',
          },
        ],
      },
    });
    try {
      const data = (json(await get(own, '/process/7?parts=none')) as { data: Record<string, unknown> }).data;

      expect([data['creationTime'], data['lastModificationTime'], data['dueDate']]).toEqual([
        '2025-03-01T10:00:00Z',
        '2025-03-02T11:30:00Z',
        '2025-03-01T18:00:00Z',
      ]);
    } finally {
      await own.close();
    }
  });
});
