import { attributesOf, contentOf, elementName, localPart, parseXmlEntries, rawText, readContent, rootEntry, type XmlEntry } from '../shared/xml-document.js';
import { MalformedXmlError } from '../shared/xml-text.js';

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

/**
 * Parses a whole document into its root element. Refuses DOCTYPE (no entity is ever expanded),
 * anything not well-formed, and prefixes that are not declared.
 *
 * @param rawContent local names whose content is kept raw (XML fields may carry inline XML).
 */
export function parseXmlTree(body: string, rawContent: ReadonlySet<string>): XmlElement {
  const root = rootEntry(parseXmlEntries(body, rawContent));
  return buildElement(root, new Map([['xml', XML_NS]]), rawContent);
}

function buildElement(entry: XmlEntry, parentScope: ReadonlyMap<string, string>, rawContent: ReadonlySet<string>): XmlElement {
  const qname = elementName(entry) ?? '';
  const scope = new Map(parentScope);
  const attrs = new Map<string, string>();
  for (const [name, value] of attributesOf(entry)) {
    if (name === 'xmlns') scope.set('', value);
    else if (name.startsWith('xmlns:')) {
      if (value === '') throw new MalformedXmlError(`prefix ${name.slice(6)} cannot be undeclared`);
      scope.set(name.slice(6), value);
    } else if (!name.includes(':')) attrs.set(name, value);
    // Prefixed attributes are not K2's; the documents say unknown attributes are ignored.
  }

  const prefix = qname.includes(':') ? qname.slice(0, qname.indexOf(':')) : '';
  const ns = scope.get(prefix);
  if (ns === undefined && prefix !== '') throw new MalformedXmlError(`namespace prefix ${prefix} is not declared`);
  const local = localPart(qname);
  const element: XmlElement = { ns: ns ?? '', local, attrs, children: [], text: '', raw: null };

  const content = contentOf(entry);
  if (rawContent.has(local)) {
    // A stop node holds one text entry with the inner markup, untouched.
    element.raw = rawText(content);
    return element;
  }
  element.text = readContent(content, (child) => element.children.push(buildElement(child, scope, rawContent)));
  return element;
}
