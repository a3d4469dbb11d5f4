import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildUpdateProcessInstanceXml, parseUpdateProcessInstanceAnswer } from '../../../src/vendors/k2/k2-process-instance-xml.js';

describe('buildUpdateProcessInstanceXml', () => {
  it('writes the document example shape: w:ProcessInstance with ID, Priority, Folio, ExpectedDuration and p: fields', () => {
    const xml = buildUpdateProcessInstanceXml({
      backend: 'k2', instanceId: '8', priority: 1, folio: 'Order-ACME-Updated', expectedDuration: 60,
      dataFields: [{ name: 'MyProcessDataField', value: 'Some process data value' }],
      xmlFields: [{ name: 'MyProcessXMLField', xml: '<XmlDocument>Some Process XML document</XmlDocument>' }],
    });
    expect(xml).toBe(
      '<w:ProcessInstance xmlns:w="http://schemas.k2.com/worklist/d1" xmlns:p="http://schemas.k2.com/process/d1" ID="8" Priority="1" Folio="Order-ACME-Updated" ExpectedDuration="60">' +
        '<p:DataField Name="MyProcessDataField">Some process data value</p:DataField>' +
        '<p:XmlField Name="MyProcessXMLField">&lt;XmlDocument&gt;Some Process XML document&lt;/XmlDocument&gt;</p:XmlField>' +
        '</w:ProcessInstance>',
    );
  });

  it('sends only the attributes the input sets, and no p namespace without fields', () => {
    expect(buildUpdateProcessInstanceXml({ backend: 'k2', instanceId: '2', folio: '' })).toBe(
      '<w:ProcessInstance xmlns:w="http://schemas.k2.com/worklist/d1" ID="2" Folio=""></w:ProcessInstance>',
    );
  });

  it('escapes hostile values so that a conforming parser reads back exactly what was sent', () => {
    const hostile = `a & b < c > d " e ' f ]]> g\r\nh\ti — Ünïcødé 😀`;
    const xml = buildUpdateProcessInstanceXml({
      backend: 'k2', instanceId: '8', folio: hostile,
      dataFields: [{ name: 'N&"<', value: hostile }], xmlFields: [{ name: 'X', xml: `<a t="${'&amp;'}">${'&lt;'}]]&gt;</a>` }],
    });
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, parseAttributeValue: false, trimValues: false, htmlEntities: true })
      .parse(xml) as Record<string, Record<string, unknown>>;
    const root = parsed['w:ProcessInstance']!;
    expect(root['@Folio']).toBe(hostile);
    expect(root['p:DataField']).toEqual({ '@Name': 'N&"<', '#text': hostile });
    expect(root['p:XmlField']).toEqual({ '@Name': 'X', '#text': `<a t="&amp;">&lt;]]&gt;</a>` });
  });
});

describe('parseUpdateProcessInstanceAnswer', () => {
  it('reads an empty body as success without data fields', () => {
    expect(parseUpdateProcessInstanceAnswer('')).toBeNull();
  });

  it('reads the documented DataFieldCollection return example', () => {
    const body = '<DataFieldCollection xmlns="http://schemas.k2.com/process/d1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"> <DataField Name="MyProcessDataField1">Some data value</DataField> <DataField Name="MyProcessDataField2">Some other data value</DataField> </DataFieldCollection>';
    expect(parseUpdateProcessInstanceAnswer(body)).toEqual([
      { name: 'MyProcessDataField1', value: 'Some data value' },
      { name: 'MyProcessDataField2', value: 'Some other data value' },
    ]);
  });

  it('reads one field, an empty field, escaped text and character references exactly', () => {
    const body = '<DataFieldCollection xmlns="http://schemas.k2.com/process/d1"><DataField Name="A">x &amp; &lt;y&gt;&#xD;&#10;é</DataField><DataField Name="B"/></DataFieldCollection>';
    expect(parseUpdateProcessInstanceAnswer(body)).toEqual([{ name: 'A', value: 'x & <y>\r\né' }, { name: 'B', value: '' }]);
  });

  it('reads the data fields of a ProcessInstance answer', () => {
    const body = '<ProcessInstance ID="8" xmlns="http://schemas.k2.com/worklist/d1"><DataField Name="A" xmlns="http://schemas.k2.com/process/d1">1</DataField></ProcessInstance>';
    expect(parseUpdateProcessInstanceAnswer(body)).toEqual([{ name: 'A', value: '1' }]);
  });

  it('refuses an entity bomb without expanding it', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><DataFieldCollection><DataField Name="x">&b;</DataField></DataFieldCollection>';
    const out = parseUpdateProcessInstanceAnswer(bomb);
    expect(out).toBeInstanceOf(Error);
    expect((out as Error).message).toMatch(/DOCTYPE/);
  });

  it('says what it got when the body is some other XML or not XML at all', () => {
    expect((parseUpdateProcessInstanceAnswer('<html><body>oops</body></html>') as Error).message).toMatch(/got <html>/);
    expect(parseUpdateProcessInstanceAnswer('<DataFieldCollection><DataField')).toBeInstanceOf(Error);
  });
});
