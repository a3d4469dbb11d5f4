import { escapeXmlText as text } from '../shared/xml-text.js';
import type { CsaErrorCode } from './csa-failure.js';
import { organizationId, type CsaPerson } from './csa-people.js';
import type { CsaProcessInstance, CsaProperty } from './csa-state.js';

/**
 * The XML the emulator answers with, written by hand so every byte is deliberate. Every answer
 * starts with the declaration the documented login response shows (Get_userIdentifier.html).
 * The documents print their VOs as `<ProcessInstance>>`, a typo the emulator does not copy.
 */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/**
 * The ProcessInstance VO in the order of the documented GET example (Retrieve_a_process_instance.html).
 * Guesses:
 * - `<id>` comes first: the doc's example is "abbreviated" and omits it, but every PUT body carries one there.
 * - `processReturnCode{name}` and `status` follow processInstanceState and appear only when set;
 *   the docs show them only in PUT bodies.
 * - property `scope` is left out: its values are not documented.
 * - every isCriticalSystemObject and disabled is false, as in the doc's example.
 */
export function processInstanceXml(instance: CsaProcessInstance): string {
  return (
    XML_DECLARATION +
    '<ProcessInstance>' +
    `<id>${text(instance.id)}</id>` +
    instance.properties.map(propertyXml).join('') +
    `<processDefinition><id>${text(instance.processDefinition.id)}</id><name>${text(instance.processDefinition.name)}</name></processDefinition>` +
    `<processInstanceState>${lookupXml(instance.state)}</processInstanceState>` +
    (instance.returnCode !== null ? `<processReturnCode><name>${instance.returnCode}</name></processReturnCode>` : '') +
    (instance.status !== null ? `<status>${text(instance.status)}</status>` : '') +
    (instance.context !== undefined ? `<context>${text(instance.context)}</context>` : '') +
    `<artifactId>${text(instance.artifactId)}</artifactId>` +
    `<timeout>${instance.timeout}</timeout>` +
    `<errorOnTimeout>${instance.errorOnTimeout}</errorOnTimeout>` +
    '</ProcessInstance>'
  );
}

function propertyXml(property: CsaProperty): string {
  return (
    '<property>' +
    '<isCriticalSystemObject>false</isCriticalSystemObject>' +
    `<name>${text(property.name)}</name>` +
    `<paramRoleType>${lookupXml(property.paramRoleType)}</paramRoleType>` +
    `<valueType>${lookupXml(property.valueType)}</valueType>` +
    `<values>${property.values.map((v) => `<value>${text(v)}</value>`).join('')}</values>` +
    `<maxOccurs>${property.maxOccurs}</maxOccurs>` +
    `<minOccurs>${property.minOccurs}</minOccurs>` +
    `<orderIndex>${property.orderIndex}</orderIndex>` +
    `<confidential>${property.confidential}</confidential>` +
    `<encrypted>${property.encrypted}</encrypted>` +
    `<readOnly>${property.readOnly}</readOnly>` +
    '</property>'
  );
}

/** CSA's lookup values (paramRoleType, valueType, processInstanceState) all share this shape. */
function lookupXml(name: string): string {
  return `<isCriticalSystemObject>false</isCriticalSystemObject><name>${name}</name><disabled>false</disabled>`;
}

/** The documented login answer: "the userIdentifier value is the first <id>" (Get_userIdentifier.html). */
export function personXml(person: CsaPerson): string {
  return (
    XML_DECLARATION +
    `<person><id>${text(person.id)}</id><name>${text(person.name)}</name>` +
    `<organization><id>${organizationId(person.organization)}</id><name>${text(person.organization)}</name></organization></person>`
  );
}

/** Guess: the CSA error body is not public (FACTS.md [?]); this shape is the emulator's own. */
export function errorXml(code: CsaErrorCode, message: string): string {
  return `${XML_DECLARATION}<error><code>${code}</code><message>${text(message)}</message></error>`;
}
