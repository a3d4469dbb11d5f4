import { describe, expect, it } from 'vitest';
import { readBulkReport } from '../../../src/vendors/ibm-bpm/ibm-set-instance-states.js';

/** The bulk answer is not documented: the reader takes every shape IBM's other bulk answers suggest. */
const answer = (body: string) => ({ status: 200, mediaType: 'application/json', headers: {}, body });
const read = (body: string, sent = ['1', '2', '3']) => readBulkReport(answer(body) as never, sent, 'SUSPENDED');

describe('reading an IBM process/bulk answer', () => {
  it('an empty body, or an empty report, means every instance changed', () => {
    expect(read('')).toEqual(new Map());
    expect(read('{"status":"200","data":{"failedOperations":[]}}')).toEqual(new Map());
    expect(read('{"status":"200","data":{}}')).toEqual(new Map());
  });

  it.each([
    ['failedOperations with instanceId', '{"status":"200","data":{"failedOperations":[{"instanceId":"2","errorNumber":"CWTBG0014E","errorMessage":"CWTBG0014E: The state \'Completed\' of object \'2072.2\' does not allow the requested action \'suspend\'."}]}}'],
    ['failed with a numeric piid', '{"data":{"failed":[{"piid":2,"errorNumber":"CWTBG0014E","errorMessage":"The state \'Completed\' of object \'2072.2\' does not allow the requested action \'suspend\'."}]}}'],
    ['Data (capital) with BPDInstance.N ids', '{"Data":{"failedOperations":[{"id":"BPDInstance.2","errorNumber":"CWTBG0014E","errorMessage":"The state \'Completed\' of object \'2072.2\' does not allow"}]}}'],
  ])('%s: the refused instance as an InvalidStateTransitionError with the state IBM names', (_name, body) => {
    const failures = read(body) as ReadonlyMap<string, unknown>;
    expect([...failures.keys()]).toEqual(['2']);
    expect(failures.get('2')).toMatchObject({ kind: 'invalid-state-transition', currentState: 'Completed', requestedState: 'SUSPENDED', vendorCode: 'CWTBG0014E' });
  });

  it('tells an unknown instance and a refused caller from a state refusal; anything else is a vendor rejection', () => {
    const failures = read(JSON.stringify({ data: { failedOperations: [
      { instanceId: '1', errorNumber: 'CWTBG0025E', errorMessage: "CWTBG0025E: … The reported failure is: 'BPDInstance with ID BPDInstance.1 not found.':" },
      { instanceId: '2', errorNumber: 'CWTBG0549E', errorMessage: "You are not authorized to perform the 'suspend' action." },
      { instanceId: '3', errorNumber: 'CWTBG0019E', errorMessage: 'Unexpected exception' },
    ] } })) as ReadonlyMap<string, { kind: string }>;
    expect([...failures.values()].map((f) => f.kind)).toEqual(['not-found', 'permission-denied', 'vendor-rejected']);
  });

  it('an answer that is not JSON, a report that is not a list, or one naming an instance that was not sent is unreadable: the whole call is then in doubt', () => {
    expect(read('<html>')).toBeInstanceOf(Error);
    expect(read('{"data":{"failedOperations":"none"}}')).toBeInstanceOf(Error);
    expect(read('{"data":{"failedOperations":[{"instanceId":"9","errorNumber":"X"}]}}')).toBeInstanceOf(Error);
  });
});
