import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startK2Emulator } from '../../src/k2/k2-emulator.js';
import {
  DOC_UPDATE_PROCESS_INSTANCE_EXAMPLE,
  PROCESS_NS,
  UPDATE_PROCESS_INSTANCE_PATH as PATH,
  USERS,
  WORKLIST_NS,
  XSI_XSD,
  emptyAnswer,
  get,
  post,
  summary,
  updateInstanceXml,
  xmlFailure,
} from './k2-test-kit.js';

const emulator = useEmulator(() => startK2Emulator({ users: USERS }));

function instance8() {
  const i = emulator.state.instances.get(8);
  if (!i) throw new Error('seed instance 8 is missing');
  return i;
}

function snapshot8() {
  const i = instance8();
  return { ...i, dataFields: Object.fromEntries(i.dataFields), xmlFields: Object.fromEntries(i.xmlFields) };
}

describe('UpdateProcessInstance', () => {
  it("applies the document's own example request to instance 8", async () => {
    const i = instance8();
    i.folio = 'before';
    i.priority = 5;
    i.expectedDuration = 1;
    i.dataFields.set('MyProcessDataField', 'old');
    i.xmlFields.set('MyProcessXMLField', '<Old/>');

    const answer = await post(emulator, PATH, DOC_UPDATE_PROCESS_INSTANCE_EXAMPLE);

    expect(summary(answer)).toEqual(emptyAnswer(200));
    expect(answer.headers['content-length']).toEqual('0');
    expect(snapshot8()).toEqual({
      id: 8,
      name: 'Order Process',
      fullName: 'K2 Examples\\Order Process',
      folder: 'K2 Examples',
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
    });
  });

  it('answers the DataFieldCollection of every data field when piDataField=true', async () => {
    const answer = await post(emulator, `${PATH}?piDataField=true`, updateInstanceXml('ID="8"', '<p:DataField Name="Notes">rush</p:DataField>'));

    expect(summary(answer)).toEqual({
      status: 200,
      contentType: 'application/xml; charset=utf-8',
      body:
        `<DataFieldCollection xmlns="${PROCESS_NS}" ${XSI_XSD}>` +
        '<DataField Name="MyProcessDataField">Some process data value</DataField>' +
        '<DataField Name="OrderNumber">ACME-0008</DataField>' +
        '<DataField Name="Amount">1250.00</DataField>' +
        '<DataField Name="Customer">ACME Corp</DataField>' +
        '<DataField Name="Notes">rush</DataField>' +
        '</DataFieldCollection>',
    });
  });

  it('adds the XML fields, escaped, when piXmlField=true as well', async () => {
    const answer = await post(emulator, `${PATH}?piDataField=true&piXmlField=true&synchronous=true`, updateInstanceXml('ID="2"'));

    expect(summary(answer)).toEqual({
      status: 200,
      contentType: 'application/xml; charset=utf-8',
      body:
        `<DataFieldCollection xmlns="${PROCESS_NS}" ${XSI_XSD}>` +
        '<DataField Name="MyProcessDataField"></DataField>' +
        '<DataField Name="Status">New</DataField>' +
        '<XmlField Name="MyProcXmlField">&lt;XmlDocument/&gt;</XmlField>' +
        '</DataFieldCollection>',
    });
  });

  it('lists only the XML fields when only piXmlField=true', async () => {
    const answer = await post(emulator, `${PATH}?piXmlField=true`, updateInstanceXml('ID="9"'));

    expect(answer.body).toEqual(
      `<DataFieldCollection xmlns="${PROCESS_NS}" ${XSI_XSD}><XmlField Name="Approvals">&lt;Approvals/&gt;</XmlField></DataFieldCollection>`,
    );
  });

  it('leaves attributes that are not present unchanged', async () => {
    const before = snapshot8();

    await post(emulator, PATH, updateInstanceXml('ID="8"', '<p:DataField Name="Amount">99.50</p:DataField>'));

    expect(snapshot8()).toEqual({ ...before, dataFields: { ...before.dataFields, Amount: '99.50' } });
  });

  it('resolves namespaces through any prefix or a default namespace', async () => {
    const body =
      `<ProcessInstance xmlns="${WORKLIST_NS}" ID="8" Folio="default-ns">` +
      `<DataField xmlns="${PROCESS_NS}" Name="Customer">Default Ltd</DataField>` +
      `<proc:XmlField xmlns:proc="${PROCESS_NS}" Name="OrderXml">&lt;Order/&gt;</proc:XmlField>` +
      '</ProcessInstance>';

    const answer = await post(emulator, PATH, body);

    expect(answer.status).toEqual(200);
    expect([instance8().folio, instance8().dataFields.get('Customer'), instance8().xmlFields.get('OrderXml')]).toEqual([
      'default-ns',
      'Default Ltd',
      '<Order/>',
    ]);
  });

  it('accepts a ProcessInstance read back from GET as the starting point of an update', async () => {
    const read = await get(emulator, '/REST.svc/Process/Instances(8)?piDataField=true&piXmlField=true');
    const edited = read.body.replace('>ACME Corp<', '>ACME Holdings<').replace('Priority="1"', 'Priority="3"');
    const before = snapshot8();

    const answer = await post(emulator, PATH, edited);

    expect(answer.status).toEqual(200);
    expect(snapshot8()).toEqual({ ...before, priority: 3, dataFields: { ...before.dataFields, Customer: 'ACME Holdings' } });
    expect(instance8().xmlFields.get('OrderXml')).toEqual('<Order><Line sku="A-1" qty="2"/></Order>');
  });

  it('stores an escaped XmlField as the XML text it stands for', async () => {
    const xml = '&lt;Order id=&quot;7&quot;&gt;Fish &amp;amp; Chips&lt;/Order&gt;';

    await post(emulator, PATH, updateInstanceXml('ID="8"', `<p:XmlField Name="OrderXml">${xml}</p:XmlField>`));

    expect(instance8().xmlFields.get('OrderXml')).toEqual('<Order id="7">Fish &amp; Chips</Order>');
  });

  it('stores an XmlField sent in CDATA as its literal content', async () => {
    await post(emulator, PATH, updateInstanceXml('ID="8"', '<p:XmlField Name="OrderXml"><![CDATA[<Order note="a & b"/>]]></p:XmlField>'));

    expect(instance8().xmlFields.get('OrderXml')).toEqual('<Order note="a & b"/>');
  });

  it('ignores unknown elements and attributes', async () => {
    const body = updateInstanceXml(
      'ID="8" Status="Completed" Colour="blue" Folio="known"',
      `<w:Unknown>x</w:Unknown><p:Description>ignored</p:Description><other:DataField xmlns:other="urn:other" Name="Nope">n</other:DataField>`,
    );

    const answer = await post(emulator, PATH, body);

    expect(answer.status).toEqual(200);
    expect([instance8().status, instance8().folio]).toEqual(['Active', 'known']);
  });

  it('refuses a root element outside the worklist namespace with 400 InvalidRequest', async () => {
    const body = `<w:ProcessInstance xmlns:w="${PROCESS_NS}" ID="8"/>`;

    expect(summary(await post(emulator, PATH, body))).toEqual(
      xmlFailure(400, 'InvalidRequest', `the root element must be ProcessInstance in ${WORKLIST_NS}`),
    );
  });

  it('refuses an undeclared prefix with 400 InvalidRequest', async () => {
    const body = '<w:ProcessInstance ID="8"/>';

    expect(summary(await post(emulator, PATH, body))).toEqual(
      xmlFailure(400, 'InvalidRequest', 'the request is not well-formed XML: namespace prefix w is not declared'),
    );
  });

  it('refuses a request without an ID with 400 InvalidRequest', async () => {
    expect(summary(await post(emulator, PATH, updateInstanceXml('Folio="x"')))).toEqual(
      xmlFailure(400, 'InvalidRequest', 'ProcessInstance/@ID is required'),
    );
  });

  it('refuses a non-integer ID with 400 InvalidRequest', async () => {
    expect(summary(await post(emulator, PATH, updateInstanceXml('ID="8a"')))).toEqual(
      xmlFailure(400, 'InvalidRequest', '@ID must be an integer, got "8a"'),
    );
  });

  it('refuses a non-integer Priority and changes nothing', async () => {
    const before = snapshot8();

    const answer = await post(emulator, PATH, updateInstanceXml('ID="8" Folio="changed" Priority="high"'));

    expect(summary(answer)).toEqual(xmlFailure(400, 'InvalidRequest', '@Priority must be an integer, got "high"'));
    expect(snapshot8()).toEqual(before);
  });

  it('refuses a non-integer ExpectedDuration with 400 InvalidRequest', async () => {
    expect(summary(await post(emulator, PATH, updateInstanceXml('ID="8" ExpectedDuration="1.5"')))).toEqual(
      xmlFailure(400, 'InvalidRequest', '@ExpectedDuration must be an integer, got "1.5"'),
    );
  });

  it('answers 404 ProcessInstanceNotFound for an unknown instance', async () => {
    expect(summary(await post(emulator, PATH, updateInstanceXml('ID="404"')))).toEqual(
      xmlFailure(404, 'ProcessInstanceNotFound', 'process instance 404 was not found'),
    );
  });

  it('refuses an unknown data field with 400 DataFieldNotFound and applies nothing else', async () => {
    const before = snapshot8();
    const body = updateInstanceXml(
      'ID="8" Folio="changed"',
      '<p:DataField Name="Amount">1</p:DataField><p:DataField Name="Colour">red</p:DataField>',
    );

    const answer = await post(emulator, PATH, body);

    expect(summary(answer)).toEqual(xmlFailure(400, 'DataFieldNotFound', 'process instance 8 has no field "Colour"'));
    expect(snapshot8()).toEqual(before);
  });

  it('refuses an unknown XML field with 400 DataFieldNotFound', async () => {
    const body = updateInstanceXml('ID="8"', '<p:XmlField Name="Amount">&lt;a/&gt;</p:XmlField>');

    expect(summary(await post(emulator, PATH, body))).toEqual(
      xmlFailure(400, 'DataFieldNotFound', 'process instance 8 has no field "Amount"'),
    );
  });

  it('refuses malformed XML with 400 InvalidRequest', async () => {
    const answer = await post(emulator, PATH, updateInstanceXml('ID="8"', '<p:DataField Name="Notes">open'));

    expect([answer.status, answer.body.startsWith(`<Failure xmlns="${WORKLIST_NS}"><Code>InvalidRequest</Code>`)]).toEqual([400, true]);
  });

  it('refuses a JSON body with 400 InvalidRequest', async () => {
    const answer = await post(emulator, PATH, '{"ID":8}', { contentType: 'application/json' });

    expect(summary(answer)).toEqual(xmlFailure(400, 'InvalidRequest', 'Content-Type must be application/xml'));
  });

  it('accepts text/xml with a charset parameter', async () => {
    const answer = await post(emulator, PATH, updateInstanceXml('ID="8" Folio="text-xml"'), { contentType: 'text/xml; charset=utf-8' });

    expect([answer.status, instance8().folio]).toEqual([200, 'text-xml']);
  });

  it('refuses a query option that is not true or false with 400 InvalidRequest', async () => {
    expect(summary(await post(emulator, `${PATH}?piDataField=yes`, updateInstanceXml('ID="8"')))).toEqual(
      xmlFailure(400, 'InvalidRequest', 'query option piDataField must be true or false, got "yes"'),
    );
  });
});
