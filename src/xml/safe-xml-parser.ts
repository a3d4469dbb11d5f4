import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;

export interface SafeXmlParserOptions {
  /** Element names (without prefix) that always parse as arrays, so one child and many look alike. */
  arrays?: readonly string[];
}

/**
 * A parser for vendor answers. Vendor REST APIs never send a DTD, so any DOCTYPE is refused
 * outright: that rules out entity-expansion bombs and external entities whatever the parser's
 * own limits. Size is already capped by the HTTP client; nesting by the parser (100 levels).
 * Values stay strings (`007` is an id, not 7) and namespace prefixes are dropped: answers are
 * read leniently, requests are written strictly.
 */
export function createSafeXmlParser(options: SafeXmlParserOptions = {}): (xml: string) => XmlNode | Error {
  const arrays = new Set(options.arrays ?? []);
  const config: X2jOptions = {
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // Decodes numeric character references (&#13; keeps a CR through the round trip).
    htmlEntities: true,
    isArray: (name) => arrays.has(name),
  };
  const parser = new XMLParser(config);
  return (xml) => {
    if (/<!DOCTYPE/i.test(xml)) return new Error('the XML carries a DOCTYPE, which is refused');
    try {
      return parser.parse(xml, true) as XmlNode;
    } catch (error) {
      return new Error(`the XML is not well-formed: ${brief((error as Error).message)}`);
    }
  };
}

/** The text content of a parsed element: '' for `<a/>`, the text for `<a x="1">text</a>`. */
export function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object') {
    const text = (node as XmlNode)['#text'];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

const rootsParser = new XMLParser({ preserveOrder: true, ignoreAttributes: true, processEntities: false, parseTagValue: false, commentPropName: '#comment' });

/**
 * Null when `xml` is one well-formed XML document, else what is wrong with it: fast-xml-parser's
 * validator, plus what it lets through: more than one root, text beside the root, and entities
 * other than XML's own five (a document has no DTD to declare them).
 */
/** XML 1.0's Char production: what a `&#...;` may name (outside CDATA, where references are text). */
function forbiddenCharacterReference(xml: string): string | undefined {
  const outsideCdata = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  for (const match of outsideCdata.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const digits = match[1]!;
    const code = digits.startsWith('x') ? Number.parseInt(digits.slice(1), 16) : Number.parseInt(digits, 10);
    const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) return match[0];
  }
  return undefined;
}

export function checkWellFormedXml(xml: string): string | null {
  if (/<!DOCTYPE/i.test(xml)) return 'a DOCTYPE is not accepted';
  const result = XMLValidator.validate(xml);
  if (result !== true) return brief(`${result.err.msg} (line ${result.err.line})`);
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)[^;\s]{0,20};?/.exec(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''));
  if (entity) return brief(`the entity ${entity[0]} is not one of XML's own (&amp; &lt; &gt; &quot; &apos; or &#...;)`);
  const reference = forbiddenCharacterReference(xml);
  if (reference) return brief(`the character reference ${reference} names a character XML 1.0 forbids`);
  const top = (rootsParser.parse(xml) as Record<string, unknown>[]).filter((node) => {
    const [key] = Object.keys(node);
    return key !== '?xml' && key !== '#comment' && !(key === '#text' && String(node['#text']).trim() === '');
  });
  // The parser drops text after a last self-closed element, hence the look at both ends.
  const textOutside = !/^\s*</.test(xml) || !/>\s*$/.test(xml);
  if (textOutside || top.length !== 1 || Object.keys(top[0]!)[0] === '#text') return 'a document has exactly one root element and no text beside it';
  return null;
}

/** Parser messages can list every open tag of a huge document: a message stays short. */
function brief(message: string): string {
  const line = message.split('\n')[0]!;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
