import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startCsaEmulator,  type CsaProperty } from '../../src/csa/csa-emulator.js';
import {
  PROPERTY_EXAMPLE_ID,
  TRANSPORT_USERS,
  get,
  instancePath,
  propertyPath,
  propertyXml,
  put,
  seededId,
  snapshot,
  summary,
  xmlError,
} from './csa-test-kit.js';

const emulator = useEmulator(() => startCsaEmulator({ transportUsers: TRANSPORT_USERS }));

/** Instance 0f71: Property Name (STRING), HOSTNAME (STRING), CPU_COUNT (INTEGER), TAGS (LIST). */
const ID = PROPERTY_EXAMPLE_ID;

function merge(...properties: string[]) {
  return put(emulator, propertyPath(ID), `<ProcessInstance><id>${ID}</id>${properties.join('')}</ProcessInstance>`);
}

function propertyNamed(name: string): CsaProperty | undefined {
  return snapshot(emulator, ID).properties.find((p) => p.name === name);
}

function seeded(name: string, valueType: CsaProperty['valueType'], values: string[], orderIndex: number): CsaProperty {
  return {
    name,
    valueType,
    values,
    paramRoleType: 'INPUT',
    confidential: false,
    readOnly: false,
    encrypted: false,
    maxOccurs: 0,
    minOccurs: 0,
    orderIndex,
  };
}

function added(name: string, valueType: CsaProperty['valueType'], values: string[], orderIndex: number): CsaProperty {
  return { ...seeded(name, valueType, values, orderIndex), paramRoleType: 'OUTPUT' };
}

