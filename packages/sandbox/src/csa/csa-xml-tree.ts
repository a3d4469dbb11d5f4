import { attributesOf, contentOf, elementName, parseXmlEntries, readContent, rootEntry, type XmlEntry } from '../shared/xml-document.js';
import { MalformedXmlError, isXmlWhitespace } from '../shared/xml-text.js';

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

/**
 * Parses a whole document into its root element. Refuses DOCTYPE (no entity is ever expanded)
 * and anything not well-formed, including what fast-xml-parser's validator lets through
 * (several roots, text outside the root, `]]>` in text).
 */
export function parseXmlTree(body: string): XmlElement {
  const top = parseXmlEntries(body);
  for (const entry of top) {
    const text = entry['#text'];
    if (typeof text === 'string' && !isXmlWhitespace(text)) throw new MalformedXmlError('text is not allowed outside the root element');
  }
  return buildElement(rootEntry(top));
}

function buildElement(entry: XmlEntry): XmlElement {
  // CSA's VO carries no attributes, so values are only decoded to check their well-formedness,
  // then ignored.
  Array.from(attributesOf(entry));
  const element: XmlElement = { name: elementName(entry) ?? '', children: [], text: '' };
  element.text = readContent(contentOf(entry), (child) => element.children.push(buildElement(child)));
  return element;
}
