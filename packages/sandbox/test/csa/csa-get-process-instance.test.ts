import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startCsaEmulator } from '../../src/csa/csa-emulator.js';
import { STATE_EXAMPLE_ID, TRANSPORT_USERS, XML_DECLARATION, get, instancePath, seededId, summary, xmlError } from './csa-test-kit.js';

const emulator = useEmulator(() => startCsaEmulator({ transportUsers: TRANSPORT_USERS }));

/** A property as the VO writes it. */
function property(name: string, role: string, type: string, values: string[], orderIndex: number, flags = 'false</confidential><encrypted>false</encrypted><readOnly>false'): string {
  return (
    '<property><isCriticalSystemObject>false</isCriticalSystemObject>' +
    `<name>${name}</name>` +
    `<paramRoleType><isCriticalSystemObject>false</isCriticalSystemObject><name>${role}</name><disabled>false</disabled></paramRoleType>` +
    `<valueType><isCriticalSystemObject>false</isCriticalSystemObject><name>${type}</name><disabled>false</disabled></valueType>` +
    `<values>${values.map((v) => `<value>${v}</value>`).join('')}</values>` +
    `<maxOccurs>0</maxOccurs><minOccurs>0</minOccurs><orderIndex>${orderIndex}</orderIndex>` +
    `<confidential>${flags}</readOnly></property>`
  );
}

describe('GET /processinstances/{id}', () => {
  it('answers the ProcessInstance VO in the documented element order, after the XML declaration', async () => {
    const answer = await get(emulator, instancePath(STATE_EXAMPLE_ID));

    expect(summary(answer)).toEqual({
      status: 200,
      contentType: 'application/xml',
      body:
        XML_DECLARATION +
        '<ProcessInstance>' +
        '<id>90d9652b3752ad4f013752ae38cb0065</id>' +
        property('Unit Test Process Instance Property', 'INPUT', 'STRING', ['Unit Test Process Instance Property Value'], 0) +
        property('BACKUP_ENABLED', 'INPUT', 'BOOLEAN', ['true'], 1) +
        property('MEMORY_MB', 'OUTPUT', 'INTEGER', ['4096'], 2) +
        '<processDefinition><id>90d9652b35f41cbc0135f41cf1310004</id><name>Unit Test Process Definition 1</name></processDefinition>' +
        '<processInstanceState><isCriticalSystemObject>false</isCriticalSystemObject><name>ACTIVE</name><disabled>false</disabled></processInstanceState>' +
        '<context>Context for Unit Test Process Instance</context>' +
        '<artifactId>ID of the artifact executing the action</artifactId>' +
        '<timeout>3600</timeout>' +
        '<errorOnTimeout>false</errorOnTimeout>' +
        '</ProcessInstance>',
    });
  });

  it('adds processReturnCode and status after the state when they are set, and leaves out an absent context', async () => {
    const answer = await get(emulator, instancePath(seededId(5)));

    expect(answer.body).toEqual(
      XML_DECLARATION +
        '<ProcessInstance>' +
        '<id>90d9652b3752ad4f013752ae38cb0005</id>' +
        property('HOSTNAME', 'INPUT', 'STRING', ['web-02.example.com'], 0) +
        property('CPU_COUNT', 'INPUT', 'INTEGER', ['4'], 1) +
        property('IP_ADDRESSES', 'OUTPUT', 'LIST', ['10.0.0.5', '10.0.0.6'], 2) +
        '<processDefinition><id>90d9652b35f41cbc0135f41cf1310005</id><name>Provision Web Server</name></processDefinition>' +
        '<processInstanceState><isCriticalSystemObject>false</isCriticalSystemObject><name>COMPLETED</name><disabled>false</disabled></processInstanceState>' +
        '<processReturnCode><name>SUCCESS</name></processReturnCode>' +
        '<status>Done</status>' +
        '<artifactId>artifact-0005</artifactId>' +
        '<timeout>3600</timeout>' +
        '<errorOnTimeout>false</errorOnTimeout>' +
        '</ProcessInstance>',
    );
  });

  it('writes the confidential and readOnly flags of a property as they are', async () => {
    const [confidential, readOnly] = await Promise.all([get(emulator, instancePath(seededId(3))), get(emulator, instancePath(seededId(4)))]);

    expect([
      confidential.body.includes(property('ADMIN_PASSWORD', 'INPUT', 'STRING', ['s3cret!'], 1, 'true</confidential><encrypted>false</encrypted><readOnly>false')),
      readOnly.body.includes(property('REQUEST_ID', 'INPUT', 'STRING', ['REQ-2026-0004'], 0, 'false</confidential><encrypted>false</encrypted><readOnly>true')),
    ]).toEqual([true, true]);
  });

  it('writes an empty LIST as an empty values element', async () => {
    const instance = emulator.state.instances.get(seededId(2));
    const zones = instance?.properties.find((p) => p.name === 'ZONES');
    if (zones) zones.values = [];

    const answer = await get(emulator, instancePath(seededId(2)));

    expect(answer.body.includes(property('ZONES', 'INPUT', 'LIST', [], 2))).toEqual(true);
  });

  it('answers 404 ProcessInstanceNotFound for an unknown id', async () => {
    const answer = await get(emulator, instancePath('90d9652b3752ad4f013752ae38cbffff'));

    expect(summary(answer)).toEqual(xmlError(404, 'ProcessInstanceNotFound', 'process instance 90d9652b3752ad4f013752ae38cbffff was not found'));
  });

  it('answers 404 for an id that is not hex at all, percent-decoded and escaped in the message', async () => {
    const answer = await get(emulator, instancePath('a%3Cb%26c'));

    expect(summary(answer)).toEqual(xmlError(404, 'ProcessInstanceNotFound', 'process instance a&lt;b&amp;c was not found'));
  });

  it('matches ids exactly, so an upper-case id is unknown', async () => {
    const answer = await get(emulator, instancePath(STATE_EXAMPLE_ID.toUpperCase()));

    expect(answer.status).toEqual(404);
  });

  it('answers 404 EndpointNotFound for a trailing slash after the id', async () => {
    const answer = await get(emulator, `/processinstances/${STATE_EXAMPLE_ID}/?userIdentifier=90d96588360da0c701360da0f1d5f483`);

    expect(summary(answer)).toEqual(
      xmlError(
        404,
        'EndpointNotFound',
        `no CSA endpoint at /csa/rest/processinstances/${STATE_EXAMPLE_ID}/?userIdentifier=90d96588360da0c701360da0f1d5f483`,
      ),
    );
  });
});
