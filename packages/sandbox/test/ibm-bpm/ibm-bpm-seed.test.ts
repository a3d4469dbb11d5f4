import { describe, expect, it } from 'vitest';
import { demoIbmSeed, describeIbmSeed } from '../../src/ibm-bpm/ibm-bpm-seed.js';

describe('the demo seed', () => {
  it('describes itself in one line per instance for the start-up banner', () => {
    expect(describeIbmSeed(demoIbmSeed())).toEqual([
      'instance 23972: Order Handling:23972 (25.7f3c9a1e-5b2d-4c8e-9a1f-3e6d2b7c4a10), Active, allVariables accepted; variables customerName, orderTotal, approved, lineItems, shipping, notes; subprocess "Approval Subprocess" bpdid:6a1b2c3d-sub-approval (25.0d7e5b1a-approval): approverComment, approvalLevel; linked process "Billing (linked)" bpdid:9e8f7a6b-linked-billing (25.c4d3b2a1-billing): invoiceNumber, paid',
      'instance 23973: Order Handling:23973 (25.7f3c9a1e-5b2d-4c8e-9a1f-3e6d2b7c4a10), New, allVariables refused (409); variables customerName, orderTotal',
      'instance 23974: Vendor Onboarding:23974 (25.3b9e1f07-2c4a-4d6b-8e5f-71a2c9d0e3b4), Completed, allVariables refused (409); variables vendorName, verified',
      'instance 23975: Invoice Processing:23975 (25.a61d4e2f-8b3c-4f0a-9d7e-c5b2e8f1a403), Failed, allVariables accepted; variables invoiceId, amount; subprocess "Validation Subprocess" bpdid:2f4e6a8c-sub-validation (25.5e2a7c9b-validation): errorCode, retries',
      'instance 23976: Claims Review:23976 (25.d82c5a1b-6e4f-4a9d-b3c7-0f1e2d3c4b5a), Suspended, allVariables accepted; variables claimNumber, priority; subprocess "Assessment Subprocess" bpdid:8c1a3e5f-sub-assessment (25.9b4d6f8a-assessment): assessor, score',
      'instance 23977: Order Handling:23977 (25.7f3c9a1e-5b2d-4c8e-9a1f-3e6d2b7c4a10), Terminated, allVariables refused (409); variables customerName, cancelReason',
    ]);
  });

  it('has an instance in each executionState, with the matching state', () => {
    expect(demoIbmSeed().instances.map((i) => [i.executionState, i.state])).toEqual([
      ['Active', 'STATE_RUNNING'],
      ['New', 'STATE_READY'],
      ['Completed', 'STATE_FINISHED'],
      ['Failed', 'STATE_FAILED'],
      ['Suspended', 'STATE_SUSPENDED'],
      ['Terminated', 'STATE_TERMINATED'],
    ]);
  });

  it('gives every instance a numeric piid and a 25. process template id', () => {
    expect(demoIbmSeed().instances.every((i) => /^[0-9]+$/.test(i.piid) && i.processTemplateID.startsWith('25.'))).toEqual(true);
  });

  it('gives every context a bpdid: activity and a 25. process id', () => {
    const contexts = demoIbmSeed().instances.flatMap((i) => i.contexts);

    expect(contexts.every((c) => c.flowObjectId.startsWith('bpdid:') && c.processId.startsWith('25.'))).toEqual(true);
  });

  it('is fresh data on every call, so one caller cannot change another’s seed', () => {
    const first = demoIbmSeed();
    first.instances.length = 0;

    expect(demoIbmSeed().instances.length).toEqual(6);
  });

  it('survives JSON, so it can be printed whole', () => {
    expect(JSON.parse(JSON.stringify(demoIbmSeed()))).toEqual(demoIbmSeed());
  });
});
