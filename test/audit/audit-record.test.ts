import { describe, expect, it } from 'vitest';
import { auditEntryOf, type AuditFacts } from '../../src/audit/audit-record.js';
import { AUDIT_COLUMNS, positional } from '../../src/audit/audit-row-inserter.js';
import { rowJson, toRow } from '../../src/audit/audit-rows.js';

const facts = (command: Record<string, unknown>): AuditFacts => ({
  requestId: 'req-1',
  caller: { id: 'frontend', roles: ['approver', 'auditor'] },
  backend: 'k2',
  vendor: 'k2',
  operation: 'UPDATE_TASK',
  command,
  dryRun: false,
  outcome: 'UpdateTaskSuccess',
  failure: null,
  durationMs: 2.6,
  vendorCalls: [{ method: 'POST', path: '/K2/SyncREST.svc/Task/Items/UpdateTask', status: 200 }],
});

describe('an audit entry of a finished mutation', () => {
  it('keeps the input as its shape: keys, list lengths and nulls, every value redacted, without the fields that have columns', () => {
    const entry = auditEntryOf(facts({ backend: 'k2', dryRun: false, clientMutationId: 'c-1', serialNumber: '8_25', note: undefined, action: { kind: 'SLEEP', to: ['a', 'b'], by: null } }), false);
    expect(entry.input).toEqual({ serialNumber: '***', action: { kind: '***', to: ['***', '***'], by: null } });
    expect(entry.clientMutationId).toBe('c-1');
    expect(entry.vendorRequest).toBe('POST /K2/SyncREST.svc/Task/Items/UpdateTask');
    expect(entry.vendorStatus).toBe(200);
  });

  it('keeps the values as sent with recordValues', () => {
    const action = { kind: 'SLEEP', sleepSeconds: 3600, note: 'ünï <&>' };
    expect(auditEntryOf(facts({ serialNumber: '8_25', action }), true).input).toEqual({ serialNumber: '8_25', action });
  });

  it('copies the caller roles, so that a later change of the caller does not rewrite the entry', () => {
    const f = facts({});
    const roles = ['approver'];
    const entry = auditEntryOf({ ...f, caller: { id: 'frontend', roles } }, false);
    roles.push('admin');
    expect(entry.callerRoles).toEqual(['approver']);
    expect(auditEntryOf({ ...f, caller: undefined }, false)).toMatchObject({ callerId: null, callerRoles: [] });
  });

  it('has an id that sorts with its time, 25 characters, distinct for entries of the same millisecond', () => {
    const now = 1_780_000_000_000;
    const same = Array.from({ length: 1000 }, () => auditEntryOf(facts({}), false, now).id);
    expect(new Set(same).size).toBe(1000);
    for (const id of same) expect(id).toMatch(/^[0-9a-z]{9}-[0-9a-f]{15}$/);
    const later = auditEntryOf(facts({}), false, now + 1).id;
    expect(same.every((id) => id < later)).toBe(true);
    // Where base36 time gains a digit (36^8 ms, in 2059), ids still sort: the time part is padded to nine.
    expect(auditEntryOf(facts({}), false, 36 ** 8).id > auditEntryOf(facts({}), false, 36 ** 8 - 1).id).toBe(true);
  });
});

describe('an audit row', () => {
  it('has its columns in the order of the positional INSERT, so its values are that INSERT\'s parameters', () => {
    const row = toRow(auditEntryOf(facts({ serialNumber: '8_25' }), false));
    expect(Object.keys(row)).toEqual([...AUDIT_COLUMNS]);
    expect(positional(row)).toEqual(AUDIT_COLUMNS.map((c) => row[c]));
  });

  it('is written as JSON for the write thread exactly as its positional values, nulls, quotes and non-ASCII text included', () => {
    const plain = auditEntryOf(facts({ serialNumber: '8_25' }), false);
    const odd = { ...auditEntryOf(facts({ serialNumber: '"<&>\\ \u2028 ümlaut 😀' }), true), callerId: null, clientMutationId: 'c"1', vendorStatus: null, vendorCode: 'E\n1', vendorRequest: null, durationMs: 12.6, dryRun: true };
    for (const e of [plain, odd]) {
      expect(rowJson(e)).toBe(JSON.stringify(positional(toRow(e))));
      expect(JSON.parse(rowJson(e))).toEqual(positional(toRow(e)));
    }
  });
});
