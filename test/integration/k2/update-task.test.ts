import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpdateTaskDocument, type UpdateTaskInput } from '../../__generated__/graphql.js';
import { startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.k2.reset());

const task = (serial: string) => stack.k2.state.tasks.get(serial)!;
/** The Action attribute of the one UpdateTask the emulator received, as it arrived. */
const sentAction = () => {
  expect(stack.k2.received).toHaveLength(1);
  return /Action="([^"]*)"/.exec(stack.k2.received[0]!.body)?.[1]?.replace(/&amp;/g, '&');
};
const update = (input: Omit<UpdateTaskInput, 'backend'> & { backend?: string }) =>
  stack.gql(UpdateTaskDocument, { input: { backend: 'k2', ...input } });

describe('updateTask on K2', () => {
  it('performs a batchable ACTION (a:Approve): the task completes and the emulator got exactly the documented XML', async () => {
    const answer = await update({ serialNumber: '8_25', action: { kind: 'ACTION', name: 'Approve' } });
    expect(answer.data?.updateTask).toEqual({ __typename: 'UpdateTaskSuccess', backend: 'k2', vendor: 'K2', serialNumber: '8_25', vendorAction: 'a:Approve' });
    expect(stack.k2.received).toHaveLength(1);
    expect(stack.k2.received[0]).toMatchObject({
      method: 'POST',
      path: '/K2Services/SyncREST.svc/Task/Items/UpdateTask',
      body: '<?xml version="1.0" encoding="utf-8"?><t:UpdateTask xmlns:t="http://schemas.k2.com/task/d1" ID="1" Action="a:Approve"><t:Task SerialNumber="8_25"></t:Task></t:UpdateTask>',
    });
    expect(stack.k2.received[0]!.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(task('8_25')).toMatchObject({ status: 'Completed', completedWithAction: 'Approve' });
  });

  it('redirects (r:FQN): the task is allocated to the new user', async () => {
    const answer = await update({ serialNumber: '8_25', action: { kind: 'REDIRECT', user: 'K2:ACME\\bob' } });
    expect(answer.data?.updateTask).toMatchObject({ __typename: 'UpdateTaskSuccess', vendorAction: 'r:K2:ACME\\bob' });
    expect(sentAction()).toBe('r:K2:ACME\\bob');
    expect(task('8_25')).toMatchObject({ allocatedUser: 'K2:ACME\\bob', status: 'Available' });
  });

  it('delegates (d:FQN): the user joins the delegates and the allocation stays', async () => {
    const answer = await update({ serialNumber: '8_25', action: { kind: 'DELEGATE', user: 'K2:DENALLIX\\Joe' } });
    expect(answer.data?.updateTask).toMatchObject({ __typename: 'UpdateTaskSuccess', vendorAction: 'd:K2:DENALLIX\\Joe' });
    expect(sentAction()).toBe('d:K2:DENALLIX\\Joe');
    expect(task('8_25')).toMatchObject({ allocatedUser: 'K2:ACME\\alice', delegatedTo: ['K2:DENALLIX\\Joe'] });
  });

  it('sleeps for seconds (s:3600): the task sleeps until about an hour from now', async () => {
    const before = Date.now();
    const answer = await update({ serialNumber: '8_25', action: { kind: 'SLEEP', sleepSeconds: 3600 } });
    expect(answer.data?.updateTask).toMatchObject({ __typename: 'UpdateTaskSuccess', vendorAction: 's:3600' });
    expect(sentAction()).toBe('s:3600');
    const until = Date.parse(task('8_25').sleepUntil!);
    expect(task('8_25').status).toBe('Sleeping');
    expect(until).toBeGreaterThanOrEqual(before + 3_599_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 3_601_000);
  });

  it('sleeps indefinitely (s:0)', async () => {
    const answer = await update({ serialNumber: '8_25', action: { kind: 'SLEEP', sleepSeconds: 0 } });
    expect(answer.data?.updateTask).toMatchObject({ vendorAction: 's:0' });
    expect(sentAction()).toBe('s:0');
    expect(task('8_25')).toMatchObject({ status: 'Sleeping', sleepUntil: null });
  });

  it('sleeps until a moment given with a time zone (s:<UTC dateTime>)', async () => {
    const answer = await update({ serialNumber: '8_25', action: { kind: 'SLEEP', sleepUntil: '2030-06-01T10:00:00+02:00' } });
    expect(answer.data?.updateTask).toMatchObject({ vendorAction: 's:2030-06-01T08:00:00Z' });
    expect(sentAction()).toBe('s:2030-06-01T08:00:00Z');
    expect(task('8_25')).toMatchObject({ status: 'Sleeping' });
    expect(Date.parse(task('8_25').sleepUntil!)).toBe(Date.parse('2030-06-01T08:00:00Z'));
  });

  it('wakes a sleeping task (s:-1)', async () => {
    const answer = await update({ serialNumber: '9_31', action: { kind: 'WAKE' } });
    expect(answer.data?.updateTask).toMatchObject({ __typename: 'UpdateTaskSuccess', vendorAction: 's:-1' });
    expect(sentAction()).toBe('s:-1');
    expect(task('9_31')).toMatchObject({ status: 'Available', sleepUntil: null });
  });

  it('sets priority, folio and all four field lists on the way, values round-tripping exactly', async () => {
    const hostile = `R&D <"urgent"> ]]> 'q' \r\n — Zürich ✓ 🚀`;
    const answer = await update({
      serialNumber: '2_24', action: { kind: 'ACTION', name: 'Rework' }, priority: 2, folio: hostile,
      processDataFields: [{ name: 'MyProcessDataField', value: hostile }],
      processXmlFields: [{ name: 'MyProcXmlField', xml: '<XmlDocument note="a&amp;b">è</XmlDocument>' }],
      activityDataFields: [{ name: 'MyActDataField', value: hostile }],
      activityXmlFields: [{ name: 'MyActXmlField', xml: '<XmlDocument><![CDATA[<raw>]]></XmlDocument>' }],
    });
    expect(answer.data?.updateTask).toMatchObject({ __typename: 'UpdateTaskSuccess', vendorAction: 'a:Rework' });
    const instance = stack.k2.state.instances.get(2)!;
    expect(instance.folio).toBe(hostile);
    expect(instance.dataFields.get('MyProcessDataField')).toBe(hostile);
    expect(instance.xmlFields.get('MyProcXmlField')).toBe('<XmlDocument note="a&amp;b">è</XmlDocument>');
    expect(task('2_24').priority).toBe(2);
    expect(task('2_24').activityDataFields.get('MyActDataField')).toBe(hostile);
    expect(task('2_24').activityXmlFields.get('MyActXmlField')).toBe('<XmlDocument><![CDATA[<raw>]]></XmlDocument>');
  });

  it('sends a folio of "true" as a value, not as a bare attribute name', async () => {
    const answer = await update({ serialNumber: '8_25', action: { kind: 'SLEEP', sleepSeconds: 60 }, folio: 'true' });
    expect(answer.data?.updateTask.__typename).toBe('UpdateTaskSuccess');
    expect(stack.k2.state.instances.get(8)!.folio).toBe('true');
  });

  it('answers a non-batchable action with VendorRejectedError and leaves the task as it was', async () => {
    const answer = await update({ serialNumber: '8_26', action: { kind: 'ACTION', name: 'Approve' } });
    expect(answer.data?.updateTask).toMatchObject({ __typename: 'VendorRejectedError', errorBackend: 'k2', vendorStatus: 400, vendorCode: 'ActionNotBatchable' });
    expect(task('8_26')).toMatchObject({ status: 'Available', completedWithAction: null });
  });

  it('answers an action the task does not have with VendorRejectedError', async () => {
    const answer = await update({ serialNumber: '8_25', action: { kind: 'ACTION', name: 'Escalate' } });
    expect(answer.data?.updateTask).toMatchObject({ __typename: 'VendorRejectedError', vendorCode: 'ActionNotFound' });
  });

  it('answers an unknown or already completed task with NotFoundError', async () => {
    const unknown = await update({ serialNumber: '77_1', action: { kind: 'WAKE' } });
    expect(unknown.data?.updateTask).toMatchObject({ __typename: 'NotFoundError', vendorStatus: 404, vendorCode: 'WorklistItemNotFound' });
    await update({ serialNumber: '8_25', action: { kind: 'ACTION', name: 'Approve' } });
    const again = await update({ serialNumber: '8_25', action: { kind: 'ACTION', name: 'Approve' } });
    expect(again.data?.updateTask).toMatchObject({ __typename: 'NotFoundError' });
  });

  it.each<[string, Partial<UpdateTaskInput>, string]>([
    ['a serial number that is not K2-shaped', { serialNumber: '8-25' }, 'serialNumber'],
    ['an ACTION without a name', { action: { kind: 'ACTION' } }, 'action.name'],
    ['a REDIRECT without a user', { action: { kind: 'REDIRECT' } }, 'action.user'],
    ['a DELEGATE to a name with a trailing blank', { action: { kind: 'DELEGATE', user: 'K2:ACME\\bob ' } }, 'action.user'],
    ['a SLEEP with neither seconds nor until', { action: { kind: 'SLEEP' } }, 'action.sleepSeconds'],
    ['a SLEEP with both seconds and until', { action: { kind: 'SLEEP', sleepSeconds: 5, sleepUntil: '2030-01-01T00:00:00Z' } }, 'action.sleepSeconds'],
    ['a WAKE that names a user', { action: { kind: 'WAKE', user: 'K2:ACME\\bob' } }, 'action.user'],
    ['a negative priority', { priority: -3 }, 'priority'],
    ['an activity XML field that is not XML', { activityXmlFields: [{ name: 'MyActXmlField', xml: 'not <xml' }] }, 'activityXmlFields[0].xml'],
    ['a process data field named twice', { processDataFields: [{ name: 'A', value: '1' }, { name: 'A', value: '2' }] }, 'processDataFields[1].name'],
  ])('refuses %s with a ValidationError naming the field, and sends nothing', async (_title, extra, field) => {
    const answer = await update({ serialNumber: '8_25', action: { kind: 'ACTION', name: 'Approve' }, ...extra });
    expect(answer.data?.updateTask).toMatchObject({ __typename: 'ValidationError', field });
    expect(stack.k2.received).toHaveLength(0);
  });

  it('refuses a sleepUntil that is not a date-time at the GraphQL layer, before any call', async () => {
    const answer = await update({ serialNumber: '8_25', action: { kind: 'SLEEP', sleepUntil: 'tomorrow' } });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.message).toMatch(/sleepUntil|DateTime/);
    expect(stack.k2.received).toHaveLength(0);
  });
});

describe('UpdateTask/@ID against a K2 server that enforces the document\'s text', () => {
  let strict: Stack;
  beforeAll(async () => { strict = await startStack({ k2: { requireUpdateTaskId: true } }); });
  afterAll(() => strict.close());

  it('is sent as an integer item number, the way the batch example numbers its items, and accepted', async () => {
    const answer = await strict.gql(UpdateTaskDocument, { input: { backend: 'k2', serialNumber: '8_25', action: { kind: 'ACTION', name: 'Approve' } } });
    expect(answer.data?.updateTask).toMatchObject({ __typename: 'UpdateTaskSuccess', vendorAction: 'a:Approve' });
    expect(strict.k2.received[0]!.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><t:UpdateTask xmlns:t="[^"]+" ID="1" Action="a:Approve"><t:Task SerialNumber="8_25">/);
  });
});
