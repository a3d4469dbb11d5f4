import { XMLBuilder } from 'fast-xml-parser';

/**
 * Text and attribute escaping that round-trips exactly through any conforming XML parser.
 * fast-xml-parser's own escaping leaves CR, and in attributes LF and TAB, raw, and a parser
 * normalises those away; so the builder's entity processing is off and these do all of it.
 */
export function escapeXmlText(value: string): string {
  return value.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

export function escapeXmlAttribute(value: string): string {
  return value.replace(/[&<>"'\r\n\t]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES, '"': '&quot;', "'": '&apos;', '\n': '&#xA;', '\t': '&#x9;',
};

/** A builder whose attributes use `@` as prefix and whose text goes in `#text`. */
export function createXmlBuilder(): XMLBuilder {
  return new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    processEntities: false,
    suppressEmptyNode: false,
    // Its default writes an attribute whose value is "true" as a bare name, which is not XML.
    suppressBooleanAttributes: false,
    tagValueProcessor: (_name, value) => escapeXmlText(String(value)),
    attributeValueProcessor: (_name, value) => escapeXmlAttribute(String(value)),
  });
}

/** XML 1.0 cannot carry these characters at all, escaped or not. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The index of the first character XML 1.0 cannot carry, or -1. */
export function findNonXmlCharacter(value: string): number {
  const m = NOT_XML_CHAR.exec(value);
  return m ? m.index : -1;
}
