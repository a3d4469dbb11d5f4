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
      return new Error(`the XML is not well-formed: ${(error as Error).message.split('\n')[0]}`);
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

/** Null when `xml` is one well-formed XML document, else what is wrong with it. */
export function checkWellFormedXml(xml: string): string | null {
  if (/<!DOCTYPE/i.test(xml)) return 'a DOCTYPE is not accepted';
  const result = XMLValidator.validate(xml);
  return result === true ? null : `${result.err.msg} (line ${result.err.line})`;
}
