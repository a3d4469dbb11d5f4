import { describe, expect, it } from 'vitest';
import {
  decodeXmlAttribute,
  decodeXmlText,
  decodeXmlTextWithCdata,
  escapeXmlAttribute,
  escapeXmlText,
  trimXmlWhitespace,
} from '../../src/shared/xml-text.js';

describe('xml-text', () => {
  it.each([
    ['&lt;&gt;&amp;&quot;&apos;', `<>&"'`],
    ['&#13;&#xD;&#xd;&#10;', '\r\r\r\n'],
    ['&#x1F680; &#128077;', '🚀 👍'],
    ['plain ünïcode >', 'plain ünïcode >'],
  ])('decodes the text %j to %j', (raw, decoded) => {
    expect(decodeXmlText(raw)).toEqual(decoded);
  });

  it.each([
    ['&nbsp;', 'undefined entity &nbsp;'],
    ['a & b', "'&' must start a character or entity reference"],
    ['&#0;', '&#0; is not a legal XML character'],
    ['&#xFFFE;', '&#xFFFE; is not a legal XML character'],
    ['a]]>b', "']]>' is not allowed in character data"],
  ])('refuses the text %j', (raw, message) => {
    expect(() => decodeXmlText(raw)).toThrow(message);
  });

  it('normalises literal whitespace in an attribute but keeps referenced whitespace', () => {
    expect(decodeXmlAttribute('a\tb\nc&#9;d&#10;e&#13;')).toEqual('a b c\td\ne\r');
  });

  it('refuses an attribute value holding an undefined entity', () => {
    expect(() => decodeXmlAttribute('&bogus;')).toThrow('undefined entity &bogus;');
  });

  it('takes CDATA sections literally and decodes the text around them', () => {
    expect(decodeXmlTextWithCdata('&lt;a&gt;<![CDATA[&amp; <b/>]]>&amp;')).toEqual('<a>&amp; <b/>&');
  });

  it('escapes text so that CR and ]]> survive', () => {
    expect(escapeXmlText('a & <b> ]]> "q" \r\n')).toEqual('a &amp; &lt;b&gt; ]]&gt; "q" &#xD;\n');
  });

  it('escapes attributes so that quotes, tabs and line breaks survive', () => {
    expect(escapeXmlAttribute(`"q" 'a' <&>\t\r\n`)).toEqual(`&quot;q&quot; 'a' &lt;&amp;&gt;&#x9;&#xD;&#xA;`);
  });

  it('trims XML whitespace (space, tab, CR, LF) from both ends', () => {
    expect(trimXmlWhitespace(' \t\r\n x y \n')).toEqual('x y');
  });

  it('keeps a no-break space, which is not XML whitespace', () => {
    expect(trimXmlWhitespace('\u00a0x\u00a0')).toEqual('\u00a0x\u00a0');
  });
});
