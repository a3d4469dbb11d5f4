import type { PropertyValue, SetInstanceStateCommand, UpdateProcessInstanceCommand } from '../../core/commands.js';
import { invalidInput, unsupportedRequest } from '../../core/failures.js';
import { checkNamedList, clip, type Invalid, type Refused } from '../../core/input-checks.js';
import { checkXmlText } from '../../xml/xml-input-checks.js';
import { csaValueType } from './csa-process-instance-xml.js';

/** CSA object ids are 32 hex digits, e.g. 90d9652b362d4ecd01362d4fb7be0f71. */
export function checkCsaId(value: string, field: string): Invalid | null {
  return /^[0-9a-fA-F]{32}$/.test(value) ? null : invalidInput(field, `must be a CSA id (32 hex digits), got '${clip(value)}'`);
}

const K2_ONLY = ['folio', 'priority', 'expectedDuration', 'dataFields', 'xmlFields'] as const;

export function checkCsaPropertyUpdate(command: UpdateProcessInstanceCommand): Invalid | null {
  for (const field of K2_ONLY) {
    if (command[field] != null) return invalidInput(field, 'is a K2 field; a CSA instance takes properties');
  }
  if (!command.properties?.length) return invalidInput('properties', 'name at least one property to merge');
  return checkCsaId(command.instanceId, 'instanceId') ?? checkNamedList(command.properties, 'properties', checkProperty);
}

export function checkCsaStateChange(command: SetInstanceStateCommand): Refused | null {
  if (command.state == null && command.returnCode == null && command.status == null) {
    return invalidInput('state', 'set at least one of state, returnCode and status');
  }
  if (command.state === 'SUSPENDED') return unsupportedRequest('CSA', 'SET_INSTANCE_STATE', 'state: CSA has no SUSPENDED state (its states are INITIALIZED, PENDING, READY, ACTIVE, COMPLETED, ERROR, CANCELED); nothing was sent');
  return checkCsaId(command.instanceId, 'instanceId') ?? checkXmlText(command.status, 'status');
}

/**
 * The value types of CSA properties: Boolean, List, Integer, String (CSA 4.90, custom properties).
 * The document's `<values><value>…</value></values>` is a list and states no count for any type,
 * so any type takes any number of values (sent in order); each must fit its type.
 */
const VALUE_RULES: Record<string, { check: (v: string) => boolean; what: string }> = {
  STRING: { check: () => true, what: 'text' },
  LIST: { check: () => true, what: 'text' },
  INTEGER: { check: (v) => /^[+-]?\d{1,10}$/.test(v) && Number(v) >= -2147483648 && Number(v) <= 2147483647, what: 'a whole number from -2147483648 to 2147483647' },
  BOOLEAN: { check: (v) => v === 'true' || v === 'false', what: 'true or false' },
};

function checkProperty(p: PropertyValue, at: string): Invalid | null {
  const bad = checkXmlText(p.name, `${at}.name`);
  if (bad) return bad;
  const type = csaValueType(p);
  const rule = VALUE_RULES[type];
  if (!rule) return invalidInput(`${at}.type`, `'${clip(p.type ?? '')}' is not a CSA value type (STRING, INTEGER, BOOLEAN, LIST)`);
  for (const [i, v] of p.values.entries()) {
    const badText = checkXmlText(v, `${at}.values[${i}]`);
    if (badText) return badText;
    if (!rule.check(v)) return invalidInput(`${at}.values[${i}]`, `a ${type} value must be ${rule.what}, got '${clip(v)}'`);
  }
  return null;
}
