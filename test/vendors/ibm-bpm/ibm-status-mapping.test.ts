import { describe, expect, it } from 'vitest';
import { ibmUpdateAllVariables } from '../../../src/vendors/ibm-bpm/ibm-update-all-variables.js';
import { ibmVendor } from '../../../src/vendors/ibm-bpm/ibm-vendor.js';
import { classifyAnswer } from '../../support/vendor-answers.js';

const mapIbmError = (_backend: string, status: number, body: string, mediaType: string) =>
  classifyAnswer(ibmVendor, status, body, { mediaType, statuses: ibmUpdateAllVariables.statuses });

const wrapped = (errorNumber: string, errorMessage: string, params: string[] = []) =>
  JSON.stringify({ status: 'error', Data: { status: 'error', exceptionType: 'x', errorNumber, errorMessage, errorMessageParameters: params, programmersDetails: 'SECRET STACK' } });

describe("IBM's error answers to allVariables", () => {
  it.each([
    [400, wrapped('CWTBG0553E', 'not a number'), 'vendor-rejected', 'CWTBG0553E'],
    [401, '', 'authentication', undefined],
    [403, wrapped('CWTBG0651E', 'not admin'), 'permission-denied', 'CWTBG0651E'],
    [404, wrapped('CWTBG0059E', 'not found'), 'not-found', 'CWTBG0059E'],
    [406, '', 'vendor-rejected', undefined],
    [409, wrapped('CWTBG0014E', "CWTBG0014E: The state 'Completed' of object '2072.1' does not allow the requested action."), 'invalid-state-transition', 'CWTBG0014E'],
    [415, '', 'vendor-rejected', undefined],
    [500, wrapped('CWTBG0019E', 'Unexpected exception during execution.'), 'backend-error', 'CWTBG0019E'],
    [503, '', 'backend-unavailable', undefined],
  ])('maps %i to %s, keeping status and errorNumber', (status, body, kind, vendorCode) => {
    const failure = mapIbmError('ibm', status, body, 'application/json');
    expect(failure).toMatchObject({ kind, backend: 'b', vendorStatus: status });
    expect(failure.vendorCode).toBe(vendorCode);
    expect(JSON.stringify(failure)).not.toContain('SECRET STACK');
  });

  it("names the instance's state on a 409, from the message or its parameters", () => {
    expect(mapIbmError('ibm', 409, wrapped('CWTBG0014E', "CWTBG0014E: The state 'Terminated' of object '2072.9' does not allow it."), 'application/json'))
      .toMatchObject({ currentState: 'Terminated', requestedState: null });
    expect(mapIbmError('ibm', 409, wrapped('CWTBG9999E', 'wrong state', ['Completed', '2072.9']), 'application/json'))
      .toMatchObject({ currentState: 'Completed' });
    expect(mapIbmError('ibm', 409, '', 'application/json')).toMatchObject({ currentState: null });
  });

  it('reads a 401 whose body says the caller is not authorized as PermissionDeniedError, keeping the code; a bare 401 stays AuthenticationError', () => {
    const notAuthorized = wrapped('CWTBG0549E', "CWTBG0549E: You are not authorized to perform the 'suspend' action.");
    expect(mapIbmError('ibm', 401, notAuthorized, 'application/json')).toMatchObject({ kind: 'permission-denied', vendorStatus: 401, vendorCode: 'CWTBG0549E' });
    expect(mapIbmError('ibm', 401, '', 'application/json')).toMatchObject({ kind: 'authentication', vendorStatus: 401 });
    expect(mapIbmError('ibm', 401, wrapped('CWTBG0001E', 'bad credentials'), 'application/json')).toMatchObject({ kind: 'authentication' });
  });

  it("keeps IBM's message", () => {
    expect(mapIbmError('ibm', 500, wrapped('CWTBG0019E', 'Unexpected exception during execution.'), 'application/json').message)
      .toBe('Unexpected exception during execution.');
  });
});
