import type { CsaPerson } from './csa-people.js';
import type { CsaParamRole, CsaProcessInstance, CsaProperty, CsaValueType, CsaSeed } from './csa-state.js';

export { describeCsaSeed } from './csa-seed-summary.js';

/**
 * The demo world. Tests and docs rely on these exact values. The ids the documents' examples use
 * are here, so those examples run as published:
 * - people 90d96588360da0c701360da0f1d5f483 and 90d9652b362d4ecd01362d4ef51e00a5 (userIdentifiers of the PUT examples);
 * - instance 90d9652b362d4ecd01362d4fb7be0f71 (the property example, with its "Property Name");
 * - instance 90d9652b3752ad4f013752ae38cb0065 (the state and return-code examples), with the
 *   process definition, context, artifactId and timeout of the documented GET example.
 * Then one instance per state, 90d9652b3752ad4f013752ae38cb000N, N = 1..7.
 *
 * Guess: everything else (names, definitions, properties, the non-admin "consumer") is made up.
 */
export function demoCsaSeed(): CsaSeed {
  return {
    people: [
      person('90d96588360da0c701360da0f1d5f483', 'admin', true),
      person('90d9652b362d4ecd01362d4ef51e00a5', 'ooInboundUser', true),
      person('90d96588360da0c701360da0f1d5a001', 'consumer', false),
    ],
    instances: [
      instance('90d9652b362d4ecd01362d4fb7be0f71', 'ACTIVE', definition('0f71', 'Provision Web Server'), [
        prop('Property Name', 'STRING', ['initial']),
        prop('HOSTNAME', 'STRING', ['web-01.example.com']),
        prop('CPU_COUNT', 'INTEGER', ['2']),
        prop('TAGS', 'LIST', ['prod', 'eu']),
      ]),
      {
        ...instance('90d9652b3752ad4f013752ae38cb0065', 'ACTIVE', { id: '90d9652b35f41cbc0135f41cf1310004', name: 'Unit Test Process Definition 1' }, [
          prop('Unit Test Process Instance Property', 'STRING', ['Unit Test Process Instance Property Value']),
          prop('BACKUP_ENABLED', 'BOOLEAN', ['true']),
          prop('MEMORY_MB', 'INTEGER', ['4096'], 'OUTPUT'),
        ]),
        context: 'Context for Unit Test Process Instance',
        artifactId: 'ID of the artifact executing the action',
      },
      instance(stateId(1), 'INITIALIZED', definition('0001', 'Provision Database'), [
        prop('DB_NAME', 'STRING', ['orders']),
        prop('DISK_GB', 'INTEGER', ['100']),
      ]),
      instance(stateId(2), 'PENDING', definition('0002', 'Resize Volume'), [
        prop('VOLUME_ID', 'STRING', ['vol-0a1b2c']),
        prop('NEW_SIZE_GB', 'INTEGER', ['250']),
        prop('ZONES', 'LIST', ['eu-west-1a']),
      ]),
      instance(stateId(3), 'READY', definition('0003', 'Create Account'), [
        prop('ACCOUNT_NAME', 'STRING', ['svc-reporting']),
        { ...prop('ADMIN_PASSWORD', 'STRING', ['s3cret!']), confidential: true },
        prop('MFA_REQUIRED', 'BOOLEAN', ['false']),
      ]),
      {
        ...instance(stateId(4), 'ACTIVE', definition('0004', 'Deploy Application'), [
          { ...prop('REQUEST_ID', 'STRING', ['REQ-2026-0004']), readOnly: true },
          prop('REPLICAS', 'INTEGER', ['3']),
          prop('BLUE_GREEN', 'BOOLEAN', ['true']),
          prop('ENVIRONMENTS', 'LIST', ['staging', 'prod']),
        ]),
        returnCode: 'RUNNING',
        status: 'Deploying 2 of 3 replicas',
      },
      {
        ...instance(stateId(5), 'COMPLETED', definition('0005', 'Provision Web Server'), [
          prop('HOSTNAME', 'STRING', ['web-02.example.com']),
          prop('CPU_COUNT', 'INTEGER', ['4']),
          prop('IP_ADDRESSES', 'LIST', ['10.0.0.5', '10.0.0.6'], 'OUTPUT'),
        ]),
        returnCode: 'SUCCESS',
        status: 'Done',
      },
      {
        ...instance(stateId(6), 'ERROR', definition('0006', 'Restore Backup'), [
          prop('BACKUP_ID', 'STRING', ['bk-20260101']),
          prop('VERIFY', 'BOOLEAN', ['true']),
          prop('ERROR_CODE', 'INTEGER', ['-17'], 'OUTPUT'),
        ]),
        returnCode: 'FAILURE',
        status: 'Backup bk-20260101 is unreadable',
      },
      {
        ...instance(stateId(7), 'CANCELED', definition('0007', 'Decommission Server'), [
          prop('HOSTNAME', 'STRING', ['old-01.example.com']),
          prop('KEEP_DISKS', 'BOOLEAN', ['false']),
        ]),
        status: 'Canceled by the subscriber',
      },
    ],
  };
}

function stateId(n: number): string {
  return `90d9652b3752ad4f013752ae38cb000${n}`;
}

function person(id: string, name: string, admin: boolean): CsaPerson {
  return { id, organization: 'CSA_CONSUMER', name, admin };
}

function definition(suffix: string, name: string): CsaProcessInstance['processDefinition'] {
  return { id: `90d9652b35f41cbc0135f41cf131${suffix}`, name };
}

/** Defaults as in the documented VO: timeout 3600, errorOnTimeout false, no return code or status yet. */
function instance(
  id: string,
  state: CsaProcessInstance['state'],
  processDefinition: CsaProcessInstance['processDefinition'],
  properties: CsaProperty[],
): CsaProcessInstance {
  return {
    id,
    processDefinition,
    state,
    returnCode: null,
    status: null,
    properties: properties.map((p, orderIndex) => ({ ...p, orderIndex })),
    artifactId: `artifact-${id.slice(-4)}`,
    timeout: 3600,
    errorOnTimeout: false,
  };
}

function prop(name: string, valueType: CsaValueType, values: string[], paramRoleType: CsaParamRole = 'INPUT'): CsaProperty {
  return {
    name,
    valueType,
    values,
    paramRoleType,
    confidential: false,
    readOnly: false,
    encrypted: false,
    maxOccurs: 0,
    minOccurs: 0,
    orderIndex: 0,
  };
}
