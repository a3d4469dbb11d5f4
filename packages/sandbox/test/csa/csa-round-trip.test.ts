import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startCsaEmulator } from '../../src/csa/csa-emulator.js';
import { AWKWARD_VALUES, asText, type RoundTripCase } from '../shared/round-trip-values.js';
import { PROPERTY_EXAMPLE_ID, TRANSPORT_USERS, get, instanceOf, instancePath, propertyPath, propertyXml, put, snapshot, stateBody, statePath } from './csa-test-kit.js';

const emulator = useEmulator(() => startCsaEmulator({ transportUsers: TRANSPORT_USERS }));

const ID = PROPERTY_EXAMPLE_ID;

/** The shared awkward values, and a CDATA section in a value's place. */
const CASES: readonly RoundTripCase[] = [
  ...AWKWARD_VALUES,
  { name: 'a CDATA section', wire: '<![CDATA[<raw> & ]]]]><![CDATA[>]]>', value: '<raw> & ]]>' },
];

describe('values round-trip exactly', () => {
  for (const { name, wire, value } of CASES) {
    it(`stores and returns a property value with ${name}`, async () => {
      await put(emulator, propertyPath(ID), `<ProcessInstance>${propertyXml('HOSTNAME', 'STRING', [wire])}</ProcessInstance>`);
      const read = await get(emulator, instancePath(ID));

      expect([snapshot(emulator, ID).properties[1]?.values, read.body.includes(`<values><value>${asText(value)}</value></values>`)]).toEqual([
        [value],
        true,
      ]);
    });

    it(`stores and returns a status with ${name}`, async () => {
      await put(emulator, statePath(ID), stateBody(`<status>${wire}</status>`));
      const read = await get(emulator, instancePath(ID));

      expect([snapshot(emulator, ID).status, read.body.includes(`<status>${asText(value)}</status>`)]).toEqual([value, true]);
    });
  }

  it('stores and returns a property name with XML specials and emoji', async () => {
    await put(emulator, propertyPath(ID), `<ProcessInstance>${propertyXml('Größe &amp; &lt;🚀&gt;', 'INTEGER', ['1'])}</ProcessInstance>`);
    const read = await get(emulator, instancePath(ID));

    expect([snapshot(emulator, ID).properties[4]?.name, read.body.includes('<name>Größe &amp; &lt;🚀&gt;</name>')]).toEqual(['Größe & <🚀>', true]);
  });

  it('keeps every value of a LIST apart, awkward ones included', async () => {
    const values = ['a&amp;b', '', '&#13;', 'x]]&gt;'];

    await put(emulator, propertyPath(ID), `<ProcessInstance>${propertyXml('TAGS', 'LIST', values)}</ProcessInstance>`);
    const read = await get(emulator, instancePath(ID));

    expect([snapshot(emulator, ID).properties[3]?.values, read.body.includes('<values><value>a&amp;b</value><value></value><value>&#xD;</value><value>x]]&gt;</value></values>')]).toEqual([
      ['a&b', '', '\r', 'x]]>'],
      true,
    ]);
  });

  it('reads back, through its own parser, exactly what it wrote', async () => {
    const status = 'a & <b> ]]> \r\n 🚀 "q"';
    instanceOf(emulator, ID).status = status;
    const read = await get(emulator, instancePath(ID));
    const written = /<status>([\s\S]*)<\/status>/.exec(read.body)?.[1] ?? '';

    await put(emulator, statePath(ID), stateBody(`<status>${written}</status>`));

    expect(snapshot(emulator, ID).status).toEqual(status);
  });
});
