import { MalformedXmlError, trimXmlWhitespace } from '../shared/xml-text.js';
import { invalidRequest } from './csa-failure.js';
import {
  CSA_INSTANCE_STATES,
  CSA_RETURN_CODES,
  CSA_VALUE_TYPES,
  type CsaInstanceState,
  type CsaReturnCode,
  type CsaValueType,
} from './csa-state.js';
import { parseXmlTree, type XmlElement } from './csa-xml-tree.js';

/**
 * Reads the two documented PUT bodies (csa-update-process-instance.txt, Examples) into plain
 * values.
 *
 * The documents' bodies all begin `<ProcessInstance>>`: the second `>` is character data inside
 * the root, which is well-formed XML (only `<` and `&` must be escaped in text). The root holds
 * no text of its own, so its text is ignored, the way JAXB ignores text in an element that has
 * none, and the examples are accepted as published.
 *
 * Guess: elements the emulator does not read are ignored, as JAXB does by default, so a client
 * may send back a whole VO it has read; parts outside the request's view are ignored too
 * (a property in a processinstancestate update changes nothing).
 */

export interface StateUpdate {
  /** The body's `<id>`, when present. */
  id: string | undefined;
  state: CsaInstanceState | undefined;
  returnCode: CsaReturnCode | undefined;
  status: string | undefined;
}

export interface PropertyUpdate {
  name: string;
  valueType: CsaValueType;
  values: string[];
}

export interface PropertiesUpdate {
  id: string | undefined;
  properties: PropertyUpdate[];
}

/** `view=processinstancestate`: processInstanceState/name, processReturnCode/name, status; at least one. */
export function parseStateUpdate(body: string): StateUpdate {
  const root = parseProcessInstance(body);
  const stateElement = only(root, 'processInstanceState');
  const returnCodeElement = only(root, 'processReturnCode');
  const statusElement = only(root, 'status');
  if (!stateElement && !returnCodeElement && !statusElement) {
    throw invalidRequest('a processinstancestate update needs processInstanceState, processReturnCode or status');
  }
  return {
    id: bodyId(root),
    state: stateElement ? enumName(stateElement, CSA_INSTANCE_STATES) : undefined,
    returnCode: returnCodeElement ? enumName(returnCodeElement, CSA_RETURN_CODES) : undefined,
    // Status is free text, kept exactly as sent (whitespace included). Guess: <status/> sets "".
    status: statusElement ? leafText(statusElement, 'status') : undefined,
  };
}

/** `view=propertyinfo`: one `<property><name/><valueType><name/></valueType><values><value/>…</values></property>` each. */
export function parsePropertiesUpdate(body: string): PropertiesUpdate {
  const root = parseProcessInstance(body);
  const elements = root.children.filter((c) => c.name === 'property');
  // Guess: a merge of nothing is a client mistake worth reporting.
  if (elements.length === 0) throw invalidRequest('a propertyinfo update needs at least one property');
  const properties = elements.map(propertyUpdate);
  const seen = new Set<string>();
  for (const { name } of properties) {
    // Guess: the same name twice in one request is ambiguous, so it is refused.
    if (seen.has(name)) throw invalidRequest(`property "${name}" appears more than once`);
    seen.add(name);
  }
  return { id: bodyId(root), properties };
}

function propertyUpdate(element: XmlElement): PropertyUpdate {
  const nameElement = only(element, 'name');
  if (!nameElement) throw invalidRequest('property/name is required');
  // Guess: property names compare exactly as sent, like values; only an empty one is refused.
  const name = leafText(nameElement, 'property/name');
  if (name === '') throw invalidRequest('property/name must not be empty');
  const valueTypeElement = only(element, 'valueType');
  // Guess: the merge replaces type and values together, so the type is required (the doc's example sends it).
  if (!valueTypeElement) throw invalidRequest(`property "${name}" needs valueType/name`);
  const valuesElement = only(element, 'values');
  return {
    name,
    valueType: enumName(valueTypeElement, CSA_VALUE_TYPES),
    // No <values> element means no values: a valid empty LIST, a refusal for the other types.
    values: valuesElement ? valuesElement.children.filter((c) => c.name === 'value').map((v) => leafText(v, 'value')) : [],
  };
}

function parseProcessInstance(body: string): XmlElement {
  let root: XmlElement;
  try {
    root = parseXmlTree(body);
  } catch (error) {
    if (error instanceof MalformedXmlError) throw invalidRequest(`the request is not well-formed XML: ${error.message}`);
    throw error;
  }
  if (root.name !== 'ProcessInstance') throw invalidRequest(`the root element must be ProcessInstance, not ${root.name}`);
  return root;
}

/** Guess: surrounding whitespace is not part of an id (ids are 32 hex characters). */
function bodyId(root: XmlElement): string | undefined {
  const element = only(root, 'id');
  return element ? trimXmlWhitespace(leafText(element, 'id')) : undefined;
}

/**
 * `<x><name>VALUE</name>…</x>` where VALUE is one of `allowed`. Other children (the VO's
 * isCriticalSystemObject, disabled) are ignored. Guess: names are case-sensitive, surrounding
 * whitespace ignored.
 */
function enumName<T extends string>(element: XmlElement, allowed: readonly T[]): T {
  const nameElement = only(element, 'name');
  if (!nameElement) throw invalidRequest(`${element.name}/name is required`);
  const value = trimXmlWhitespace(leafText(nameElement, `${element.name}/name`));
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw invalidRequest(`${element.name}/name must be one of ${allowed.join(', ')}, got "${value}"`);
  return found;
}

/** The single child named `name`, if any. Guess: two of them are ambiguous and refused. */
function only(parent: XmlElement, name: string): XmlElement | undefined {
  const matches = parent.children.filter((c) => c.name === name);
  if (matches.length > 1) throw invalidRequest(`${parent.name} holds more than one ${name}`);
  return matches[0];
}

/** A text-only element's value. Guess: markup inside a value is refused rather than flattened. */
function leafText(element: XmlElement, path: string): string {
  if (element.children.length > 0) throw invalidRequest(`${path} must hold text, not elements`);
  return element.text;
}