describe('PUT view=propertyinfo&scope=view&property_action_=merge', () => {
  it('replaces a STRING value', async () => {
    const answer = await merge(propertyXml('HOSTNAME', 'STRING', ['web-09.example.com']));

    expect([answer.status, propertyNamed('HOSTNAME')]).toEqual([200, seeded('HOSTNAME', 'STRING', ['web-09.example.com'], 1)]);
  });

  it('replaces an INTEGER value', async () => {
    await merge(propertyXml('CPU_COUNT', 'INTEGER', ['8']));

    expect(propertyNamed('CPU_COUNT')).toEqual(seeded('CPU_COUNT', 'INTEGER', ['8'], 2));
  });

  it('replaces a BOOLEAN value', async () => {
    const id = seededId(4);

    await put(emulator, propertyPath(id), `<ProcessInstance>${propertyXml('BLUE_GREEN', 'BOOLEAN', ['false'])}</ProcessInstance>`);

    expect(snapshot(emulator, id).properties.find((p) => p.name === 'BLUE_GREEN')).toEqual(seeded('BLUE_GREEN', 'BOOLEAN', ['false'], 2));
  });

  it('replaces all the values of a LIST with the ones sent, in order', async () => {
    await merge(propertyXml('TAGS', 'LIST', ['dev', 'us', 'blue']));

    expect(propertyNamed('TAGS')).toEqual(seeded('TAGS', 'LIST', ['dev', 'us', 'blue'], 3));
  });

  it('empties a LIST sent with no values', async () => {
    await merge('<property><name>TAGS</name><valueType><name>LIST</name></valueType><values/></property>');

    expect(propertyNamed('TAGS')).toEqual(seeded('TAGS', 'LIST', [], 3));
  });

  it('empties a LIST sent without a values element', async () => {
    await merge('<property><name>TAGS</name><valueType><name>LIST</name></valueType></property>');

    expect(propertyNamed('TAGS')?.values).toEqual([]);
  });

  it('changes the type of an existing property along with its value', async () => {
    await merge(propertyXml('HOSTNAME', 'LIST', ['a', 'b']));

    expect(propertyNamed('HOSTNAME')).toEqual(seeded('HOSTNAME', 'LIST', ['a', 'b'], 1));
  });

  it.each([
    ['STRING', ['text']],
    ['INTEGER', ['-42']],
    ['BOOLEAN', ['true']],
    ['LIST', ['x', 'y']],
  ] as const)('adds a %s property the instance does not have, as an OUTPUT after the others', async (type, values) => {
    await merge(propertyXml('NEW_ONE', type, [...values]));

    expect(snapshot(emulator, ID).properties.map((p) => p.name)).toEqual(['Property Name', 'HOSTNAME', 'CPU_COUNT', 'TAGS', 'NEW_ONE']);
    expect(propertyNamed('NEW_ONE')).toEqual(added('NEW_ONE', type, [...values], 4));
  });

  it('merges several properties in one request, replacing and adding', async () => {
    await merge(propertyXml('CPU_COUNT', 'INTEGER', ['16']), propertyXml('RESULT', 'STRING', ['ok']), propertyXml('DONE', 'BOOLEAN', ['true']));

    expect(snapshot(emulator, ID).properties).toEqual([
      seeded('Property Name', 'STRING', ['initial'], 0),
      seeded('HOSTNAME', 'STRING', ['web-01.example.com'], 1),
      seeded('CPU_COUNT', 'INTEGER', ['16'], 2),
      seeded('TAGS', 'LIST', ['prod', 'eu'], 3),
      added('RESULT', 'STRING', ['ok'], 4),
      added('DONE', 'BOOLEAN', ['true'], 5),
    ]);
  });

  it('keeps the role and flags of a replaced property', async () => {
    const id = seededId(3);

    await put(emulator, propertyPath(id), `<ProcessInstance>${propertyXml('ADMIN_PASSWORD', 'STRING', ['n3w'])}</ProcessInstance>`);

    expect(snapshot(emulator, id).properties[1]).toEqual({ ...seeded('ADMIN_PASSWORD', 'STRING', ['n3w'], 1), confidential: true });
  });

  it('compares property names exactly, so another case is another property', async () => {
    await merge(propertyXml('hostname', 'STRING', ['lower']));

    expect([propertyNamed('HOSTNAME')?.values, propertyNamed('hostname')?.values]).toEqual([['web-01.example.com'], ['lower']]);
  });

  it('answers the updated VO, the same XML a GET then returns', async () => {
    const answer = await merge(propertyXml('CPU_COUNT', 'INTEGER', ['8']));
    const read = await get(emulator, instancePath(ID));

    expect(summary(answer)).toEqual({ status: 200, contentType: 'application/xml', body: read.body });
  });

  it('merges into a terminal instance too: the state rules are about state only', async () => {
    const id = seededId(5);

    const answer = await put(emulator, propertyPath(id), `<ProcessInstance>${propertyXml('CPU_COUNT', 'INTEGER', ['6'])}</ProcessInstance>`);

    expect([answer.status, snapshot(emulator, id).properties[1]?.values]).toEqual([200, ['6']]);
  });

  it('ignores a state sent in the propertyinfo view', async () => {
    await merge('<processInstanceState><name>COMPLETED</name></processInstanceState>', propertyXml('CPU_COUNT', 'INTEGER', ['8']));

    expect(snapshot(emulator, ID).state).toEqual('ACTIVE');
  });
});

