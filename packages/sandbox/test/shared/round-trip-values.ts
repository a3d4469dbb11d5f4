/** Shared by the emulators' round-trip tests: what every value must survive, whatever element carries it. */

export interface RoundTripCase {
  name: string;
  /** As sent on the wire. */
  wire: string;
  /** As it must be stored. */
  value: string;
}

/** Values that break naive XML handling, as sent on the wire and as they must be stored. */
export const AWKWARD_VALUES: readonly RoundTripCase[] = [
  { name: 'XML specials', wire: `Fish &amp; Chips &lt;b&gt; "quoted" 'single'`, value: `Fish & Chips <b> "quoted" 'single'` },
  { name: 'a CDATA terminator', wire: 'a]]&gt;b', value: 'a]]>b' },
  { name: 'non-ASCII and emoji', wire: 'Zoë – Straße – 日本 – 🚀👍🏽', value: 'Zoë – Straße – 日本 – 🚀👍🏽' },
  { name: 'CR sent as &#13;', wire: 'line1&#13;\nline2', value: 'line1\r\nline2' },
  { name: 'CR sent as &#xD;', wire: 'a&#xD;b&#xd;c', value: 'a\rb\rc' },
  { name: 'a raw CRLF, which XML normalises to LF', wire: 'a\r\nb', value: 'a\nb' },
  { name: 'leading and trailing whitespace', wire: '  padded\t', value: '  padded\t' },
  { name: 'character references', wire: '&#x1F600;&#233;&#60;', value: '😀é<' },
];

/** How the emulators write a value back as text: & < > escaped, CR as &#xD;. */
export function asText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}
