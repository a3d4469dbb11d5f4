import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { K2XmlError, decodeXmlAttribute, decodeXmlText } from './k2-xml-text.js';

/**
 * A namespace-aware view of a request body. fast-xml-parser knows prefixes only as text, so
 * this module resolves every element's prefix through the xmlns declarations in scope: a client
 * may use any prefix, or a default namespace, for the same element.
 */
export interface XmlElement {
  /** Namespace URI ('' for none). */
  ns: string;
  local: string;
  /** Unprefixed attributes only (K2 attributes carry no namespace), values decoded. */
  attrs: Map<string, string>;
  children: XmlElement[];
  /** Decoded character data and CDATA directly inside this element, in order. */
  text: string;
  /**
   * The element's inner markup exactly as sent (after XML line-end normalisation), for elements
   * named in `rawContent`; null for all others. Their children and text stay empty.
   */
  raw: string | null;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

type Entry = Record<string, unknown>;

/**
 * Parses a whole document into its root element. Refuses DOCTYPE (no entity is ever expanded),
 * anything not well-formed, and prefixes that are not declared.
 *
 * @param rawContent local names whose content is kept raw (XML fields may carry inline XML).
 */
export function parseXmlTree(body: string, rawContent: ReadonlySet<string>): XmlElement {
  if (/<!DOCTYPE/i.test(body)) throw new K2XmlError('DOCTYPE is not allowed');
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new K2XmlError(`${valid.err.msg} (line ${valid.err.line})`);

  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: false, // keep prefixes and xmlns attributes: this module resolves them
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false, // whitespace inside values is data
    processEntities: false, // references are decoded by k2-xml-text, exactly once
    cdataPropName: '#cdata',
    ignoreDeclaration: true,
    ignorePiTags: true,
    stopNodes: rawContentStopNodes(body, rawContent),
  });
  let entries: unknown;
  try {
    entries = parser.parse(body);
  } catch (error) {
    throw new K2XmlError(error instanceof Error ? error.message : String(error));
  }
  const roots = asEntries(entries).filter((e) => elementName(e) !== undefined);
  const [root, ...others] = roots;
  if (root === undefined || others.length > 0) throw new K2XmlError('a document has exactly one root element');
  return buildElement(root, new Map([['xml', XML_NS]]), rawContent);
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
    if (qname.includes('.')) throw new K2XmlError(`the emulator does not support '.' in the prefix of ${qname}`);
    qnames.add(qname);
  }
  return [...qnames].map((q) => `..${q}`);
}

function buildElement(entry: Entry, parentScope: ReadonlyMap<string, string>, rawContent: ReadonlySet<string>): XmlElement {
  const qname = elementName(entry) ?? '';
  const rawAttrs = (entry[':@'] ?? {}) as Record<string, unknown>;
  const scope = new Map(parentScope);
  const attrs = new Map<string, string>();
  for (const [name, rawValue] of Object.entries(rawAttrs)) {
    if (typeof rawValue !== 'string') throw new K2XmlError(`attribute ${name} has no value`);
    const value = decodeXmlAttribute(rawValue);
    if (name === 'xmlns') scope.set('', value);
    else if (name.startsWith('xmlns:')) {
      if (value === '') throw new K2XmlError(`prefix ${name.slice(6)} cannot be undeclared`);
      scope.set(name.slice(6), value);
    } else if (!name.includes(':')) attrs.set(name, value);
    // Prefixed attributes are not K2's; the documents say unknown attributes are ignored.
  }

  const prefix = qname.includes(':') ? qname.slice(0, qname.indexOf(':')) : '';
  const ns = scope.get(prefix);
  if (ns === undefined && prefix !== '') throw new K2XmlError(`namespace prefix ${prefix} is not declared`);
  const local = localPart(qname);
  const element: XmlElement = { ns: ns ?? '', local, attrs, children: [], text: '', raw: null };

  const content = asEntries(entry[qname]);
  if (rawContent.has(local)) {
    // A stop node holds one text entry with the inner markup, untouched.
    element.raw = content.map((e) => (typeof e['#text'] === 'string' ? e['#text'] : '')).join('');
    return element;
  }
  for (const child of content) {
    if (typeof child['#text'] === 'string') element.text += decodeXmlText(child['#text']);
    else if (child['#cdata'] !== undefined) element.text += cdataText(child['#cdata']);
    else if (elementName(child) !== undefined) element.children.push(buildElement(child, scope, rawContent));
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

function localPart(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}
