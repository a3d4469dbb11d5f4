import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpdateProcessInstanceDocument } from '../../__generated__/graphql.js';
import { K2_SERVICE, startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.k2.reset());

const HOSTILE = `Tom & Jerry <tom@acme.com> "quoted" 'single' ]]> <![CDATA[x]]> \r\n\ttabbed — Ünïcødé 日本語 😀`;
const basicAuth = `Basic ${Buffer.from(`${K2_SERVICE.username}:${K2_SERVICE.password}`).toString('base64')}`;

describe('updateProcessInstance on K2', () => {
  it('sends every field as the documented XML, with Basic auth and application/xml, and answers the data fields K2 returns', async () => {
    const answer = await stack.gql(UpdateProcessInstanceDocument, { input: {
      backend: 'k2', instanceId: '8', folio: 'Order-ACME-0008 (rush)', priority: 2, expectedDuration: 90,
      dataFields: [{ name: 'Customer', value: 'ACME GmbH' }, { name: 'Notes', value: 'call first' }],
      xmlFields: [{ name: 'OrderXml', xml: '<Order><Line sku="B-2" qty="1"/></Order>' }],
    } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.updateProcessInstance).toEqual({
      __typename: 'UpdateProcessInstanceSuccess', backend: 'k2', vendor: 'K2', instanceId: '8', confirmed: true,
      dataFields: [
        { name: 'MyProcessDataField', value: 'Some process data value' },
        { name: 'OrderNumber', value: 'ACME-0008' },
        { name: 'Amount', value: '1250.00' },
        { name: 'Customer', value: 'ACME GmbH' },
        { name: 'Notes', value: 'call first' },
      ],
      state: null, vendorState: null, returnCode: null, status: null, properties: null,
    });
    expect(stack.k2.received).toHaveLength(1);
    const [req] = stack.k2.received;
    expect(req).toMatchObject({
      method: 'POST',
      path: '/K2Services/REST.svc/Process/Instances/UpdateProcessInstance?synchronous=true&piDataField=true',
      body: '<w:ProcessInstance xmlns:w="http://schemas.k2.com/worklist/d1" xmlns:p="http://schemas.k2.com/process/d1" ID="8" Priority="2" Folio="Order-ACME-0008 (rush)" ExpectedDuration="90">' +
        '<p:DataField Name="Customer">ACME GmbH</p:DataField><p:DataField Name="Notes">call first</p:DataField>' +
        '<p:XmlField Name="OrderXml">&lt;Order&gt;&lt;Line sku="B-2" qty="1"/&gt;&lt;/Order&gt;</p:XmlField></w:ProcessInstance>',
    });
    expect(req!.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(req!.headers.authorization).toBe(basicAuth);
    const instance = stack.k2.state.instances.get(8)!;
    expect({ folio: instance.folio, priority: instance.priority, expectedDuration: instance.expectedDuration }).toEqual({ folio: 'Order-ACME-0008 (rush)', priority: 2, expectedDuration: 90 });
    expect(instance.xmlFields.get('OrderXml')).toBe('<Order><Line sku="B-2" qty="1"/></Order>');
  });

  it('round-trips XML special characters, CDATA terminators, CR/LF/TAB and non-ASCII exactly, in folio, data and XML fields', async () => {
    const xml = `<note a="&amp;&quot;">${'&lt;'}${HOSTILE.replace(/[&<>]/g, '')}</note>`;
    const answer = await stack.gql(UpdateProcessInstanceDocument, { input: {
      backend: 'k2', instanceId: '8', folio: HOSTILE,
      dataFields: [{ name: 'Notes', value: HOSTILE }], xmlFields: [{ name: 'OrderXml', xml }],
    } });
    const result = answer.data?.updateProcessInstance;
    expect(result?.__typename).toBe('UpdateProcessInstanceSuccess');
    if (result?.__typename === 'UpdateProcessInstanceSuccess') {
      expect(result.dataFields?.find((f) => f.name === 'Notes')?.value).toBe(HOSTILE);
    }
    const instance = stack.k2.state.instances.get(8)!;
    expect(instance.folio).toBe(HOSTILE);
    expect(instance.dataFields.get('Notes')).toBe(HOSTILE);
    expect(instance.xmlFields.get('OrderXml')).toBe(xml);
  });

  it('sends the value "true" as a value, not as a bare attribute name', async () => {
    const answer = await stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'k2', instanceId: '8', folio: 'true', dataFields: [{ name: 'Notes', value: 'true' }] } });
    expect(answer.data?.updateProcessInstance.__typename).toBe('UpdateProcessInstanceSuccess');
    expect(stack.k2.received[0]!.body).toContain('Folio="true"');
    expect(stack.k2.state.instances.get(8)!.folio).toBe('true');
  });

  it('carries a 300,000-character value (about 500 KB of XML) through unchanged', async () => {
    const big = 'é&<'.repeat(100_000);
    const answer = await stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'k2', instanceId: '8', dataFields: [{ name: 'Notes', value: big }] } });
    expect(answer.data?.updateProcessInstance.__typename).toBe('UpdateProcessInstanceSuccess');
    expect(stack.k2.state.instances.get(8)!.dataFields.get('Notes')).toBe(big);
  });

  it.each([
    ['a non-integer instance id', { instanceId: '8a' }, 'instanceId'],
    ['an instance id beyond Int32', { instanceId: '2147483648' }, 'instanceId'],
    ['CSA properties on a K2 backend', { properties: [{ name: 'p', values: ['v'] }] }, 'properties'],
    ['a negative priority', { priority: -1 }, 'priority'],
    ['a negative expected duration', { expectedDuration: -5 }, 'expectedDuration'],
    ['a data field without a name', { dataFields: [{ name: '', value: 'x' }] }, 'dataFields[0].name'],
    ['a data field named twice', { dataFields: [{ name: 'Notes', value: 'a' }, { name: 'Notes', value: 'b' }] }, 'dataFields[1].name'],
    ['a value XML cannot carry', { dataFields: [{ name: 'Notes', value: 'bell\u0007' }] }, 'dataFields[0].value'],
    ['a lone surrogate, which UTF-8 cannot carry', { folio: 'half \uD83D of an emoji' }, 'folio'],
    ['an XML field with two root elements', { xmlFields: [{ name: 'OrderXml', xml: '<a/><b/>' }] }, 'xmlFields[0].xml'],
    ['an XML field using an entity XML does not define', { xmlFields: [{ name: 'OrderXml', xml: '<a>&nbsp;</a>' }] }, 'xmlFields[0].xml'],
    ['an XML field with a character reference XML 1.0 forbids (&#x0;)', { xmlFields: [{ name: 'OrderXml', xml: '<Order>&#x0;</Order>' }] }, 'xmlFields[0].xml'],
    ['an XML field with a decimal reference to a control character', { xmlFields: [{ name: 'OrderXml', xml: '<Order a="&#27;"/>' }] }, 'xmlFields[0].xml'],
    ['an XML field that is not well-formed', { xmlFields: [{ name: 'OrderXml', xml: '<Order><Line></Order>' }] }, 'xmlFields[0].xml'],
    ['nothing to update', {}, null],
  ])('refuses %s with a ValidationError naming the field, and sends nothing', async (_title, extra, field) => {
    const answer = await stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'k2', instanceId: '8', ...extra } });
    expect(answer.data?.updateProcessInstance).toMatchObject({ __typename: 'ValidationError', field, errorBackend: null, vendorStatus: null });
    expect(stack.k2.received).toHaveLength(0);
  });

  it('answers an unknown instance with NotFoundError carrying the vendor status and code', async () => {
    const answer = await stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'k2', instanceId: '999', folio: 'x' } });
    expect(answer.data?.updateProcessInstance).toMatchObject({
      __typename: 'NotFoundError', errorBackend: 'k2', vendorStatus: 404, vendorCode: 'ProcessInstanceNotFound',
    });
  });

  it('answers an unknown data field with VendorRejectedError', async () => {
    const answer = await stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'k2', instanceId: '8', dataFields: [{ name: 'NoSuchField', value: 'x' }] } });
    expect(answer.data?.updateProcessInstance).toMatchObject({ __typename: 'VendorRejectedError', vendorStatus: 400, vendorCode: 'DataFieldNotFound' });
  });

  it('answers wrong credentials with AuthenticationError and a read-only account with PermissionDeniedError', async () => {
    const wrong = await stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'k2-wrong-password', instanceId: '8', folio: 'x' } });
    expect(wrong.data?.updateProcessInstance).toEqual({
      __typename: 'AuthenticationError', message: "K2 refused the gateway's credentials (401)", errorBackend: 'k2-wrong-password', vendorStatus: 401, vendorCode: null,
    });
    const viewer = await stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'k2-viewer', instanceId: '8', folio: 'x' } });
    expect(viewer.data?.updateProcessInstance).toMatchObject({ __typename: 'PermissionDeniedError', vendorStatus: 403, vendorCode: 'AccessDenied' });
    expect(stack.k2.state.instances.get(8)!.folio).toBe('Order-ACME-Updated');
  });

  it('answers an unknown backend with UnknownBackendError and no backend', async () => {
    const answer = await stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'nope', instanceId: '8', folio: 'x' } });
    expect(answer.data?.updateProcessInstance).toEqual({
      __typename: 'UnknownBackendError', errorBackend: null, vendorStatus: null, vendorCode: null,
      message: "no backend 'nope' is configured (configured: k2, k2-viewer, k2-wrong-password, k2-slow, k2-batch, k2-batch-slow, k2-down, csa, csa-consumer, csa-nobody, csa-wrong-password, csa-slow, ibm, ibm-user, ibm-wrong-password, ibm-slow, elma, elma-user, elma-bad-token, elma-slow)",
    });
  });
});

describe("K2's asynchronous 202 on UpdateProcessInstance", () => {
  it('is a success that says the update was accepted but not confirmed, and reads the instance only if asked', async () => {
    stack.k2.injectFault({ status: 202, body: '' });
    const answer = await stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'k2', instanceId: '8', folio: 'later' } });
    expect(answer.data?.updateProcessInstance).toMatchObject({ __typename: 'UpdateProcessInstanceSuccess', instanceId: '8', confirmed: false, dataFields: null });
    expect(stack.k2.received.map((r) => r.method)).toEqual(['POST']);
  });
});
