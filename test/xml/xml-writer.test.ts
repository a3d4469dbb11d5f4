import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { XmlNode } from '../../src/xml/safe-xml-parser.js';
import { escapeXmlAttribute, escapeXmlText, writeXml } from '../../src/xml/xml-writer.js';

/** fast-xml-parser's builder as the gateway configured it before it wrote XML itself: the reference. */
const reference = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: false,
  suppressEmptyNode: false,
  suppressBooleanAttributes: false,
  tagValueProcessor: (_name, value) => escapeXmlText(String(value)),
  attributeValueProcessor: (_name, value) => escapeXmlAttribute(String(value)),
});

const HOSTILE = [
  '', 'plain', 'R&D "urgent" <now>', "it's", 'a\r\nb\tc', 'Zürich – 東京 – 🚀', '&amp; already escaped', ']]> <![CDATA[x]]>',
  '<!DOCTYPE x [<!ENTITY a "b">]>&a;', ' leading and trailing ', 'x'.repeat(10_000),
];

/** The shapes the vendor folders write: attributes, text, child elements, lists of either. */
const TREES: [string, XmlNode][] = [
  ['an empty element with attributes', { 't:UpdateTask': { '@xmlns:t': 'urn:t', '@ID': '1', '@Action': 's:3600', 't:Task': { '@SerialNumber': '8_25' } } }],
  ['named fields with text', { 'w:ProcessInstance': { '@ID': '7', 'p:DataField': HOSTILE.map((v, i) => ({ '@Name': `f${i}`, '#text': v })) } }],
  ['attributes holding every hostile text', { Task: Object.fromEntries(HOSTILE.map((v, i) => [`@a${i}`, v])) }],
  ['element text and nested elements', { ProcessInstance: { id: '42', processInstanceState: { name: 'RUNNING' }, status: 'x&y' } }],
  ['lists of text elements, one empty list', {
    ProcessInstance: { id: '42', property: [{ name: 'p', valueType: { name: 'STRING' }, values: { value: HOSTILE } }, { name: 'q', valueType: { name: 'LIST' }, values: { value: [] } }] },
  }],
  ['an attribute without a value, left out', { Task: { '@Absent': null, '@Serial': '8_25', Child: { '@Gone': null } } }],
  ['many items of a batch', { 't:UpdateTaskCollection': { '@xmlns:t': 'urn:t', 't:UpdateTask': Array.from({ length: 50 }, (_, i) => ({ '@ID': String(i), '@Action': 'a:Approve', 't:Task': { '@SerialNumber': `${i}_1` } })) } }],
];

describe('writeXml', () => {
  it.each(TREES)('writes what fast-xml-parser\'s builder writes: %s', (_name, tree) => {
    expect(writeXml(tree)).toBe(reference.build(tree));
  });

  it('round-trips every hostile text and attribute exactly through a conforming parser', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', parseTagValue: false, parseAttributeValue: false, trimValues: false, processEntities: true, htmlEntities: true });
    for (const value of HOSTILE) {
      if (value === '') continue;
      const parsed = parser.parse(writeXml({ Field: { '@Name': value, '#text': value } })) as { Field: { '@Name': string; '#text': string } };
      expect(parsed.Field['#text']).toBe(value);
      expect(parsed.Field['@Name']).toBe(value);
    }
  });
});
