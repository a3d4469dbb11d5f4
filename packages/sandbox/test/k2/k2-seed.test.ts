import { describe, expect, it } from 'vitest';
import { demoSeed } from '../../src/k2/k2-seed.js';
import { describeK2Seed } from '../../src/k2/k2-seed-summary.js';

describe('the demo seed', () => {
  it('describes itself in one line per instance and task for the start-up banner', () => {
    expect(describeK2Seed(demoSeed())).toEqual([
      'instance 8: K2 Examples\\Order Process, folio "Order-ACME-Updated", Active; data fields MyProcessDataField, OrderNumber, Amount, Customer, Notes; XML fields MyProcessXMLField, OrderXml',
      'instance 2: K2 Examples\\Classic Rework, folio "Classic Rework Demo2", Active; data fields MyProcessDataField, Status; XML fields MyProcXmlField',
      'instance 9: K2 Examples\\Leave Request, folio "Leave-Bob-2026", Active; data fields Employee, Days, Reason; XML fields Approvals',
      'task 2_24: instance 2, "Rework Review", K2:DENALLIX\\administrator, Available; actions Rework, Approve',
      'task 8_25: instance 8, "Manager Approval", K2:ACME\\alice, Available; actions Approve, Reject, Rework',
      'task 8_26: instance 8, "Finance Review", K2:ACME\\carol, Available; actions Approve (not batchable), Reject (not batchable)',
      'task 9_30: instance 9, "HR Approval", K2:ACME\\alice, Available; actions Approve, Decline (not batchable)',
      'task 9_31: instance 9, "Payroll Check", K2:ACME\\bob, Sleeping until 2099-01-15T08:00:00Z; actions Approve',
      'users for r:/d: K2:ACME\\alice, K2:ACME\\bob, K2:ACME\\carol, K2:DENALLIX\\Joe, K2:DENALLIX\\administrator',
    ]);
  });

  it('is fresh data on every call, so one caller cannot change another’s seed', () => {
    const first = demoSeed();
    first.instances.length = 0;

    expect(demoSeed().instances.map((i) => i.id)).toEqual([8, 2, 9]);
  });

  it('survives JSON, so it can be printed whole', () => {
    expect(JSON.parse(JSON.stringify(demoSeed()))).toEqual(demoSeed());
  });
});
