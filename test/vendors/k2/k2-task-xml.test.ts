import { describe, expect, it } from 'vitest';
import { buildUpdateTasksXml, buildUpdateTaskXml } from '../../../src/vendors/k2/k2-task-xml.js';

describe('buildUpdateTaskXml', () => {
  it('writes the document example shape with all four field lists', () => {
    const xml = buildUpdateTaskXml({
      serialNumber: '2_24', action: { kind: 'ACTION', name: 'Rework' },
      processDataFields: [{ name: 'MyProcessDataField', value: 'Some process data value' }],
      processXmlFields: [{ name: 'MyProcXmlField', xml: '<XmlDocument>Some Process XML document</XmlDocument>' }],
      activityDataFields: [{ name: 'MyActDataField', value: 'Some activity data value' }],
      activityXmlFields: [{ name: 'MyActXmlField', xml: '<XmlDocument>Some Activity XML document</XmlDocument>' }],
    }, 'a:Rework');
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?>' +
        '<t:UpdateTask xmlns:t="http://schemas.k2.com/task/d1" xmlns:p="http://schemas.k2.com/process/d1" ID="1" Action="a:Rework">' +
        '<t:Task SerialNumber="2_24">' +
        '<p:ProcessDataField Name="MyProcessDataField">Some process data value</p:ProcessDataField>' +
        '<p:ProcessXmlField Name="MyProcXmlField">&lt;XmlDocument&gt;Some Process XML document&lt;/XmlDocument&gt;</p:ProcessXmlField>' +
        '<p:ActivityDataField Name="MyActDataField">Some activity data value</p:ActivityDataField>' +
        '<p:ActivityXmlField Name="MyActXmlField">&lt;XmlDocument&gt;Some Activity XML document&lt;/XmlDocument&gt;</p:ActivityXmlField>' +
        '</t:Task></t:UpdateTask>',
    );
  });

  it('puts priority and folio on the Task element and escapes the action', () => {
    const xml = buildUpdateTaskXml(
      { serialNumber: '8_25', action: { kind: 'REDIRECT', user: 'K2:ACME\\bob' }, priority: 2, folio: 'R&D "urgent"' },
      'r:K2:ACME\\bob',
    );
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?><t:UpdateTask xmlns:t="http://schemas.k2.com/task/d1" ID="1" Action="r:K2:ACME\\bob">' +
        '<t:Task SerialNumber="8_25" Priority="2" ProcessFolio="R&amp;D &quot;urgent&quot;"></t:Task></t:UpdateTask>',
    );
  });
});

describe('buildUpdateTasksXml', () => {
  it('writes the UpdateTasks example shape: one UpdateTask per item, numbered, namespaces on the collection', () => {
    const xml = buildUpdateTasksXml([
      { id: 1000, command: { serialNumber: '1_34', action: { kind: 'ACTION', name: 'Rework' } }, action: 'a:Rework' },
      { id: 1001, command: { serialNumber: '1_35', action: { kind: 'REDIRECT', user: 'DENALLIX\\Joe' } }, action: 'r:DENALLIX\\Joe' },
    ]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?>' +
        '<t:UpdateTaskCollection xmlns:t="http://schemas.k2.com/task/d1">' +
        '<t:UpdateTask ID="1000" Action="a:Rework"><t:Task SerialNumber="1_34"></t:Task></t:UpdateTask>' +
        '<t:UpdateTask ID="1001" Action="r:DENALLIX\\Joe"><t:Task SerialNumber="1_35"></t:Task></t:UpdateTask>' +
        '</t:UpdateTaskCollection>',
    );
  });

  it('declares the process namespace once when any item sets fields, and escapes XML text', () => {
    const xml = buildUpdateTasksXml([
      { id: 1, command: { serialNumber: '1_1', action: { kind: 'WAKE' } }, action: 's:-1' },
      { id: 2, command: { serialNumber: '1_2', action: { kind: 'WAKE' }, processDataFields: [{ name: 'Note', value: '<&> "Ü"' }] }, action: 's:-1' },
    ]);
    expect(xml.match(/xmlns:p=/g)).toHaveLength(1);
    expect(xml).toContain('<p:ProcessDataField Name="Note">&lt;&amp;&gt; "Ü"</p:ProcessDataField>');
  });
});
