import { describe, expect, it } from 'vitest';
import { checkWellFormedXml, createSafeXmlParser } from '../../src/xml/safe-xml-parser.js';

describe('checkWellFormedXml', () => {
  it.each([
    '<Order/>',
    '<?xml version="1.0"?>\n<!-- c --><Order a="&amp;&#13;"><L>x &lt; y</L><![CDATA[&nbsp; <raw>]]></Order>\n',
    '<p:Doc xmlns:p="urn:x">é 😀</p:Doc>',
  ])('accepts one well-formed document: %s', (xml) => {
    expect(checkWellFormedXml(xml)).toBeNull();
  });

  it.each([
    ['two root elements', '<a/><b/>', /exactly one root/],
    ['text after the root', '<a/>trailing', /exactly one root/],
    ['text alone', 'just text', /./],
    ['an entity XML does not define', '<a>&nbsp;</a>', /&nbsp; is not one of XML's own/],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', /DOCTYPE/],
    ['an unclosed tag', '<a><b></a>', /./],
  ])('refuses %s', (_title, xml, problem) => {
    expect(checkWellFormedXml(xml)).toMatch(problem);
  });

  it('keeps its message short however large the document', () => {
    expect(checkWellFormedXml(`<a>${'<b>'.repeat(100_000)}`)!.length).toBeLessThanOrEqual(201);
  });
});

describe('createSafeXmlParser', () => {
  it('keeps the error message of a huge broken answer short', () => {
    const out = createSafeXmlParser()(`<a>${'<b>'.repeat(100_000)}`);
    expect(out).toBeInstanceOf(Error);
    expect((out as Error).message.length).toBeLessThan(260);
  });
});
