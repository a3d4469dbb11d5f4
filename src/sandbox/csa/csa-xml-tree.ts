import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CsaXmlError, checkXmlAttribute, decodeXmlText, isXmlWhitespace } from './csa-xml-text.js';

/**
 * A plain element tree of a request body. CSA's VO uses no namespaces and no attributes
 * (csa-update-process-instance.txt examples), so elements are known by their name as written
 * and attributes are checked for well-formedness, then dropped.
 */
export interface XmlElement {
  name: string;
  children: XmlElement[];
  /**
   * Decoded character data and CDATA directly inside this element, in order, including the
   * whitespace between child elements (callers decide what text means where).
   */
  text: string;
}

type Entry = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true, // element order and text between elements are kept as sent
  ignoreAttributes: false, // read so that they can be checked for well-formedness
  attributeNamePrefix: '',
  removeNSPrefix: false,
  parseTagValue: false, // every value stays a string; the emulator checks types itself
  parseAttributeValue: false,
  trimValues: false, // whitespace inside values is data
  processEntities: false, // references are decoded by csa-xml-text, exactly once
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/**
 * Parses a whole document into its root element. Refuses DOCTYPE (no entity is ever expanded)
 * and anything not well-formed, including what fast-xml-parser's validator lets through
 * (several roots, text outside the root, `]]>` in text).
 */
export function parseXmlTree(body: string): XmlElement {
  if (/<!DOCTYPE/i.test(body)) throw new CsaXmlError('DOCTYPE is not allowed');
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new CsaXmlError(`${valid.err.msg} (line ${valid.err.line})`);
  let entries: unknown;
  try {
    entries = parser.parse(body);
  } catch (error) {
    throw new CsaXmlError(error instanceof Error ? error.message : String(error));
  }
  const top = asEntries(entries);
  for (const entry of top) {
    const text = entry['#text'];
    if (typeof text === 'string' && !isXmlWhitespace(text)) throw new CsaXmlError('text is not allowed outside the root element');
  }
  const roots = top.filter((e) => elementName(e) !== undefined);
  const [root, ...others] = roots;
  if (root === undefined || others.length > 0) throw new CsaXmlError('a document has exactly one root element');
  return buildElement(root);
}

function buildElement(entry: Entry): XmlElement {
  const name = elementName(entry) ?? '';
  for (const [attribute, value] of Object.entries((entry[':@'] ?? {}) as Record<string, unknown>)) {
    if (typeof value !== 'string') throw new CsaXmlError(`attribute ${attribute} has no value`);
    checkXmlAttribute(value);
  }
  const element: XmlElement = { name, children: [], text: '' };
  for (const child of asEntries(entry[name])) {
    if (typeof child['#text'] === 'string') element.text += decodeXmlText(child['#text']);
    else if (child['#cdata'] !== undefined) element.text += cdataText(child['#cdata']);
    else if (elementName(child) !== undefined) element.children.push(buildElement(child));
  }
  return element;
}

function cdataText(value: unknown): string {
  return asEntries(value)
    .map((e) => (typeof e['#text'] === 'string' ? e['#text'] : ''))
    .join('');
}

function elementName(entry: Entry): string | undefined {
  return Object.keys(entry).find((k) => k !== ':@' && k !== '#text' && k !== '#cdata');
}

function asEntries(value: unknown): Entry[] {
  return Array.isArray(value) ? (value as Entry[]) : [];
}
