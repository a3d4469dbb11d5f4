import { afterEach,  describe, expect, it, vi } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startK2Emulator } from '../../src/k2/k2-emulator.js';
import { demoSeed } from '../../src/k2/k2-seed.js';
import { AWKWARD_VALUES, asText } from '../shared/round-trip-values.js';
import {
  PROCESS_NS,
  READER,
  UPDATE_TASK_PATH,
  USERS,
  WORKLIST_NS,
  WRITER,
  XSI_XSD,
  get,
  post,
  summary,
  updateTaskXml,
  xmlFailure,
} from './k2-test-kit.js';

const emulator = useEmulator(() => startK2Emulator({ users: USERS }));
afterEach(() => {
  vi.useRealTimers();
});

const XML = 'application/xml; charset=utf-8';

/** Fakes only Date, so the in-process server's clock moves but sockets and timers stay real. */
function freezeClock(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

/** The item's path; reads say allocate=false unless a test is about allocating (the default allocates). */
function item(serial: string, query = '') {
  const q = query.includes('allocate=') ? query : query ? `${query}&allocate=false` : '?allocate=false';
  return `/REST.svc/Worklist/Items(${serial})${q}`;
}

/** Instance 8's opening tag and fixed children, exactly as the instance GET writes them. */
function instance8Open(folio = 'Order-ACME-Updated'): string {
  return (
    `<ProcessInstance ExpectedDuration="60" Folder="K2 Examples" Folio="${folio}" ` +
    'FullName="K2 Examples\\Order Process" Guid="b8cf5da7-3e1c-4c2a-9f0e-6d2b8a41c708" ID="8" Name="Order Process" ' +
    `Priority="1" StartDate="2011-02-16T04:52:47.687Z" Status="Active" xmlns="${WORKLIST_NS}" ${XSI_XSD}>` +
    `<Description xmlns="${PROCESS_NS}"/><Metadata xmlns="${PROCESS_NS}">Blank</Metadata>`
  );
}

const INSTANCE_9_OPEN =
  '<ProcessInstance ExpectedDuration="120" Folder="K2 Examples" Folio="Leave-Bob-2026" ' +
  'FullName="K2 Examples\\Leave Request" Guid="9d1e6b3a-5c7f-4a2e-8b0d-3f6c9a1e4b79" ID="9" Name="Leave Request" ' +
  `Priority="2" StartDate="2026-11-02T09:15:00Z" Status="Active" xmlns="${WORKLIST_NS}" ${XSI_XSD}>` +
  `<Description xmlns="${PROCESS_NS}"/><Metadata xmlns="${PROCESS_NS}">Blank</Metadata>`;

const INSTANCE_2_OPEN =
  '<ProcessInstance ExpectedDuration="30" Folder="K2 Examples" Folio="Classic Rework Demo2" ' +
  'FullName="K2 Examples\\Classic Rework" Guid="2a4f7c19-8b3d-4e6a-a1c5-0f9e7d3b2c12" ID="2" Name="Classic Rework" ' +
  `Priority="1" StartDate="2011-07-07T06:09:06.063Z" Status="Active" xmlns="${WORKLIST_NS}" ${XSI_XSD}>` +
  `<Description xmlns="${PROCESS_NS}"/><Metadata xmlns="${PROCESS_NS}">Blank</Metadata>`;

function dataField(name: string, wire: string): string {
  return `<DataField Name="${name}" xmlns="${PROCESS_NS}">${wire}</DataField>`;
}

function xmlField(name: string, wire: string): string {
  return `<XmlField Name="${name}" xmlns="${PROCESS_NS}">${wire}</XmlField>`;
}

function activityDataField(name: string, wire: string): string {
  return `<ActivityDataField Name="${name}" xmlns="${PROCESS_NS}">${wire}</ActivityDataField>`;
}

/** Task 8_25's opening tag, Data and actions, for the given allocated user. */
function item825Open(allocatedUser = 'K2:ACME\\alice'): string {
  return (
    `<WorklistItem AllocatedUser="${allocatedUser}" ID="25" Priority="1" SerialNumber="8_25" Status="Available" xmlns="${WORKLIST_NS}">` +
    '<Data>http://k2.denallix.com/Runtime/Form.aspx?SN=8_25</Data>' +
    '<Action Name="Approve" Batchable="true"/><Action Name="Reject" Batchable="true"/><Action Name="Rework" Batchable="true"/>'
  );
}

const ITEM_8_25 = `${item825Open()}${instance8Open()}</ProcessInstance></WorklistItem>`;

/** Task 9_31, asleep, without any detail asked for. */
function item931(status: string, sleepUntil: string | null): string {
  const sleep = sleepUntil === null ? '' : ` SleepUntil="${sleepUntil}"`;
  return (
    `<WorklistItem AllocatedUser="K2:ACME\\bob" ID="31" Priority="1" SerialNumber="9_31"${sleep} Status="${status}" xmlns="${WORKLIST_NS}">` +
    '<Data>http://k2.denallix.com/Runtime/Form.aspx?SN=9_31</Data><Action Name="Approve" Batchable="true"/>' +
    `${INSTANCE_9_OPEN}</ProcessInstance></WorklistItem>`
  );
}

describe('GET Worklist/Items({SerialNumber})', () => {
  it("returns the seed's task 8_25 as a WorklistItem with its process instance", async () => {
    expect(summary(await get(emulator, item('8_25')))).toEqual({ status: 200, contentType: XML, body: ITEM_8_25 });
  });

  it('adds process and activity data fields for piDataField=true&actDataField=true', async () => {
    const answer = await get(emulator, item('8_25', '?allocate=false&piDataField=true&actDataField=true'));

    expect(summary(answer)).toEqual({
      status: 200,
      contentType: XML,
      body:
        item825Open() +
        instance8Open() +
        dataField('MyProcessDataField', 'Some process data value') +
        dataField('OrderNumber', 'ACME-0008') +
        dataField('Amount', '1250.00') +
        dataField('Customer', 'ACME Corp') +
        dataField('Notes', '') +
        '</ProcessInstance>' +
        activityDataField('Comment', '') +
        '</WorklistItem>',
    });
  });

  it('adds XML fields for piXmlField=true and actXmlField=true, and everything with all four flags', async () => {
    const answer = await get(emulator, item('2_24', '?piDataField=true&piXmlField=true&actDataField=true&actXmlField=true'));

    expect(summary(answer)).toEqual({
      status: 200,
      contentType: XML,
      body:
        `<WorklistItem AllocatedUser="K2:DENALLIX\\administrator" ID="24" Priority="1" SerialNumber="2_24" Status="Available" xmlns="${WORKLIST_NS}">` +
        '<Data>http://k2.denallix.com/Runtime/Form.aspx?SN=2_24</Data>' +
        '<Action Name="Rework" Batchable="true"/><Action Name="Approve" Batchable="true"/>' +
        INSTANCE_2_OPEN +
        dataField('MyProcessDataField', '') +
        dataField('Status', 'New') +
        xmlField('MyProcXmlField', '&lt;XmlDocument/&gt;') +
        '</ProcessInstance>' +
        activityDataField('MyActDataField', '') +
        `<ActivityXmlField Name="MyActXmlField" xmlns="${PROCESS_NS}">&lt;XmlDocument/&gt;</ActivityXmlField>` +
        '</WorklistItem>',
    });
  });

  it('leaves every field out when the flags are false, whatever their case', async () => {
    const answer = await get(emulator, item('8_25', '?piDataField=false&piXmlField=FALSE&actDataField=False&actXmlField=false'));

    expect(summary(answer)).toEqual({ status: 200, contentType: XML, body: ITEM_8_25 });
  });

  it('writes a non-batchable action with Batchable="false"', async () => {
    const answer = await get(emulator, item('9_30'));

    expect(answer.body).toEqual(
      `<WorklistItem AllocatedUser="K2:ACME\\alice" ID="30" Priority="1" SerialNumber="9_30" Status="Available" xmlns="${WORKLIST_NS}">` +
        '<Data>http://k2.denallix.com/Runtime/Form.aspx?SN=9_30</Data>' +
        '<Action Name="Approve" Batchable="true"/><Action Name="Decline" Batchable="false"/>' +
        `${INSTANCE_9_OPEN}</ProcessInstance></WorklistItem>`,
    );
  });

  it('allocates an Available item to the reading account when allocate is true or absent', async () => {
    const answer = await get(emulator, item('8_25', '?allocate=true'));
    expect([answer.status, emulator.state.tasks.get('8_25')?.status, emulator.state.tasks.get('8_25')?.allocatedUser]).toEqual([200, 'Open', `K2:${WRITER.username}`]);
    emulator.reset();
    await get(emulator, '/REST.svc/Worklist/Items(8_25)');
    expect(emulator.state.tasks.get('8_25')?.status).toBe('Open');
  });

  it('leaves the item as it was with allocate=false', async () => {
    const answer = await get(emulator, item('8_25'));
    expect([answer.status, answer.body, emulator.state.tasks.get('8_25')?.status]).toEqual([200, ITEM_8_25, 'Available']);
  });

  it('refuses a flag that is not true or false with 400 InvalidRequest', async () => {
    expect(summary(await get(emulator, item('8_25', '?actDataField=yes')))).toEqual(
      xmlFailure(400, 'InvalidRequest', 'query option actDataField must be true or false, got "yes"'),
    );
    expect(summary(await get(emulator, item('8_25', '?allocate=1')))).toEqual(
      xmlFailure(400, 'InvalidRequest', 'query option allocate must be true or false, got "1"'),
    );
  });

  it('shows a sleeping task (9_31) as Sleeping with the time it wakes', async () => {
    freezeClock('2026-11-24T12:00:00Z');

    const answer = await get(emulator, item('9_31'));

    expect(summary(answer)).toEqual({ status: 200, contentType: XML, body: item931('Sleeping', '2099-01-15T08:00:00Z') });
  });

  it('shows a task asleep indefinitely without a wake-up time', async () => {
    await post(emulator, UPDATE_TASK_PATH, updateTaskXml('9_31', 's:0'));

    expect((await get(emulator, item('9_31'))).body).toEqual(item931('Sleeping', null));
  });

  it('wakes a task whose sleep has run out before answering', async () => {
    freezeClock('2099-01-15T08:00:00Z');

    const answer = await get(emulator, item('9_31'));

    expect(answer.body).toEqual(item931('Available', null));
    expect([emulator.state.tasks.get('9_31')?.status, emulator.state.tasks.get('9_31')?.sleepUntil]).toEqual(['Available', null]);
  });

  it('shows the new AllocatedUser after a redirect', async () => {
    await post(emulator, UPDATE_TASK_PATH, updateTaskXml('8_25', 'r:DENALLIX\\Joe'));

    const answer = await get(emulator, item('8_25'));

    expect(answer.body).toEqual(`${item825Open('K2:DENALLIX\\Joe')}${instance8Open()}</ProcessInstance></WorklistItem>`);
  });

  it('accepts percent-encoded parentheses around the serial number', async () => {
    expect([(await get(emulator, '/REST.svc/Worklist/Items%288_25%29?allocate=false')).body]).toEqual([ITEM_8_25]);
  });

  it('lets an account without write rights read', async () => {
    expect(summary(await get(emulator, item('8_25'), { user: READER }))).toEqual({ status: 200, contentType: XML, body: ITEM_8_25 });
  });

  it('answers 401 with a Basic challenge when credentials are missing or wrong', async () => {
    const missing = await get(emulator, item('8_25'), { user: null });
    const wrong = await get(emulator, item('8_25'), { user: { username: WRITER.username, password: 'guess' } });

    for (const answer of [missing, wrong]) {
      expect([answer.status, answer.headers['www-authenticate'], answer.body]).toEqual([401, 'Basic realm="K2"', '']);
    }
  });

  it('answers 404 WorklistItemNotFound for an unknown serial number', async () => {
    expect(summary(await get(emulator, item('99_1')))).toEqual(
      xmlFailure(404, 'WorklistItemNotFound', 'worklist item 99_1 was not found'),
    );
  });

  it('answers 404 WorklistItemNotFound for a completed task', async () => {
    await post(emulator, UPDATE_TASK_PATH, updateTaskXml('8_25', 'a:Approve'));

    expect(summary(await get(emulator, item('8_25', '?piDataField=true')))).toEqual(
      xmlFailure(404, 'WorklistItemNotFound', 'worklist item 8_25 was not found'),
    );
  });

  for (const serial of ['eight', '8-25', '8_', '_25', '8_25_1', '', ' 8_25']) {
    it(`answers 400 InvalidRequest for the malformed serial number "${serial}"`, async () => {
      expect(summary(await get(emulator, item(encodeURIComponent(serial))))).toEqual(
        xmlFailure(400, 'InvalidRequest', `serial number "${serial}" is not of the form {processInstanceId}_{id}`),
      );
    });
  }

  it('answers 405 MethodNotAllowed to a POST', async () => {
    const answer = await post(emulator, item('8_25'), '');

    expect([summary(answer), answer.headers['allow']]).toEqual([xmlFailure(405, 'MethodNotAllowed', 'use GET here'), 'GET']);
  });
});

describe('values written through UpdateTask read back exactly', () => {
  for (const { name, wire, value } of AWKWARD_VALUES) {
    it(`returns process and activity data fields with ${name}`, async () => {
      const inner =
        `<p:ProcessDataField Name="Notes">${wire}</p:ProcessDataField>` +
        `<p:ActivityDataField Name="Comment">${wire}</p:ActivityDataField>`;
      await post(emulator, UPDATE_TASK_PATH, updateTaskXml('8_25', 'd:K2:ACME\\bob', inner));

      const answer = await get(emulator, item('8_25', '?piDataField=true&actDataField=true'));

      expect(answer.body).toEqual(
        item825Open() +
          instance8Open() +
          dataField('MyProcessDataField', 'Some process data value') +
          dataField('OrderNumber', 'ACME-0008') +
          dataField('Amount', '1250.00') +
          dataField('Customer', 'ACME Corp') +
          dataField('Notes', asText(value)) +
          '</ProcessInstance>' +
          activityDataField('Comment', asText(value)) +
          '</WorklistItem>',
      );
    });
  }

  it('returns an XML field and a folio full of specials, each escaped once', async () => {
    const xml = `<Note by="Zoë &amp; co">1 &lt; 2 ]]&gt; 🚀\r\n'x'</Note>`;
    const inner = `<p:ProcessXmlField Name="OrderXml">${asText(xml)}</p:ProcessXmlField>`;
    const folio = `Order &quot;7&quot; &amp; &lt;co&gt;&#9;'x'&#13;&#10;]]&gt;`;
    await post(emulator, UPDATE_TASK_PATH, updateTaskXml('8_25', 'd:K2:ACME\\bob', inner, ` ProcessFolio="${folio}"`));

    const answer = await get(emulator, item('8_25', '?piXmlField=true'));

    expect(emulator.state.instances.get(8)?.folio).toEqual(`Order "7" & <co>\t'x'\r\n]]>`);
    expect(answer.body).toEqual(
      item825Open() +
        instance8Open(`Order &quot;7&quot; &amp; &lt;co&gt;&#x9;'x'&#xD;&#xA;]]&gt;`) +
        xmlField('MyProcessXMLField', '&lt;XmlDocument&gt;Some Process XML document&lt;/XmlDocument&gt;') +
        xmlField('OrderXml', asText(xml)) +
        '</ProcessInstance></WorklistItem>',
    );
  });
});

describe('attributes of the item itself', () => {
  it('escapes an allocated user and action names full of specials', async () => {
    const seed = demoSeed();
    const task = seed.tasks.find((t) => t.serialNumber === '8_25');
    if (!task) throw new Error('seed task 8_25 is missing');
    task.allocatedUser = `K2:ACME\\"Zoë" & <co>\t'x'\r\n`;
    task.actions = [{ name: 'Say "yes" & <go>]]>', batchable: true }];
    task.priority = 3;
    const custom = await startK2Emulator({ users: USERS, seed });
    try {
      const answer = await get(custom, item('8_25'));

      expect(answer.body).toEqual(
        `<WorklistItem AllocatedUser="K2:ACME\\&quot;Zoë&quot; &amp; &lt;co&gt;&#x9;'x'&#xD;&#xA;" ID="25" Priority="3" ` +
          `SerialNumber="8_25" Status="Available" xmlns="${WORKLIST_NS}">` +
          '<Data>http://k2.denallix.com/Runtime/Form.aspx?SN=8_25</Data>' +
          '<Action Name="Say &quot;yes&quot; &amp; &lt;go&gt;]]&gt;" Batchable="true"/>' +
          `${instance8Open()}</ProcessInstance></WorklistItem>`,
      );
    } finally {
      await custom.close();
    }
  });
});
