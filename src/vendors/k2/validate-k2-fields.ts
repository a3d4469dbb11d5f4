import type { DataFieldValue, XmlFieldValue } from '../../core/commands.js';
import type { FailureOf } from '../../core/bpm-failure.js';
import { invalidInput } from '../../core/failures.js';
import { checkWellFormedXml } from '../../http/safe-xml-parser.js';
import { findNonXmlCharacter } from '../../http/xml-writer.js';

type Invalid = FailureOf<'validation'>;

const INT32_MAX = 2_147_483_647;

/** K2 ids are Integers (the documents' `@ID (Integer, required)`). */
export function checkK2Integer(value: string, field: string): Invalid | null {
  if (!/^(0|[1-9][0-9]{0,9})$/.test(value) || Number(value) > INT32_MAX) {
    return invalidInput(field, `must be a K2 integer id (0 to ${INT32_MAX}), got '${clip(value)}'`);
  }
  return null;
}

export function checkNonNegativeInt(value: number | null | undefined, field: string): Invalid | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0) return invalidInput(field, 'must be 0 or more');
  return null;
}

/** A string XML 1.0 can carry: everything but a few control characters and lone surrogates. */
export function checkXmlText(value: string | null | undefined, field: string): Invalid | null {
  if (value == null) return null;
  const at = findNonXmlCharacter(value);
  if (at >= 0) {
    const code = value.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0');
    return invalidInput(field, `character U+${code} at position ${at} cannot be sent in XML`);
  }
  return null;
}

export function checkDataFields(list: readonly DataFieldValue[] | null | undefined, field: string): Invalid | null {
  return checkNamedList(list, field, (f, at) => checkXmlText(f.value, `${at}.value`));
}

/** An XML field holds an XML document: it must be well-formed, since K2 would store it as one. */
export function checkXmlFields(list: readonly XmlFieldValue[] | null | undefined, field: string): Invalid | null {
  return checkNamedList(list, field, (f, at) => {
    const bad = checkXmlText(f.xml, `${at}.xml`);
    if (bad) return bad;
    const problem = f.xml === '' ? null : checkWellFormedXml(f.xml);
    return problem ? invalidInput(`${at}.xml`, `is not a well-formed XML document: ${problem}`) : null;
  });
}

function checkNamedList<T extends { name: string }>(
  list: readonly T[] | null | undefined,
  field: string,
  checkItem: (item: T, at: string) => Invalid | null,
): Invalid | null {
  if (!list) return null;
  const seen = new Set<string>();
  for (const [i, item] of list.entries()) {
    const at = `${field}[${i}]`;
    if (item.name.trim() === '') return invalidInput(`${at}.name`, 'must not be empty');
    const bad = checkXmlText(item.name, `${at}.name`) ?? checkItem(item, at);
    if (bad) return bad;
    if (seen.has(item.name)) return invalidInput(`${at}.name`, `'${clip(item.name)}' is named twice`);
    seen.add(item.name);
  }
  return null;
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
