/**
 * XML character data, both ways: decoding references in what clients send, escaping what the
 * emulators write. Kept here, not borrowed from the parser, so an emulator's idea of the wire
 * format depends on no library's (or adapter's) escaping choices.
 */

/** Thrown for text that is not well-formed XML. */
export class MalformedXmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedXmlError';
  }
}

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

const REFERENCE = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;

/** Decodes the five predefined entities and numeric references; anything else is an error. */
function decodeReferences(raw: string): string {
  return raw.replace(REFERENCE, (_match, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!isXmlChar(code)) throw new MalformedXmlError(`&${ref}; is not a legal XML character`);
      return String.fromCodePoint(code);
    }
    const char = PREDEFINED[ref];
    // No DOCTYPE is accepted, so only the five predefined entities can exist.
    if (char === undefined) throw new MalformedXmlError(`undefined entity &${ref};`);
    return char;
  });
}

/**
 * Text between tags. A raw `&` that starts no reference and the sequence `]]>` are not allowed
 * in character data (the parser's validator lets `]]>` through, so it is checked here).
 */
export function decodeXmlText(raw: string): string {
  if (raw.includes(']]>')) throw new MalformedXmlError("']]>' is not allowed in character data");
  assertNoBareAmpersand(raw);
  return decodeReferences(raw);
}

/**
 * An attribute value as written between the quotes. XML normalises literal tab, CR and LF in
 * attribute values to spaces before references are expanded, so `&#13;` survives and a raw
 * newline does not.
 */
export function decodeXmlAttribute(raw: string): string {
  if (raw.includes('<')) throw new MalformedXmlError("'<' is not allowed in an attribute value");
  assertNoBareAmpersand(raw);
  return decodeReferences(raw.replace(/[\t\n\r]/g, ' '));
}

/**
 * Mixed content of CDATA sections and character data, e.g. the inside of a K2 XmlField carried
 * as text: CDATA is taken literally, the rest is decoded.
 */
export function decodeXmlTextWithCdata(raw: string): string {
  let out = '';
  let rest = raw;
  for (;;) {
    const start = rest.indexOf('<![CDATA[');
    if (start < 0) return out + decodeXmlText(rest);
    const end = rest.indexOf(']]>', start + 9);
    if (end < 0) throw new MalformedXmlError('CDATA section is not closed');
    out += decodeXmlText(rest.slice(0, start)) + rest.slice(start + 9, end);
    rest = rest.slice(end + 3);
  }
}

function assertNoBareAmpersand(raw: string): void {
  if (raw.replace(REFERENCE, '').includes('&')) throw new MalformedXmlError("'&' must start a character or entity reference");
}

/** XML 1.0 `Char` production. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Escapes character data. `\r` is written as a reference because a reader normalises a raw CR
 * to LF; `>` is escaped so `]]>` can never appear literally.
 */
export function escapeXmlText(value: string): string {
  return value.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/**
 * Escapes an attribute value for double quotes. Tab, CR and LF are written as references
 * because a reader turns literal ones into spaces.
 */
export function escapeXmlAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#xD;',
};

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
};

/** Trims XML whitespace only (space, tab, CR, LF), never other Unicode spaces. */
export function trimXmlWhitespace(value: string): string {
  return value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}

/** True for text made of XML whitespace only (indentation between elements). */
export function isXmlWhitespace(value: string): boolean {
  return /^[ \t\r\n]*$/.test(value);
}
