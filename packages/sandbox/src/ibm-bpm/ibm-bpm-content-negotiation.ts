/**
 * What a request's headers say about formats. The API answers JSON by default and documents an
 * XML error body (ibm-bpm-all-variables.txt); requests carry JSON.
 */

export type ResponseFormat = 'json' | 'xml';

const JSON_TYPES = ['application/json'];
const XML_TYPES = ['application/xml', 'text/xml'];

/**
 * The format the Accept header prefers, or undefined when it allows neither JSON nor XML (406).
 * Each media type takes the q of the most specific range matching it (RFC 9110 12.5.1). Guess:
 * a tie goes to JSON, the documented default, so `*\/*` and no Accept at all mean JSON.
 */
export function responseFormat(accept: string | undefined): ResponseFormat | undefined {
  if (accept === undefined || accept.trim() === '') return 'json';
  const ranges = parseAccept(accept);
  const json = Math.max(...JSON_TYPES.map((t) => qualityOf(t, ranges)));
  const xml = Math.max(...XML_TYPES.map((t) => qualityOf(t, ranges)));
  if (json <= 0 && xml <= 0) return undefined;
  return xml > json ? 'xml' : 'json';
}

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(accept: string): MediaRange[] {
  return accept.split(',').flatMap((part) => {
    const [range = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const [type, subtype] = range.split('/');
    if (!type || !subtype) return [];
    const qParam = params.find((p) => /^q\s*=/.test(p));
    const q = qParam === undefined ? 1 : Number(qParam.slice(qParam.indexOf('=') + 1).trim());
    return [{ type, subtype, q: Number.isFinite(q) ? q : 0 }];
  });
}

/** The q of the most specific range that matches `mediaType`; 0 when none does. */
function qualityOf(mediaType: string, ranges: readonly MediaRange[]): number {
  const [type, subtype] = mediaType.split('/');
  let best: { specificity: number; q: number } = { specificity: -1, q: 0 };
  for (const range of ranges) {
    const specificity =
      range.type === type && range.subtype === subtype ? 2 : range.type === type && range.subtype === '*' ? 1 : range.type === '*' && range.subtype === '*' ? 0 : -1;
    if (specificity > best.specificity) best = { specificity, q: range.q };
  }
  return best.q;
}

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

export function isJsonMediaType(mediaType: string): boolean {
  return JSON_TYPES.includes(mediaType);
}

export function isXmlMediaType(mediaType: string): boolean {
  return XML_TYPES.includes(mediaType);
}
