import { describe, expect, it } from 'vitest';
import { k2ReadInstance } from '../../../src/vendors/k2/k2-read-instance.js';
import { k2ReadTask } from '../../../src/vendors/k2/k2-read-task.js';

const answer = (body: string) => ({ status: 200, mediaType: 'application/xml', body });

describe("K2's read answers, read leniently", () => {
  it('takes Action elements with text or nothing, and a WorklistItem without a ProcessInstance', () => {
    const task = k2ReadTask.read(answer('<WorklistItem SerialNumber="1_2" Status="Open"><Action Name="Approve" Batchable="true"/><Action>Reject</Action><Action/></WorklistItem>'), '1_2', undefined);
    expect(task).toMatchObject({
      serialNumber: '1_2', status: 'Open', processInstanceId: null,
      actions: [{ name: 'Approve', batchable: true }, { name: '', batchable: false }, { name: '', batchable: false }],
    });
  });

  it('reads a ProcessInstance sent twice as its first, and an empty one as an instance without fields', () => {
    expect(k2ReadInstance.read(answer('<ProcessInstance ID="8" Status="Active"/>'), '8', undefined)).toMatchObject({ id: '8', state: 'RUNNING', variables: [] });
    const twice = k2ReadTask.read(answer('<WorklistItem SerialNumber="8_25"><ProcessInstance ID="8" Folio="a"/><ProcessInstance ID="9"/></WorklistItem>'), '8_25', undefined);
    expect(twice).toMatchObject({ processInstanceId: '8', folio: 'a' });
  });

  it('says what is missing when the answer is no ProcessInstance at all', () => {
    expect(String(k2ReadInstance.read(answer('<Failure/>'), '8', undefined))).toMatch(/ProcessInstance/);
  });
});