describe('property values that do not fit', () => {
  it.each([
    ['INTEGER', ['abc'], 'property "CPU_COUNT" of type INTEGER needs a 32-bit integer, got "abc"'],
    ['INTEGER', ['1.5'], 'property "CPU_COUNT" of type INTEGER needs a 32-bit integer, got "1.5"'],
    ['INTEGER', [' 2'], 'property "CPU_COUNT" of type INTEGER needs a 32-bit integer, got " 2"'],
    ['INTEGER', ['2147483648'], 'property "CPU_COUNT" of type INTEGER needs a 32-bit integer, got "2147483648"'],
    ['INTEGER', ['-2147483649'], 'property "CPU_COUNT" of type INTEGER needs a 32-bit integer, got "-2147483649"'],
    ['INTEGER', [''], 'property "CPU_COUNT" of type INTEGER needs a 32-bit integer, got ""'],
    ['BOOLEAN', ['TRUE'], 'property "CPU_COUNT" of type BOOLEAN needs true or false, got "TRUE"'],
    ['BOOLEAN', ['yes'], 'property "CPU_COUNT" of type BOOLEAN needs true or false, got "yes"'],
    ['INTEGER', ['1', 'x'], 'property "CPU_COUNT" of type INTEGER needs a 32-bit integer, got "x"'],
  ])('refuses %s %j with 400 InvalidPropertyValue', async (type, values, message) => {
    const before = snapshot(emulator, ID);

    const answer = await merge(propertyXml('CPU_COUNT', type, values));

    expect([summary(answer), snapshot(emulator, ID)]).toEqual([xmlError(400, 'InvalidPropertyValue', message), before]);
  });

  it.each([['-2147483648'], ['2147483647'], ['+7'], ['007']])('accepts the INTEGER %s and stores it as sent', async (value) => {
    const answer = await merge(propertyXml('CPU_COUNT', 'INTEGER', [value]));

    expect([answer.status, propertyNamed('CPU_COUNT')?.values]).toEqual([200, [value]]);
  });

  it('accepts an empty STRING', async () => {
    await merge(propertyXml('HOSTNAME', 'STRING', ['']));

    expect(propertyNamed('HOSTNAME')?.values).toEqual(['']);
  });

  it('changes nothing when one property of several does not fit', async () => {
    const before = snapshot(emulator, ID);

    const answer = await merge(propertyXml('HOSTNAME', 'STRING', ['changed']), propertyXml('CPU_COUNT', 'INTEGER', ['many']));

    expect([answer.status, snapshot(emulator, ID)]).toEqual([400, before]);
  });

  it('refuses a read-only property with 400 PropertyReadOnly, changing nothing', async () => {
    const id = seededId(4);
    const before = snapshot(emulator, id);
    const body = `<ProcessInstance>${propertyXml('REPLICAS', 'INTEGER', ['5'])}${propertyXml('REQUEST_ID', 'STRING', ['REQ-X'])}</ProcessInstance>`;

    const answer = await put(emulator, propertyPath(id), body);

    expect([summary(answer), snapshot(emulator, id)]).toEqual([xmlError(400, 'PropertyReadOnly', 'property "REQUEST_ID" is read-only'), before]);
  });
});

describe('property bodies that are not understood', () => {
  it('refuses a body without any property with 400', async () => {
    const answer = await merge();

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'a propertyinfo update needs at least one property'));
  });

  it('refuses a property without a name with 400', async () => {
    const answer = await merge('<property><valueType><name>STRING</name></valueType><values><value>x</value></values></property>');

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'property/name is required'));
  });

  it('refuses an empty property name with 400', async () => {
    const answer = await merge(propertyXml('', 'STRING', ['x']));

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'property/name must not be empty'));
  });

  it('refuses a property without a valueType with 400', async () => {
    const answer = await merge('<property><name>HOSTNAME</name><values><value>x</value></values></property>');

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'property "HOSTNAME" needs valueType/name'));
  });

  it('refuses a value type CSA does not have with 400', async () => {
    const answer = await merge(propertyXml('HOSTNAME', 'DATE', ['2026-01-01']));

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'valueType/name must be one of STRING, INTEGER, BOOLEAN, LIST, got "DATE"'));
  });

  it('refuses the same property named twice with 400', async () => {
    const answer = await merge(propertyXml('HOSTNAME', 'STRING', ['a']), propertyXml('HOSTNAME', 'STRING', ['b']));

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'property "HOSTNAME" appears more than once'));
  });

  it('refuses markup inside a value with 400', async () => {
    const answer = await merge(propertyXml('HOSTNAME', 'STRING', ['<b>x</b>']));

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'value must hold text, not elements'));
  });
});
