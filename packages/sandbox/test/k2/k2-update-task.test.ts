import { afterEach, describe, expect, it, vi } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startK2Emulator } from '../../src/k2/k2-emulator.js';
import {
  DOC_UPDATE_TASK_EXAMPLE,
  PROCESS_NS,
  TASK_NS,
  UPDATE_TASK_PATH as PATH,
  USERS,
  emptyAnswer,
  post,
  summary,
  updateTaskXml,
  xmlFailure,
} from './k2-test-kit.js';

const emulator = useEmulator(() => startK2Emulator({ users: USERS }));
afterEach(() => {
  vi.useRealTimers();
});

function task(serial: string) {
  const t = emulator.state.tasks.get(serial);
  if (!t) throw new Error(`seed task ${serial} is missing`);
  return t;
}

/** A task as plain data, for whole-value comparisons. */
function snapshot(serial: string) {
  const t = task(serial);
  return {
    ...t,
    delegatedTo: [...t.delegatedTo],
    actions: t.actions.map((a) => ({ ...a })),
    activityDataFields: Object.fromEntries(t.activityDataFields),
    activityXmlFields: Object.fromEntries(t.activityXmlFields),
  };
}

function instanceFields(id: number) {
  const i = emulator.state.instances.get(id);
  if (!i) throw new Error(`seed instance ${id} is missing`);
  return { folio: i.folio, dataFields: Object.fromEntries(i.dataFields), xmlFields: Object.fromEntries(i.xmlFields) };
}

