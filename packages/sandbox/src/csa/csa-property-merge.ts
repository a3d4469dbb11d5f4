import { CsaFailure } from './csa-failure.js';
import { valueProblem } from './csa-property-values.js';
import type { PropertyUpdate } from './csa-request-xml.js';
import type { CsaProcessInstance, CsaProperty } from './csa-state.js';

/**
 * `view=propertyinfo&property_action_=merge`: "merge the properties specified in the request body
 * with the existing process instance properties". Each named property gets the sent type and
 * values; a name the instance lacks is added. All-or-nothing: every property is checked before
 * any changes.
 */
export function mergeProperties(instance: CsaProcessInstance, updates: readonly PropertyUpdate[]): void {
  for (const update of updates) {
    // Guess: a readOnly property cannot be changed through the API (400, as for other bad content).
    if (findProperty(instance, update.name)?.readOnly) {
      throw new CsaFailure(400, 'PropertyReadOnly', `property "${update.name}" is read-only`);
    }
    const problem = valueProblem(update.name, update.valueType, update.values);
    if (problem !== null) throw new CsaFailure(400, 'InvalidPropertyValue', problem);
  }
  for (const update of updates) {
    const existing = findProperty(instance, update.name);
    if (existing) {
      existing.valueType = update.valueType;
      existing.values = [...update.values];
    } else {
      instance.properties.push(newProperty(instance, update));
    }
  }
}

function findProperty(instance: CsaProcessInstance, name: string): CsaProperty | undefined {
  return instance.properties.find((p) => p.name === name);
}

/**
 * Guess: an added property is an OUTPUT (this API "is used to return execution results from OO
 * flows"), neither confidential nor read-only, after the existing ones; occurs 0/0 as in the
 * doc's example VO.
 */
function newProperty(instance: CsaProcessInstance, update: PropertyUpdate): CsaProperty {
  const orderIndex = instance.properties.reduce((max, p) => Math.max(max, p.orderIndex + 1), 0);
  return {
    name: update.name,
    valueType: update.valueType,
    values: [...update.values],
    paramRoleType: 'OUTPUT',
    confidential: false,
    readOnly: false,
    encrypted: false,
    maxOccurs: 0,
    minOccurs: 0,
    orderIndex,
  };
}
