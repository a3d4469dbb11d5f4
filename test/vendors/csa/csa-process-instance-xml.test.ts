import { describe, expect, it } from 'vitest';
import { buildCsaPropertiesXml, buildCsaStateXml, parseCsaInstance } from '../../../src/vendors/csa/csa-process-instance-xml.js';

const ID = '90d9652b3752ad4f013752ae38cb0065';

describe('CSA request bodies', () => {
  it('writes the state merge of the documents with only the parts the input sets', () => {
    expect(buildCsaStateXml({ backend: 'csa', instanceId: ID, state: 'COMPLETED' })).toBe(
      `<ProcessInstance><id>${ID}</id><processInstanceState><name>COMPLETED</name></processInstanceState></ProcessInstance>`,
    );
    expect(buildCsaStateXml({ backend: 'csa', instanceId: ID, returnCode: 'SUCCESS' })).toBe(
      `<ProcessInstance><id>${ID}</id><processReturnCode><name>SUCCESS</name></processReturnCode></ProcessInstance>`,
    );
  });

  it('writes state, return code and status in the documents order, escaping the status', () => {
    expect(buildCsaStateXml({ backend: 'csa', instanceId: ID, status: 'done <ok> & "fine"\r', returnCode: 'SUCCESS', state: 'COMPLETED' })).toBe(
      `<ProcessInstance><id>${ID}</id><processInstanceState><name>COMPLETED</name></processInstanceState>` +
        '<processReturnCode><name>SUCCESS</name></processReturnCode><status>done &lt;ok&gt; &amp; "fine"&#xD;</status></ProcessInstance>',
    );
  });

  it('writes one property element per property, with its value type and every value', () => {
    expect(buildCsaPropertiesXml(ID, [
      { name: 'Property Name', type: 'STRING', values: ['Hello World!'] },
      { name: 'TAGS', type: 'list', values: ['a&b', 'c'] },
    ])).toBe(
      `<ProcessInstance><id>${ID}</id>` +
        '<property><name>Property Name</name><valueType><name>STRING</name></valueType><values><value>Hello World!</value></values></property>' +
        '<property><name>TAGS</name><valueType><name>LIST</name></valueType><values><value>a&amp;b</value><value>c</value></values></property>' +
        '</ProcessInstance>',
    );
  });
});

describe('parseCsaInstance', () => {
  it('reads id, state, return code, status and typed properties from the VO', () => {
    const vo = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ProcessInstance>
  <id>${ID}</id>
  <property>
    <isCriticalSystemObject>false</isCriticalSystemObject>
    <name>TAGS</name>
    <valueType><isCriticalSystemObject>false</isCriticalSystemObject><name>LIST</name><disabled>false</disabled></valueType>
    <values><value>prod</value><value>eu &amp; us</value></values>
  </property>
  <property><name>CPU_COUNT</name><valueType><name>INTEGER</name></valueType><values><value>2</value></values></property>
  <property><name>EMPTY</name><valueType><name>STRING</name></valueType><values/></property>
  <processInstanceState><isCriticalSystemObject>false</isCriticalSystemObject><name>COMPLETED</name><disabled>false</disabled></processInstanceState>
  <processReturnCode><name>SUCCESS</name></processReturnCode>
  <status>All done ✓</status>
</ProcessInstance>`;
    expect(parseCsaInstance(vo)).toEqual({
      id: ID, state: 'COMPLETED', processState: 'COMPLETED', vendorState: 'COMPLETED', returnCode: 'SUCCESS', status: 'All done ✓', definitionName: null,
      properties: [
        { name: 'TAGS', type: 'LIST', values: ['prod', 'eu & us'] },
        { name: 'CPU_COUNT', type: 'INTEGER', values: ['2'] },
        { name: 'EMPTY', type: 'STRING', values: [] },
      ],
    });
  });

  it('keeps a state word it does not know as vendorState, and reads absent parts as null', () => {
    expect(parseCsaInstance(`<ProcessInstance><id>${ID}</id><processDefinition><id>1</id><name>Provision</name></processDefinition><processInstanceState><name>PAUSED</name></processInstanceState></ProcessInstance>`)).toEqual({
      id: ID, state: null, processState: 'UNKNOWN', vendorState: 'PAUSED', returnCode: null, status: null, properties: [], definitionName: 'Provision',
    });
  });

  it('refuses what is not a ProcessInstance', () => {
    expect(parseCsaInstance('<error><message>x</message></error>')).toBeInstanceOf(Error);
    expect(parseCsaInstance('{"id":1}')).toBeInstanceOf(Error);
  });
});

describe('parseCsaInstance, read leniently', () => {
  it('takes an empty <property/>, an empty <values/> and an element sent twice (as its first)', () => {
    const body = '<ProcessInstance><id>90d9652b3752ad4f013752ae38cb0004</id><id>other</id><processInstanceState><name>ACTIVE</name></processInstanceState>' +
      '<property/><property><name>OWNER</name><valueType><name>STRING</name></valueType><values/></property></ProcessInstance>';
    expect(parseCsaInstance(body)).toMatchObject({
      id: '90d9652b3752ad4f013752ae38cb0004', state: 'ACTIVE',
      properties: [{ name: '', type: 'STRING', values: [] }, { name: 'OWNER', type: 'STRING', values: [] }],
    });
  });
});
