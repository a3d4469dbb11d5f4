import type { XmlNode } from './safe-xml-parser.js';

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

/**
 * Writes an element tree in the shape the parser reads: `@name` keys are attributes, `#text` is
 * the element's text, any other key a child element (an array: one element per item), all in key
 * order, with every value escaped by the functions above. Written here rather than with
 * fast-xml-parser's builder: it writes the same bytes for these shapes (a test holds that) in
 * about an eighth of the time (0.4 against 3 µs for an UpdateTask body in a loop), and a K2
 * mutation writes one such document per call.
 */
export function writeXml(tree: XmlNode): string {
  let out = '';
  for (const name in tree) out += writeElement(name, tree[name]);
  return out;
}

function writeElement(name: string, value: unknown): string {
  if (Array.isArray(value)) {
    let out = '';
    for (const item of value) out += writeElement(name, item);
    return out;
  }
  if (value === undefined) return '';
  if (value === null || typeof value !== 'object') return `<${name}>${value === null ? '' : escapeXmlText(String(value))}</${name}>`;
  let attributes = '';
  let content = '';
  for (const key in value) {
    const child = (value as XmlNode)[key];
    // An attribute without a value is left out, as the builder did; a child element is written empty.
    if (child === undefined || (child === null && key.startsWith('@'))) continue;
    if (key.startsWith('@')) attributes += ` ${key.slice(1)}="${escapeXmlAttribute(String(child))}"`;
    else if (key === '#text') content += escapeXmlText(String(child));
    else content += writeElement(key, child);
  }
  return `<${name}${attributes}>${content}</${name}>`;
}

/** XML 1.0 cannot carry these characters at all, escaped or not. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The index of the first character XML 1.0 cannot carry, or -1. */
export function findNonXmlCharacter(value: string): number {
  const m = NOT_XML_CHAR.exec(value);
  return m ? m.index : -1;
}
