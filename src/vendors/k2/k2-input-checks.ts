import type { DataFieldValue, XmlFieldValue } from '../../core/commands.js';
import { invalidInput } from '../../core/failures.js';
import { checkNamedList, clip, type Invalid } from '../../core/input-checks.js';
import { checkXmlDocument, checkXmlText } from '../../xml/xml-input-checks.js';

const INT32_MAX = 2_147_483_647;

/** K2 ids are Integers (the documents' `@ID (Integer, required)`). */
export function checkK2Integer(value: string, field: string): Invalid | null {
  if (!/^(0|[1-9][0-9]{0,9})$/.test(value) || Number(value) > INT32_MAX) {
    return invalidInput(field, `must be a K2 integer id (0 to ${INT32_MAX}), got '${clip(value)}'`);
  }
  return null;
}

/** K2 serial numbers: process instance id, underscore, destination id. */
export function checkK2Serial(value: string, field: string): Invalid | null {
  return /^[0-9]+_[0-9]+$/.test(value) ? null : invalidInput(field, 'must be a K2 serial number like "8_25" (process instance id _ destination id)');
}

export function checkDataFields(list: readonly DataFieldValue[] | null | undefined, field: string): Invalid | null {
  return checkNamedList(list, field, (f, at) => checkXmlText(f.name, `${at}.name`) ?? checkXmlText(f.value, `${at}.value`));
}

/** An XML field holds an XML document: it must be well-formed, since K2 would store it as one. */
export function checkXmlFields(list: readonly XmlFieldValue[] | null | undefined, field: string): Invalid | null {
  return checkNamedList(list, field, (f, at) => checkXmlText(f.name, `${at}.name`) ?? checkXmlDocument(f.xml, `${at}.xml`));
}
