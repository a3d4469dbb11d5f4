import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startK2Emulator } from '../../src/k2/k2-emulator.js';
import { PROCESS_NS, READER, USERS, WORKLIST_NS, XSI_XSD, get, summary, xmlFailure } from './k2-test-kit.js';

const emulator = useEmulator(() => startK2Emulator({ users: USERS }));

const INSTANCE_8_OPEN =
  '<ProcessInstance ExpectedDuration="60" Folder="K2 Examples" Folio="Order-ACME-Updated" ' +
  'FullName="K2 Examples\\Order Process" Guid="b8cf5da7-3e1c-4c2a-9f0e-6d2b8a41c708" ID="8" Name="Order Process" ' +
  `Priority="1" StartDate="2011-02-16T04:52:47.687Z" Status="Active" xmlns="${WORKLIST_NS}" ${XSI_XSD}>` +
  `<Description xmlns="${PROCESS_NS}"/><Metadata xmlns="${PROCESS_NS}">Blank</Metadata>`;

describe('GET Process/Instances({id})', () => {
  it('returns the documented ProcessInstance with its data and XML fields', async () => {
    const answer = await get(emulator, '/REST.svc/Process/Instances(8)?piDataField=true&piXmlField=true');

    expect(summary(answer)).toEqual({
      status: 200,
      contentType: 'application/xml; charset=utf-8',
      body:
        INSTANCE_8_OPEN +
        `<DataField Name="MyProcessDataField" xmlns="${PROCESS_NS}">Some process data value</DataField>` +
        `<DataField Name="OrderNumber" xmlns="${PROCESS_NS}">ACME-0008</DataField>` +
        `<DataField Name="Amount" xmlns="${PROCESS_NS}">1250.00</DataField>` +
        `<DataField Name="Customer" xmlns="${PROCESS_NS}">ACME Corp</DataField>` +
        `<DataField Name="Notes" xmlns="${PROCESS_NS}"></DataField>` +
        `<XmlField Name="MyProcessXMLField" xmlns="${PROCESS_NS}">&lt;XmlDocument&gt;Some Process XML document&lt;/XmlDocument&gt;</XmlField>` +
        `<XmlField Name="OrderXml" xmlns="${PROCESS_NS}">&lt;Order&gt;&lt;Line sku="A-1" qty="2"/&gt;&lt;/Order&gt;</XmlField>` +
        '</ProcessInstance>',
    });
  });

  it('leaves the fields out when no detail is asked for', async () => {
    const answer = await get(emulator, '/REST.svc/Process/Instances(8)');

    expect(answer.body).toEqual(`${INSTANCE_8_OPEN}</ProcessInstance>`);
  });

  it('accepts percent-encoded parentheses around the id', async () => {
    const answer = await get(emulator, '/REST.svc/Process/Instances%288%29');

    expect([answer.status, answer.body]).toEqual([200, `${INSTANCE_8_OPEN}</ProcessInstance>`]);
  });

  it('lets an account without write rights read', async () => {
    const answer = await get(emulator, '/REST.svc/Process/Instances(8)', { user: READER });

    expect(answer.status).toEqual(200);
  });

  it('answers 404 ProcessInstanceNotFound for an unknown id', async () => {
    expect(summary(await get(emulator, '/REST.svc/Process/Instances(77)'))).toEqual(
      xmlFailure(404, 'ProcessInstanceNotFound', 'process instance 77 was not found'),
    );
  });

  it('answers 400 InvalidRequest for an id that is not an integer', async () => {
    expect(summary(await get(emulator, '/REST.svc/Process/Instances(eight)'))).toEqual(
      xmlFailure(400, 'InvalidRequest', 'process instance id "eight" is not an integer'),
    );
  });
});
