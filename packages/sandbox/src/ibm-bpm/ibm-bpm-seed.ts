import { MATCHING_STATE, type IbmContext, type IbmExecutionState, type IbmInstance, type IbmSeed } from './ibm-bpm-state.js';

export { describeIbmSeed } from './ibm-bpm-seed-summary.js';

/**
 * The demo world: one instance per executionState, piids 23972 (the piid of the ibpm-js
 * fixture, FACTS) to 23977. Tests and docs rely on these exact values.
 * - 23972 Active: every JSON type at top level, a subprocess and a linked-process activity;
 * - 23973 New, 23974 Completed, 23977 Terminated: allVariables answers 409;
 * - 23975 Failed and 23976 Suspended: accepted, each with a subprocess activity.
 * Guess: names, ids and values are made up.
 */
export function demoIbmSeed(): IbmSeed {
  return {
    instances: [
      instance('23972', 'Active', 'Order Handling', '25.7f3c9a1e-5b2d-4c8e-9a1f-3e6d2b7c4a10', {
        variables: {
          customerName: 'ACME Corp',
          orderTotal: 1250.5,
          approved: false,
          lineItems: [{ sku: 'A-1', qty: 2 }],
          shipping: { address: { city: 'Zürich', zip: '8001' }, express: true },
          notes: null,
        },
        contexts: [
          context('subprocess', 'bpdid:6a1b2c3d-sub-approval', '25.0d7e5b1a-approval', 'Approval Subprocess', {
            approverComment: '',
            approvalLevel: 1,
          }),
          context('linkedProcess', 'bpdid:9e8f7a6b-linked-billing', '25.c4d3b2a1-billing', 'Billing (linked)', {
            invoiceNumber: 'INV-0001',
            paid: false,
          }),
        ],
      }),
      instance('23973', 'New', 'Order Handling', '25.7f3c9a1e-5b2d-4c8e-9a1f-3e6d2b7c4a10', {
        variables: { customerName: 'Globex', orderTotal: 80 },
      }),
      instance('23974', 'Completed', 'Vendor Onboarding', '25.3b9e1f07-2c4a-4d6b-8e5f-71a2c9d0e3b4', {
        variables: { vendorName: 'Initech', verified: true },
      }),
      instance('23975', 'Failed', 'Invoice Processing', '25.a61d4e2f-8b3c-4f0a-9d7e-c5b2e8f1a403', {
        variables: { invoiceId: 'INV-0417', amount: 99.99 },
        contexts: [
          context('subprocess', 'bpdid:2f4e6a8c-sub-validation', '25.5e2a7c9b-validation', 'Validation Subprocess', {
            errorCode: 'E-42',
            retries: 3,
          }),
        ],
      }),
      instance('23976', 'Suspended', 'Claims Review', '25.d82c5a1b-6e4f-4a9d-b3c7-0f1e2d3c4b5a', {
        variables: { claimNumber: 'CLM-2026-0001', priority: 'high' },
        contexts: [
          context('subprocess', 'bpdid:8c1a3e5f-sub-assessment', '25.9b4d6f8a-assessment', 'Assessment Subprocess', {
            assessor: 'jdoe',
            score: 7,
          }),
        ],
      }),
      instance('23977', 'Terminated', 'Order Handling', '25.7f3c9a1e-5b2d-4c8e-9a1f-3e6d2b7c4a10', {
        variables: { customerName: 'Umbrella', cancelReason: 'duplicate order' },
      }),
    ],
  };
}

function instance(
  piid: string,
  executionState: IbmExecutionState,
  processTemplateName: string,
  processTemplateID: string,
  parts: { variables: Record<string, unknown>; contexts?: IbmContext[] },
): IbmInstance {
  return {
    piid,
    name: `${processTemplateName}:${piid}`, // IBM's default instance name (ibpm-js: 'Processo1:42891')
    processTemplateID,
    processTemplateName,
    executionState,
    state: MATCHING_STATE[executionState],
    variables: parts.variables,
    contexts: parts.contexts ?? [],
  };
}

function context(
  kind: IbmContext['kind'],
  flowObjectId: string,
  processId: string,
  name: string,
  variables: Record<string, unknown>,
): IbmContext {
  return { flowObjectId, kind, processId, name, variables };
}
