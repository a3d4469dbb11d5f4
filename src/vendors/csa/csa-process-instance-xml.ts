import {
  RETURN_CODES, type InstanceSnapshot, type PropertyValue,
  type ReturnCode, type SetInstanceStateCommand,
} from '../../core/commands.js';
import { z } from 'zod';
import { readWithSchema } from '../../pipeline/read-with-schema.js';
import { createSafeXmlParser, type XmlNode } from '../../xml/safe-xml-parser.js';
import { elementText, xmlElement, xmlElements, xmlTextElement } from '../../xml/xml-schemas.js';
import { writeXml } from '../../xml/xml-writer.js';
import { CSA_PROCESS_STATES, CSA_STATES } from './csa-state-rules.js';

const parse = createSafeXmlParser({ arrays: ['property', 'value'] });

/**
 * The state merge body, as the document's examples: `<ProcessInstance><id/>` then only what the
 * input sets, in the documents' order: processInstanceState, processReturnCode, status.
 */
export function buildCsaStateXml(command: SetInstanceStateCommand): string {
  const root: XmlNode = { id: command.instanceId };
  if (command.state != null) root['processInstanceState'] = { name: command.state };
  if (command.returnCode != null) root['processReturnCode'] = { name: command.returnCode };
  if (command.status != null) root['status'] = command.status;
  return writeXml({ ProcessInstance: root });
}

/** The property merge body: one `<property>` with name, valueType and values per input property. */
export function buildCsaPropertiesXml(instanceId: string, properties: readonly PropertyValue[]): string {
  const root: XmlNode = {
    id: instanceId,
    property: properties.map((p) => ({
      name: p.name,
      valueType: { name: csaValueType(p) },
      values: { value: p.values },
    })),
  };
  return writeXml({ ProcessInstance: root });
}

/** The input's type, upper-cased the way CSA names value types; STRING when not given. */
export function csaValueType(property: PropertyValue): string {
  return (property.type ?? 'STRING').toUpperCase();
}

/** The ProcessInstance VO CSA answers a GET or PUT with, as the fields the gateway reports. */
export interface CsaInstance extends InstanceSnapshot {
  id: string;
  /** The vendor's own state word, kept when it is none of InstanceState's. */
  vendorState: string | null;
  /** The process definition's name, CSA's nearest thing to an instance name. */
  definitionName: string | null;
}

/** Something with a `<name>`: `processInstanceState`, `valueType`, `processDefinition`. */
const named = xmlElement(z.looseObject({ name: xmlTextElement.optional() })).optional();
const CsaInstanceXml = z.looseObject({
  ProcessInstance: xmlElement(z.looseObject({
    id: xmlTextElement.optional(),
    processInstanceState: named,
    processReturnCode: named,
    status: xmlTextElement.optional(),
    processDefinition: named,
    property: xmlElements(z.looseObject({
      name: xmlTextElement.optional(),
      valueType: named,
      values: xmlElement(z.looseObject({ value: xmlElements(xmlTextElement).optional() })).optional(),
    })).optional(),
  })),
});

export function parseCsaInstance(body: string): CsaInstance | Error {
  const doc = parse(body);
  const answer = doc instanceof Error ? doc : readWithSchema(CsaInstanceXml, doc);
  if (answer instanceof Error) return answer;
  const vo = answer.ProcessInstance;
  const vendorState = nameOf(vo.processInstanceState);
  const state = oneOf(CSA_STATES, vendorState);
  return {
    id: elementText(vo.id).trim(),
    vendorState,
    definitionName: nameOf(vo.processDefinition),
    state,
    // No state in the answer is null (not said); a word CSA's list lacks is UNKNOWN.
    processState: state ? CSA_PROCESS_STATES[state] : vendorState === null ? null : 'UNKNOWN',
    returnCode: oneOf(RETURN_CODES, nameOf(vo.processReturnCode)) as ReturnCode | null,
    status: vo.status === undefined ? null : elementText(vo.status),
    properties: (vo.property ?? []).map((p) => ({
      name: elementText(p.name),
      type: nameOf(p.valueType) ?? 'STRING',
      values: (p.values?.value ?? []).map(elementText),
    })),
  };
}

function nameOf(node: z.infer<typeof named>): string | null {
  const name = elementText(node?.name).trim();
  return name === '' ? null : name;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** What a CSA answer says of the instance after a change. */
export function snapshotOf({ state, processState, vendorState, returnCode, status, properties }: CsaInstance): InstanceSnapshot {
  return { state, processState, vendorState, returnCode, status, properties };
}
