import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MalformedXmlError, decodeXmlAttribute, decodeXmlText } from './xml-text.js';

/**
 * A request body read into fast-xml-parser's ordered entries, checked for well-formedness on the
 * way, and the small readers every element tree is built with. Each emulator builds its own tree
 * on top: K2's resolves namespaces, CSA's knows elements by their plain names.
 */

/** One entry of the parser's ordered output: `{ name: [...children], ':@': {attributes} }`, `{ '#text': ... }` or `{ '#cdata': [...] }`. */
export type XmlEntry = Record<string, unknown>;

const OPTIONS = {
  preserveOrder: true, // element order and text between elements are kept as sent
  ignoreAttributes: false, // read so that they can be checked for well-formedness
  attributeNamePrefix: '',
  removeNSPrefix: false, // keep prefixes and xmlns attributes: a namespace-aware tree resolves them
  parseTagValue: false, // every value stays a string; the emulator checks types itself
  parseAttributeValue: false,
  trimValues: false, // whitespace inside values is data
  processEntities: false, // references are decoded by xml-text, exactly once
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
} as const;

/** Without raw content there are no stop nodes, so one parser serves every such body. */
const PLAIN_PARSER = new XMLParser(OPTIONS);

/**
 * Parses a whole document into its top-level entries. Refuses DOCTYPE (no entity is ever
 * expanded) and anything the validator finds not well-formed.
 *
 * @param rawContent local names whose content is kept raw, as one text entry (e.g. K2's XML
 *   fields, which may carry inline XML).
 */
export function parseXmlEntries(body: string, rawContent: ReadonlySet<string> = new Set()): XmlEntry[] {
  if (/<!DOCTYPE/i.test(body)) throw new MalformedXmlError('DOCTYPE is not allowed');
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new MalformedXmlError(`${valid.err.msg} (line ${valid.err.line})`);
  const parser = rawContent.size === 0 ? PLAIN_PARSER : new XMLParser({ ...OPTIONS, stopNodes: rawContentStopNodes(body, rawContent) });
  try {
    return asEntries(parser.parse(body));
  } catch (error) {
    throw new MalformedXmlError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * fast-xml-parser matches stop nodes by qualified name, so every qualified name in the body
 * whose local part asks for raw content becomes a stop node (`..name` = at any depth).
 */
function rawContentStopNodes(body: string, rawContent: ReadonlySet<string>): string[] {
  const qnames = new Set<string>();
  for (const match of body.matchAll(/<([^\s<>/!?"'=]+)/g)) {
    const qname = match[1] ?? '';
    if (!rawContent.has(localPart(qname))) continue;
    // '.' is the pattern separator; such a prefix is legal XML but no client uses one.
    if (qname.includes('.')) throw new MalformedXmlError(`the emulator does not support '.' in the prefix of ${qname}`);
    qnames.add(qname);
  }
  return [...qnames].map((q) => `..${q}`);
}

/** The document's one root element among its top-level entries. */
export function rootEntry(top: readonly XmlEntry[]): XmlEntry {
  const [root, ...others] = top.filter((e) => elementName(e) !== undefined);
  if (root === undefined || others.length > 0) throw new MalformedXmlError('a document has exactly one root element');
  return root;
}

/** An element entry's qualified name; undefined for text and CDATA entries. */
export function elementName(entry: XmlEntry): string | undefined {
  return Object.keys(entry).find((k) => k !== ':@' && k !== '#text' && k !== '#cdata');
}

/** An element entry's content entries. */
export function contentOf(entry: XmlEntry): XmlEntry[] {
  return asEntries(entry[elementName(entry) ?? '']);
}

/**
 * An element's attributes in document order, each value decoded (so a malformed one throws when
 * it is reached). Names are as written, prefixes and xmlns declarations included.
 */
export function* attributesOf(entry: XmlEntry): Generator<[name: string, value: string]> {
  for (const [name, rawValue] of Object.entries((entry[':@'] ?? {}) as Record<string, unknown>)) {
    if (typeof rawValue !== 'string') throw new MalformedXmlError(`attribute ${name} has no value`);
    yield [name, decodeXmlAttribute(rawValue)];
  }
}

/**
 * Walks content in order: decoded character data and CDATA are joined into the returned text,
 * each child element goes to `onElement`.
 */
export function readContent(content: readonly XmlEntry[], onElement: (child: XmlEntry) => void): string {
  let text = '';
  for (const child of content) {
    if (typeof child['#text'] === 'string') text += decodeXmlText(child['#text']);
    else if (child['#cdata'] !== undefined) text += rawText(asEntries(child['#cdata']));
    else if (elementName(child) !== undefined) onElement(child);
  }
  return text;
}

/** The text entries joined as they are: a CDATA section's content, or a stop node's inner markup. */
export function rawText(content: readonly XmlEntry[]): string {
  return content.map((e) => (typeof e['#text'] === 'string' ? e['#text'] : '')).join('');
}

export function localPart(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function asEntries(value: unknown): XmlEntry[] {
  return Array.isArray(value) ? (value as XmlEntry[]) : [];
}
