import { describe, expect, it } from 'vitest';
import { buildMigrationBody, readMigrationAnswer } from '../../../src/vendors/elma365/elma365-migration-json.js';
import { elmaMigrateInstances } from '../../../src/vendors/elma365/elma365-migrate-instances.js';
import { elmaVendor } from '../../../src/vendors/elma365/elma365-vendor.js';
import { Refusal } from '../../../src/pipeline/vendor-operation.js';
import { classifyAnswer } from '../../support/vendor-answers.js';

const mapElma365Error = (_backend: string, status: number, body: string) => classifyAnswer(elmaVendor, status, body, { statuses: elmaMigrateInstances.statuses });
import { checkMigration, MAX_IDS } from '../../../src/vendors/elma365/elma365-input-checks.js';

const A = '131141f6-0d89-4316-a8f1-bc816f0672ef';
const B = '2b9a6c1e-7f3d-4e5a-9c8b-1d2e3f4a5b6c';
const base = { backend: 'elma', namespace: 'orders', processCode: 'approval' };

describe('the migration body', () => {
  it('is the documented list form', () => {
    expect(buildMigrationBody({ ...base, instanceIds: [A] })).toBe(`{"instanceIds":["${A}"]}`);
  });
  it('is the documented all-active form, with unselectedIds only when some are excluded', () => {
    expect(buildMigrationBody({ ...base, allActive: true, excludeIds: [A] })).toBe(`{"updateAllActive":true,"unselectedIds":["${A}"]}`);
    expect(buildMigrationBody({ ...base, allActive: true })).toBe('{"updateAllActive":true}');
  });
});

describe('checkMigration', () => {
  it.each([
    ['both modes', { instanceIds: [A], allActive: true }, 'allActive'],
    ['neither mode', {}, 'instanceIds'],
    ['allActive: false alone', { allActive: false }, 'instanceIds'],
    ['an empty list', { instanceIds: [] }, 'instanceIds'],
    ['excludeIds without allActive', { instanceIds: [A], excludeIds: [B] }, 'excludeIds'],
    ['an id that is not a UUID', { instanceIds: [A, 'abc'] }, 'instanceIds[1]'],
    ['the same id twice', { instanceIds: [A, A.toUpperCase()] }, 'instanceIds[1]'],
    ['a bad excluded id', { allActive: true, excludeIds: ['x'] }, 'excludeIds[0]'],
    ['more ids than one request takes', { instanceIds: Array.from({ length: MAX_IDS + 1 }, () => A) }, 'instanceIds'],
    ['a namespace with a slash', { namespace: 'a/b', instanceIds: [A] }, 'namespace'],
    ['a namespace of ..', { namespace: '..', instanceIds: [A] }, 'namespace'],
    ['an encoded slash', { processCode: 'a%2Fb', instanceIds: [A] }, 'processCode'],
    ['an empty process code', { processCode: '', instanceIds: [A] }, 'processCode'],
    ['a process code with a query', { processCode: 'p?x=1', instanceIds: [A] }, 'processCode'],
  ])('refuses %s', (_title, extra, field) => {
    expect(checkMigration({ ...base, ...extra })).toMatchObject({ kind: 'validation', field });
  });

  it('accepts 10,000 distinct ids', () => {
    const ids = Array.from({ length: MAX_IDS }, (_, i) => `00000000-0000-4000-8000-${i.toString().padStart(12, '0')}`);
    expect(checkMigration({ ...base, instanceIds: ids })).toBeNull();
  });
});

describe('readMigrationAnswer', () => {
  it('takes counts and ids wherever the answer has them', () => {
    expect(readMigrationAnswer(JSON.stringify({ success: true, result: { updated: 2, updatedIds: [A, B] } }))).toEqual({ updatedCount: 2, updatedIds: [A, B] });
    expect(readMigrationAnswer('{"success":true}')).toEqual({ updatedCount: null, updatedIds: null });
    expect(readMigrationAnswer('')).toEqual({ updatedCount: null, updatedIds: null });
  });
  it("takes a 200 with success: false as a refusal with ELMA's message", () => {
    expect(readMigrationAnswer('{"success":false,"error":"process is archived"}')).toEqual(new Refusal('process is archived'));
  });
  it('says when the answer is not JSON', () => {
    expect(readMigrationAnswer('<html/>')).toBeInstanceOf(Error);
  });
});

describe("ELMA365's error answers to the migration", () => {
  it.each([
    [400, 'vendor-rejected'], [401, 'authentication'], [403, 'permission-denied'], [404, 'not-found'],
    [500, 'backend-error'], [502, 'backend-unavailable'], [503, 'backend-unavailable'],
  ])('maps %i to %s', (status, kind) => {
    expect(mapElma365Error('elma', status, '')).toMatchObject({ kind, backend: 'b', vendorStatus: status });
  });
  it("takes the message from ELMA365's error body", () => {
    expect(mapElma365Error('elma', 403, '{"success":false,"error":"Only a system administrator can perform bulk update"}').message)
      .toBe('Only a system administrator can perform bulk update');
  });
});
