import type { K2Seed, K2TaskAction } from './k2-state.js';

/**
 * The demo world. Tests and docs rely on these exact values: instance 8 and task 2_24 are the
 * ones the vendor documents' own examples use, so those examples succeed as published.
 *
 * Guess: GUIDs, start dates of instances 2 and 9, and task priorities are not given anywhere;
 * instance 8's start date is the one in the documented GET response, instance 2's the one in the
 * documented TaskCollection sample for "Classic Rework".
 */
export function demoSeed(): K2Seed {
  return {
    users: [
      'K2:ACME\\alice',
      'K2:ACME\\bob',
      'K2:ACME\\carol',
      'K2:DENALLIX\\Joe',
      'K2:DENALLIX\\administrator',
    ],
    instances: [
      {
        id: 8,
        folder: 'K2 Examples',
        name: 'Order Process',
        guid: 'b8cf5da7-3e1c-4c2a-9f0e-6d2b8a41c708',
        folio: 'Order-ACME-Updated',
        priority: 1,
        expectedDuration: 60,
        status: 'Active',
        startDate: '2011-02-16T04:52:47.687Z',
        dataFields: {
          MyProcessDataField: 'Some process data value',
          OrderNumber: 'ACME-0008',
          Amount: '1250.00',
          Customer: 'ACME Corp',
          Notes: '',
        },
        xmlFields: {
          MyProcessXMLField: '<XmlDocument>Some Process XML document</XmlDocument>',
          OrderXml: '<Order><Line sku="A-1" qty="2"/></Order>',
        },
      },
      {
        id: 2,
        folder: 'K2 Examples',
        name: 'Classic Rework',
        guid: '2a4f7c19-8b3d-4e6a-a1c5-0f9e7d3b2c12',
        folio: 'Classic Rework Demo2',
        priority: 1,
        expectedDuration: 30,
        status: 'Active',
        startDate: '2011-07-07T06:09:06.063Z',
        dataFields: { MyProcessDataField: '', Status: 'New' },
        xmlFields: { MyProcXmlField: '<XmlDocument/>' },
      },
      {
        id: 9,
        folder: 'K2 Examples',
        name: 'Leave Request',
        guid: '9d1e6b3a-5c7f-4a2e-8b0d-3f6c9a1e4b79',
        folio: 'Leave-Bob-2026',
        priority: 2,
        expectedDuration: 120,
        status: 'Active',
        startDate: '2026-11-02T09:15:00Z',
        dataFields: { Employee: 'K2:ACME\\bob', Days: '3', Reason: '' },
        xmlFields: { Approvals: '<Approvals/>' },
      },
    ],
    tasks: [
      {
        serialNumber: '2_24',
        processInstanceId: 2,
        activityName: 'Rework Review',
        status: 'Available',
        allocatedUser: 'K2:DENALLIX\\administrator',
        delegatedTo: [],
        sleepUntil: null,
        priority: 1,
        actions: [batchable('Rework'), batchable('Approve')],
        completedWithAction: null,
        activityDataFields: { MyActDataField: '' },
        activityXmlFields: { MyActXmlField: '<XmlDocument/>' },
      },
      {
        serialNumber: '8_25',
        processInstanceId: 8,
        activityName: 'Manager Approval',
        status: 'Available',
        allocatedUser: 'K2:ACME\\alice',
        delegatedTo: [],
        sleepUntil: null,
        priority: 1,
        actions: [batchable('Approve'), batchable('Reject'), batchable('Rework')],
        completedWithAction: null,
        activityDataFields: { Comment: '' },
        activityXmlFields: {},
      },
      {
        serialNumber: '8_26',
        processInstanceId: 8,
        activityName: 'Finance Review',
        status: 'Available',
        allocatedUser: 'K2:ACME\\carol',
        delegatedTo: [],
        sleepUntil: null,
        priority: 1,
        actions: [notBatchable('Approve'), notBatchable('Reject')],
        completedWithAction: null,
        activityDataFields: {},
        activityXmlFields: {},
      },
      {
        serialNumber: '9_30',
        processInstanceId: 9,
        activityName: 'HR Approval',
        status: 'Available',
        allocatedUser: 'K2:ACME\\alice',
        delegatedTo: [],
        sleepUntil: null,
        priority: 1,
        actions: [batchable('Approve'), notBatchable('Decline')],
        completedWithAction: null,
        activityDataFields: { Comment: '' },
        activityXmlFields: {},
      },
      {
        serialNumber: '9_31',
        processInstanceId: 9,
        activityName: 'Payroll Check',
        status: 'Sleeping',
        allocatedUser: 'K2:ACME\\bob',
        delegatedTo: [],
        // Far ahead, so the demo task stays asleep and tests relying on it do not start failing one day.
        sleepUntil: '2099-01-15T08:00:00Z',
        priority: 1,
        actions: [batchable('Approve')],
        completedWithAction: null,
        activityDataFields: {},
        activityXmlFields: {},
      },
    ],
  };
}

function batchable(name: string): K2TaskAction {
  return { name, batchable: true };
}

function notBatchable(name: string): K2TaskAction {
  return { name, batchable: false };
}
