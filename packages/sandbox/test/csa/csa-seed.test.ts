import { describe, expect, it } from 'vitest';
import { demoCsaSeed, describeCsaSeed } from '../../src/csa/csa-seed.js';

describe('the demo seed', () => {
  it('describes itself in one line per instance and person for the start-up banner', () => {
    expect(describeCsaSeed(demoCsaSeed())).toEqual([
      'instance 90d9652b362d4ecd01362d4fb7be0f71: Provision Web Server, ACTIVE; properties Property Name (STRING), HOSTNAME (STRING), CPU_COUNT (INTEGER), TAGS (LIST)',
      'instance 90d9652b3752ad4f013752ae38cb0065: Unit Test Process Definition 1, ACTIVE; properties Unit Test Process Instance Property (STRING), BACKUP_ENABLED (BOOLEAN), MEMORY_MB (INTEGER)',
      'instance 90d9652b3752ad4f013752ae38cb0001: Provision Database, INITIALIZED; properties DB_NAME (STRING), DISK_GB (INTEGER)',
      'instance 90d9652b3752ad4f013752ae38cb0002: Resize Volume, PENDING; properties VOLUME_ID (STRING), NEW_SIZE_GB (INTEGER), ZONES (LIST)',
      'instance 90d9652b3752ad4f013752ae38cb0003: Create Account, READY; properties ACCOUNT_NAME (STRING), ADMIN_PASSWORD (STRING), MFA_REQUIRED (BOOLEAN)',
      'instance 90d9652b3752ad4f013752ae38cb0004: Deploy Application, ACTIVE, return code RUNNING, status "Deploying 2 of 3 replicas"; properties REQUEST_ID (STRING, read-only), REPLICAS (INTEGER), BLUE_GREEN (BOOLEAN), ENVIRONMENTS (LIST)',
      'instance 90d9652b3752ad4f013752ae38cb0005: Provision Web Server, COMPLETED, return code SUCCESS, status "Done"; properties HOSTNAME (STRING), CPU_COUNT (INTEGER), IP_ADDRESSES (LIST)',
      'instance 90d9652b3752ad4f013752ae38cb0006: Restore Backup, ERROR, return code FAILURE, status "Backup bk-20260101 is unreadable"; properties BACKUP_ID (STRING), VERIFY (BOOLEAN), ERROR_CODE (INTEGER)',
      'instance 90d9652b3752ad4f013752ae38cb0007: Decommission Server, CANCELED, status "Canceled by the subscriber"; properties HOSTNAME (STRING), KEEP_DISKS (BOOLEAN)',
      'userIdentifier 90d96588360da0c701360da0f1d5f483: CSA_CONSUMER/admin, admin',
      'userIdentifier 90d9652b362d4ecd01362d4ef51e00a5: CSA_CONSUMER/ooInboundUser, admin',
      'userIdentifier 90d96588360da0c701360da0f1d5a001: CSA_CONSUMER/consumer, not admin (gets 403)',
    ]);
  });

  it('has an instance in each of the seven states', () => {
    expect([...new Set(demoCsaSeed().instances.map((i) => i.state))].sort()).toEqual(
      ['ACTIVE', 'CANCELED', 'COMPLETED', 'ERROR', 'INITIALIZED', 'PENDING', 'READY'],
    );
  });

  it('uses every property type, in instances of 2 to 4 properties', () => {
    const instances = demoCsaSeed().instances;

    expect([
      [...new Set(instances.flatMap((i) => i.properties.map((p) => p.valueType)))].sort(),
      instances.every((i) => i.properties.length >= 2 && i.properties.length <= 4),
    ]).toEqual([['BOOLEAN', 'INTEGER', 'LIST', 'STRING'], true]);
  });

  it('gives every instance a 32-character lowercase hex id', () => {
    expect(demoCsaSeed().instances.every((i) => /^[0-9a-f]{32}$/.test(i.id))).toEqual(true);
  });

  it('is fresh data on every call, so one caller cannot change another’s seed', () => {
    const first = demoCsaSeed();
    first.instances.length = 0;

    expect(demoCsaSeed().instances.length).toEqual(9);
  });

  it('survives JSON, so it can be printed whole', () => {
    expect(JSON.parse(JSON.stringify(demoCsaSeed()))).toEqual(demoCsaSeed());
  });
});