/** Fakes only Date, so the in-process server's clock moves but sockets and timers stay real. */
function freezeClock(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

describe('UpdateTask', () => {
  it("applies the document's own example request to task 2_24", async () => {
    const answer = await post(emulator, PATH, DOC_UPDATE_TASK_EXAMPLE);

    expect(summary(answer)).toEqual(emptyAnswer(200));
    expect([answer.headers['content-length'], answer.headers['cache-control']]).toEqual(['0', 'private']);
    expect(snapshot('2_24')).toEqual({
      serialNumber: '2_24',
      processInstanceId: 2,
      activityName: 'Rework Review',
      status: 'Completed',
      allocatedUser: 'K2:DENALLIX\\administrator',
      delegatedTo: [],
      sleepUntil: null,
      priority: 1,
      actions: [
        { name: 'Rework', batchable: true },
        { name: 'Approve', batchable: true },
      ],
      completedWithAction: 'Rework',
      activityDataFields: { MyActDataField: 'Some activity data value' },
      activityXmlFields: { MyActXmlField: '<XmlDocument>Some Activity XML document</XmlDocument>' },
    });
    expect(instanceFields(2)).toEqual({
      folio: 'Classic Rework Demo2',
      dataFields: { MyProcessDataField: 'Some process data value', Status: 'New' },
      xmlFields: { MyProcXmlField: '<XmlDocument>Some Process XML document</XmlDocument>' },
    });
  });

  it('completes a task with a batchable action (a:)', async () => {
    const before = snapshot('8_25');

    const answer = await post(emulator, PATH, updateTaskXml('8_25', 'a:Approve'));

    expect(summary(answer)).toEqual(emptyAnswer(200));
    expect(snapshot('8_25')).toEqual({ ...before, status: 'Completed', completedWithAction: 'Approve' });
  });

  it('refuses an action that is not batchable with 400 ActionNotBatchable', async () => {
    const before = snapshot('8_26');

    const answer = await post(emulator, PATH, updateTaskXml('8_26', 'a:Approve'));

    expect(summary(answer)).toEqual(
      xmlFailure(400, 'ActionNotBatchable', 'action "Approve" is not configured for batch processing; use the Worklist service'),
    );
    expect(snapshot('8_26')).toEqual(before);
  });

  it('refuses an action the task does not have with 400 ActionNotFound', async () => {
    expect(summary(await post(emulator, PATH, updateTaskXml('9_30', 'a:Escalate')))).toEqual(
      xmlFailure(400, 'ActionNotFound', 'task 9_30 has no action "Escalate"'),
    );
  });

  it('refuses to action a sleeping task with 400 InvalidWorklistItemState', async () => {
    freezeClock('2026-11-24T12:00:00Z');

    expect(summary(await post(emulator, PATH, updateTaskXml('9_31', 'a:Approve')))).toEqual(
      xmlFailure(400, 'InvalidWorklistItemState', 'task 9_31 is Sleeping: it is sleeping'),
    );
  });

  it('actions a task whose sleep has run out', async () => {
    freezeClock('2099-01-15T08:00:01Z');

    const answer = await post(emulator, PATH, updateTaskXml('9_31', 'a:Approve'));

    expect([answer.status, task('9_31').status, task('9_31').sleepUntil]).toEqual([200, 'Completed', null]);
  });

  it('redirects a task (r:), clearing its delegations and making it available', async () => {
    task('8_25').delegatedTo.push('K2:ACME\\carol');
    const before = snapshot('8_25');

    const answer = await post(emulator, PATH, updateTaskXml('8_25', 'r:K2:ACME\\bob'));

    expect(answer.status).toEqual(200);
    expect(snapshot('8_25')).toEqual({ ...before, allocatedUser: 'K2:ACME\\bob', delegatedTo: [], status: 'Available' });
  });

  it('redirects a sleeping task, waking it', async () => {
    const answer = await post(emulator, PATH, updateTaskXml('9_31', 'r:K2:ACME\\alice'));

    expect([answer.status, task('9_31').allocatedUser, task('9_31').status, task('9_31').sleepUntil]).toEqual([
      200,
      'K2:ACME\\alice',
      'Available',
      null,
    ]);
  });

  it('reads a user without a security label as a K2 user, as in the UpdateTasks example', async () => {
    await post(emulator, PATH, updateTaskXml('8_25', 'r:DENALLIX\\Joe'));

    expect(task('8_25').allocatedUser).toEqual('K2:DENALLIX\\Joe');
  });

  it('refuses to redirect to an unknown user with 400 UserNotFound', async () => {
    const before = snapshot('8_25');

    const answer = await post(emulator, PATH, updateTaskXml('8_25', 'r:K2:ACME\\mallory'));

    expect(summary(answer)).toEqual(xmlFailure(400, 'UserNotFound', 'user "K2:ACME\\mallory" was not found'));
    expect(snapshot('8_25')).toEqual(before);
  });

  it('delegates a task (d:) once, however often it is asked', async () => {
    const before = snapshot('8_25');

    await post(emulator, PATH, updateTaskXml('8_25', 'd:K2:ACME\\bob'));
    await post(emulator, PATH, updateTaskXml('8_25', 'd:K2:ACME\\bob'));
    await post(emulator, PATH, updateTaskXml('8_25', 'd:K2:ACME\\carol'));

    expect(snapshot('8_25')).toEqual({ ...before, delegatedTo: ['K2:ACME\\bob', 'K2:ACME\\carol'] });
  });

  it('refuses to delegate to an unknown user with 400 UserNotFound', async () => {
    expect(summary(await post(emulator, PATH, updateTaskXml('8_25', 'd:K2:NOWHERE\\ghost')))).toEqual(
      xmlFailure(400, 'UserNotFound', 'user "K2:NOWHERE\\ghost" was not found'),
    );
  });

  it('sleeps a task for N seconds (s:N)', async () => {
    freezeClock('2026-11-24T12:00:00.250Z');

    await post(emulator, PATH, updateTaskXml('8_25', 's:3600'));

    expect([task('8_25').status, task('8_25').sleepUntil]).toEqual(['Sleeping', '2026-11-24T13:00:00.250Z']);
  });

  it('sleeps a task indefinitely (s:0)', async () => {
    await post(emulator, PATH, updateTaskXml('8_25', 's:0'));

    expect([task('8_25').status, task('8_25').sleepUntil]).toEqual(['Sleeping', null]);
  });

  it('sleeps a task until a date-time with a time zone', async () => {
    freezeClock('2026-11-24T12:00:00Z');

    await post(emulator, PATH, updateTaskXml('8_25', 's:2026-12-01T09:00:00+01:00'));

    expect([task('8_25').status, task('8_25').sleepUntil]).toEqual(['Sleeping', '2026-12-01T08:00:00Z']);
  });

  it('refuses a sleep date-time without a time zone with 400 InvalidRequest', async () => {
    expect(summary(await post(emulator, PATH, updateTaskXml('8_25', 's:2026-12-01T09:00:00')))).toEqual(
      xmlFailure(
        400,
        'InvalidRequest',
        'sleep value "2026-12-01T09:00:00" is neither whole seconds nor an xsd:dateTime with a time zone',
      ),
    );
  });

  it('refuses a sleep date-time in the past with 400 InvalidRequest', async () => {
    freezeClock('2026-11-24T12:00:00Z');

    expect(summary(await post(emulator, PATH, updateTaskXml('8_25', 's:2026-11-24T11:59:59Z')))).toEqual(
      xmlFailure(400, 'InvalidRequest', 'sleep until 2026-11-24T11:59:59Z is not in the future'),
    );
  });

  it('wakes a sleeping task (s:-1)', async () => {
    freezeClock('2026-11-24T12:00:00Z');
    const before = snapshot('9_31');

    const answer = await post(emulator, PATH, updateTaskXml('9_31', 's:-1'));

    expect(answer.status).toEqual(200);
    expect(snapshot('9_31')).toEqual({ ...before, status: 'Available', sleepUntil: null });
  });

  it('refuses to wake a task that is not sleeping with 400 InvalidWorklistItemState', async () => {
    expect(summary(await post(emulator, PATH, updateTaskXml('8_25', 's:-1')))).toEqual(
      xmlFailure(400, 'InvalidWorklistItemState', 'task 8_25 is Available: it is not sleeping'),
    );
  });

  it('answers a JSON request with 202 and an empty body, leaving the task as it was', async () => {
    const before = snapshot('8_25');
    const json = JSON.stringify({ SerialNumber: '8_25', Action: 'a:Approve' });

    const answer = await post(emulator, PATH, json, { contentType: 'application/json' });

    expect(summary(answer)).toEqual(emptyAnswer(202));
    expect(snapshot('8_25')).toEqual(before);
  });

  it('answers 404 WorklistItemNotFound for an unknown serial number', async () => {
    expect(summary(await post(emulator, PATH, updateTaskXml('99_1', 'a:Approve')))).toEqual(
      xmlFailure(404, 'WorklistItemNotFound', 'worklist item 99_1 was not found'),
    );
  });

  it('answers 404 WorklistItemNotFound for a task that is already completed', async () => {
    await post(emulator, PATH, updateTaskXml('8_25', 'a:Approve'));

    expect(summary(await post(emulator, PATH, updateTaskXml('8_25', 'a:Reject')))).toEqual(
      xmlFailure(404, 'WorklistItemNotFound', 'worklist item 8_25 was not found'),
    );
  });

  it('refuses an unknown action prefix with 400 InvalidRequest', async () => {
    expect(summary(await post(emulator, PATH, updateTaskXml('8_25', 'x:Approve')))).toEqual(
      xmlFailure(400, 'InvalidRequest', 'Action prefix "x:" is not one of a:, r:, d:, s:'),
    );
  });

  it('refuses an action without a prefix with 400 InvalidRequest', async () => {
    expect(summary(await post(emulator, PATH, updateTaskXml('8_25', 'Approve')))).toEqual(
      xmlFailure(400, 'InvalidRequest', 'Action "Approve" is not of the form a:|r:|d:|s:&lt;value&gt;'),
    );
  });

  it('refuses a request without an Action with 400 InvalidRequest', async () => {
    const body = `<t:UpdateTask xmlns:t="${TASK_NS}"><t:Task SerialNumber="8_25"/></t:UpdateTask>`;

    expect(summary(await post(emulator, PATH, body))).toEqual(xmlFailure(400, 'InvalidRequest', 'UpdateTask/@Action is required'));
  });

  it('refuses a root element outside the task namespace with 400 InvalidRequest', async () => {
    const body = `<UpdateTask Action="a:Approve"><Task SerialNumber="8_25"/></UpdateTask>`;

    expect(summary(await post(emulator, PATH, body))).toEqual(
      xmlFailure(400, 'InvalidRequest', `the root element must be UpdateTask in ${TASK_NS}`),
    );
  });

  it('takes the serial number from UpdateTask/@ID when the Task carries none', async () => {
    const body = `<UpdateTask xmlns="${TASK_NS}" ID="8_25" Action="a:Reject"/>`;

    await post(emulator, PATH, body);

    expect([task('8_25').status, task('8_25').completedWithAction]).toEqual(['Completed', 'Reject']);
  });

  it('prefers Task/@SerialNumber over UpdateTask/@ID', async () => {
    const body = `<t:UpdateTask xmlns:t="${TASK_NS}" ID="8_25" Action="a:Approve"><t:Task SerialNumber="9_30"/></t:UpdateTask>`;

    await post(emulator, PATH, body);

    expect([task('9_30').status, task('8_25').status]).toEqual(['Completed', 'Available']);
  });

  it('updates the task priority and the process folio from the Task attributes', async () => {
    await post(emulator, PATH, updateTaskXml('8_25', 'd:K2:ACME\\bob', '', ' Priority="3" ProcessFolio="Order-ACME-Rushed"'));

    expect([task('8_25').priority, instanceFields(8).folio]).toEqual([3, 'Order-ACME-Rushed']);
  });

  it('refuses a non-integer Priority with 400 InvalidRequest', async () => {
    expect(summary(await post(emulator, PATH, updateTaskXml('8_25', 'a:Approve', '', ' Priority="urgent"')))).toEqual(
      xmlFailure(400, 'InvalidRequest', '@Priority must be an integer, got "urgent"'),
    );
  });

  it('updates process and activity fields under any prefix', async () => {
    const body =
      `<UpdateTask xmlns="${TASK_NS}" Action="s:0"><Task SerialNumber="9_30">` +
      `<x:ProcessDataField xmlns:x="${PROCESS_NS}" Name="Reason">Family</x:ProcessDataField>` +
      `<ProcessXmlField xmlns="${PROCESS_NS}" Name="Approvals">&lt;Approvals count="1"/&gt;</ProcessXmlField>` +
      `<y:ActivityDataField xmlns:y="${PROCESS_NS}" Name="Comment">ok</y:ActivityDataField>` +
      '</Task></UpdateTask>';

    await post(emulator, PATH, body);

    expect([instanceFields(9), task('9_30').activityDataFields.get('Comment')]).toEqual([
      {
        folio: 'Leave-Bob-2026',
        dataFields: { Employee: 'K2:ACME\\bob', Days: '3', Reason: 'Family' },
        xmlFields: { Approvals: '<Approvals count="1"/>' },
      },
      'ok',
    ]);
  });

  it('changes nothing when one field is unknown (all or nothing)', async () => {
    const before = [snapshot('9_30'), instanceFields(9)];
    const inner =
      `<p:ProcessDataField Name="Reason">Family</p:ProcessDataField>` +
      `<p:ActivityDataField Name="Mood">fine</p:ActivityDataField>`;

    const answer = await post(emulator, PATH, updateTaskXml('9_30', 'a:Approve', inner, ' Priority="9" ProcessFolio="x"'));

    expect(summary(answer)).toEqual(xmlFailure(400, 'DataFieldNotFound', 'activity HR Approval has no field "Mood"'));
    expect([snapshot('9_30'), instanceFields(9)]).toEqual(before);
  });
});
