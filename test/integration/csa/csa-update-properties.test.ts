import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  MigrateInstancesDocument, UpdateAllVariablesDocument, UpdateProcessInstanceDocument, UpdateTaskDocument, type PropertyInput,
} from '../../__generated__/graphql.js';
import { CSA_ADMIN, startStack, type Stack } from '../../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => stack.csa.reset());

const ID = '90d9652b3752ad4f013752ae38cb0004';
const merge = (properties: PropertyInput[], extra: Record<string, unknown> = {}) =>
  stack.gql(UpdateProcessInstanceDocument, { input: { backend: 'csa', instanceId: ID, properties, ...extra } });
const stored = (name: string) => stack.csa.state.instances.get(ID)!.properties.find((p) => p.name === name);
const HOSTILE = `<tag a="1"> & 'x' "y" ]]> \r\n\t — Ünïcødé 😀`;

describe('updateProcessInstance (property merge) on CSA', () => {
  it('merges properties: replaces one, adds others, with the documented PUT, and answers the updated instance', async () => {
    const answer = await merge([
      { name: 'REPLICAS', type: 'INTEGER', values: ['5'] },
      { name: 'OWNER', values: ['ops@acme.com'] },
    ]);
    expect(answer.data?.updateProcessInstance).toEqual({
      __typename: 'UpdateProcessInstanceSuccess', backend: 'csa', vendor: 'CSA', instanceId: ID, confirmed: true, dataFields: null,
      state: 'RUNNING', vendorState: 'ACTIVE', returnCode: 'RUNNING', status: 'Deploying 2 of 3 replicas',
      properties: [
        { name: 'REQUEST_ID', type: 'STRING', values: ['REQ-2026-0004'] },
        { name: 'REPLICAS', type: 'INTEGER', values: ['5'] },
        { name: 'BLUE_GREEN', type: 'BOOLEAN', values: ['true'] },
        { name: 'ENVIRONMENTS', type: 'LIST', values: ['staging', 'prod'] },
        { name: 'OWNER', type: 'STRING', values: ['ops@acme.com'] },
      ],
    });
    expect(stack.csa.received).toHaveLength(1);
    expect(stack.csa.received[0]).toMatchObject({
      method: 'PUT',
      path: `/csa/rest/processinstances/${ID}?userIdentifier=${CSA_ADMIN}&view=propertyinfo&scope=view&property_action_=merge`,
      body: `<ProcessInstance><id>${ID}</id>` +
        '<property><name>REPLICAS</name><valueType><name>INTEGER</name></valueType><values><value>5</value></values></property>' +
        '<property><name>OWNER</name><valueType><name>STRING</name></valueType><values><value>ops@acme.com</value></values></property>' +
        '</ProcessInstance>',
    });
  });

  it.each([
    ['STRING', ['plain']],
    ['INTEGER', ['-2147483648']],
    ['BOOLEAN', ['false']],
    ['LIST', ['a', 'b', 'c']],
    ['LIST', []],
  ])('stores a %s property %j', async (type, values) => {
    const answer = await merge([{ name: 'NEW_PROP', type, values }]);
    expect(answer.data?.updateProcessInstance.__typename).toBe('UpdateProcessInstanceSuccess');
    expect(stored('NEW_PROP')).toMatchObject({ valueType: type, values });
  });

  it('round-trips XML special characters, CR/LF/TAB and non-ASCII exactly in values and names', async () => {
    const answer = await merge([{ name: 'NOTE & <x>', values: [HOSTILE] }, { name: 'TAGS', type: 'LIST', values: [HOSTILE, 'true'] }]);
    const props = (answer.data?.updateProcessInstance as { properties: { name: string; values: string[] }[] }).properties;
    expect(props.find((p) => p.name === 'NOTE & <x>')?.values).toEqual([HOSTILE]);
    expect(stored('NOTE & <x>')?.values).toEqual([HOSTILE]);
    expect(stored('TAGS')?.values).toEqual([HOSTILE, 'true']);
  });

  it.each<[string, PropertyInput[], Record<string, unknown>, string]>([
    ['no properties', [], {}, 'properties'],
    ['a K2 folio on a CSA backend', [{ name: 'A', values: ['1'] }], { folio: 'x' }, 'folio'],
    ['K2 data fields on a CSA backend', [{ name: 'A', values: ['1'] }], { dataFields: [{ name: 'a', value: 'b' }] }, 'dataFields'],
    ['an id that is not a CSA id', [{ name: 'A', values: ['1'] }], { instanceId: '42' }, 'instanceId'],
    ['an unknown value type', [{ name: 'A', type: 'FLOAT', values: ['1.5'] }], {}, 'properties[0].type'],
    ['an INTEGER that is not one', [{ name: 'A', type: 'INTEGER', values: ['1.5'] }], {}, 'properties[0].values[0]'],
    ['an INTEGER beyond int32', [{ name: 'A', type: 'INTEGER', values: ['2147483648'] }], {}, 'properties[0].values[0]'],
    ['a BOOLEAN that is not true or false', [{ name: 'A', type: 'BOOLEAN', values: ['yes'] }], {}, 'properties[0].values[0]'],
    ['a property named twice', [{ name: 'A', values: ['1'] }, { name: 'A', values: ['2'] }], {}, 'properties[1].name'],
    ['a blank name', [{ name: ' ', values: ['1'] }], {}, 'properties[0].name'],
    ['a value XML cannot carry', [{ name: 'A', values: ['nul\u0000'] }], {}, 'properties[0].values[0]'],
  ])('refuses %s with a ValidationError naming the field, and sends nothing', async (_title, properties, extra, field) => {
    const answer = await merge(properties, extra);
    expect(answer.data?.updateProcessInstance).toMatchObject({ __typename: 'ValidationError', field });
    expect(stack.csa.received).toHaveLength(0);
  });

  it('sends any number of values for any type, in order, as the document\'s <values> list allows', async () => {
    const answer = await merge([{ name: 'OWNER', values: ['ops@acme.com', 'dev@acme.com', 'sec@acme.com'] }, { name: 'REPLICAS', type: 'INTEGER', values: ['3', '5'] }]);
    expect(answer.data?.updateProcessInstance).toMatchObject({ __typename: 'UpdateProcessInstanceSuccess' });
    expect(stack.csa.received[0]!.body).toContain('<values><value>ops@acme.com</value><value>dev@acme.com</value><value>sec@acme.com</value></values>');
    expect(stored('OWNER')?.values).toEqual(['ops@acme.com', 'dev@acme.com', 'sec@acme.com']);
    expect(stored('REPLICAS')?.values).toEqual(['3', '5']);
  });

  it('answers a read-only property refused by CSA with VendorRejectedError', async () => {
    const answer = await merge([{ name: 'REQUEST_ID', values: ['REQ-X'] }]);
    expect(answer.data?.updateProcessInstance).toMatchObject({ __typename: 'VendorRejectedError', errorBackend: 'csa', vendorStatus: 400 });
    expect(stored('REQUEST_ID')?.values).toEqual(['REQ-2026-0004']);
  });
});

describe('what CSA does not offer', () => {
  it('answers updateTask, updateAllVariables and migrateInstances with UnsupportedOperationError, sending nothing', async () => {
    const task = await stack.gql(UpdateTaskDocument, { input: { backend: 'csa', serialNumber: '1_1', action: { kind: 'WAKE' } } });
    const vars = await stack.gql(UpdateAllVariablesDocument, { input: { backend: 'csa', instanceId: ID, variables: {} } });
    const migrate = await stack.gql(MigrateInstancesDocument, { input: { backend: 'csa', namespace: 'n', processCode: 'p', allActive: true } });
    expect([task.data?.updateTask, vars.data?.updateAllVariables, migrate.data?.migrateInstances].map((r) => r && 'operation' in r ? [r.__typename, r.operation, r.vendor] : r))
      .toEqual([
        ['UnsupportedOperationError', 'UPDATE_TASK', 'CSA'],
        ['UnsupportedOperationError', 'UPDATE_ALL_VARIABLES', 'CSA'],
        ['UnsupportedOperationError', 'MIGRATE_INSTANCES', 'CSA'],
      ]);
    expect(stack.csa.received).toHaveLength(0);
  });
});
