import {
  INSTANCE_STATES, RETURN_CODES, type InstanceSnapshot, type PropertyValue,
  type ReturnCode, type SetInstanceStateCommand,
} from '../../core/commands.js';
import { createSafeXmlParser, textOf, type XmlNode } from '../../http/safe-xml-parser.js';
import { createXmlBuilder } from '../../http/xml-writer.js';

const builder = createXmlBuilder();
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
  return builder.build({ ProcessInstance: root }) as string;
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
  return builder.build({ ProcessInstance: root }) as string;
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

export function parseCsaInstance(body: string): CsaInstance | Error {
  const doc = parse(body);
  if (doc instanceof Error) return doc;
  const root = doc['ProcessInstance'];
  if (!root || typeof root !== 'object') return new Error('the answer is not a ProcessInstance');
  const vo = root as XmlNode;
  const vendorState = nameOf(vo['processInstanceState']);
  const returnCode = nameOf(vo['processReturnCode']);
  const status = vo['status'];
  const definition = vo['processDefinition'];
  const definitionName = definition && typeof definition === 'object' ? textOf((definition as XmlNode)['name']).trim() : '';
  return {
    id: textOf(vo['id']).trim(),
    vendorState,
    definitionName: definitionName === '' ? null : definitionName,
    state: oneOf(INSTANCE_STATES, vendorState),
    returnCode: oneOf(RETURN_CODES, returnCode) as ReturnCode | null,
    status: status === undefined ? null : textOf(status),
    properties: ((vo['property'] as XmlNode[] | undefined) ?? []).map((p) => ({
      name: textOf(p['name']),
      type: nameOf(p['valueType']) ?? 'STRING',
      values: (((p['values'] as XmlNode | undefined)?.['value'] as unknown[] | undefined) ?? []).map(textOf),
    })),
  };
}

function nameOf(node: unknown): string | null {
  if (!node || typeof node !== 'object') return null;
  const name = textOf((node as XmlNode)['name']).trim();
  return name === '' ? null : name;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

