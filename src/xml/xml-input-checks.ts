import { invalidInput } from '../core/failures.js';
import type { Invalid } from '../core/input-checks.js';
import { checkWellFormedXml } from './safe-xml-parser.js';
import { findNonXmlCharacter } from './xml-writer.js';

/** Text XML 1.0 can carry: everything but a few control characters and lone surrogates. */
export function checkXmlText(value: string | null | undefined, field: string): Invalid | null {
  if (value == null) return null;
  const at = findNonXmlCharacter(value);
  if (at < 0) return null;
  const code = value.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0');
  return invalidInput(field, `character U+${code} at position ${at} cannot be sent in XML`);
}

/** A string that must hold one well-formed XML document ('' is allowed: it clears the field). */
export function checkXmlDocument(value: string, field: string): Invalid | null {
  const bad = checkXmlText(value, field);
  if (bad || value === '') return bad;
  const problem = checkWellFormedXml(value);
  return problem ? invalidInput(field, `is not a well-formed XML document: ${problem}`) : null;
}
