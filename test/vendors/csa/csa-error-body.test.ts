import { describe, expect, it } from 'vitest';
import { csaVendor } from '../../../src/vendors/csa/csa-vendor.js';
import { classifyAnswer } from '../../support/vendor-answers.js';

const xmlError = (code: string, message: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><error><code>${code}</code><message>${message}</message></error>`;
const refusal = 'Process instance state cannot be changed from COMPLETED to ACTIVE: COMPLETED is a terminal state';

describe("CSA's error answers", () => {
  it.each([
    [400, xmlError('InvalidRequest', 'bad'), 'vendor-rejected', 'InvalidRequest'],
    [401, '', 'authentication', undefined],
    [403, xmlError('AccessDenied', 'not admin'), 'permission-denied', 'AccessDenied'],
    [404, xmlError('ProcessInstanceNotFound', 'gone'), 'not-found', 'ProcessInstanceNotFound'],
    [406, '', 'vendor-rejected', undefined],
    [409, xmlError('InvalidStateTransition', refusal), 'invalid-state-transition', 'InvalidStateTransition'],
    [409, xmlError('Duplicate', 'duplicate object'), 'vendor-rejected', 'Duplicate'],
    [415, '', 'vendor-rejected', undefined],
    [500, xmlError('InvalidStateTransition', refusal), 'invalid-state-transition', 'InvalidStateTransition'],
    [500, xmlError('InternalError', 'database down'), 'backend-error', 'InternalError'],
    [400, JSON.stringify({ code: 'X', message: refusal }), 'invalid-state-transition', 'X'],
    [503, '', 'backend-unavailable', undefined],
  ])('reads %i with its body as %s, keeping status and code', (status, body, kind, vendorCode) => {
    const failure = classifyAnswer(csaVendor, status, body);
    expect(failure).toMatchObject({ kind, backend: 'b', vendorStatus: status });
    expect(failure.vendorCode).toBe(vendorCode);
  });

  it("keeps the vendor's message for a 500", () => {
    expect(classifyAnswer(csaVendor, 500, xmlError('InternalError', 'database down')).message).toBe('database down');
  });

  it('answers an unreadable 500 with BackendError and the status, not the body', () => {
    expect(classifyAnswer(csaVendor, 500, '<html>Apache Tomcat/8 - Error report')).toEqual({
      kind: 'backend-error', backend: 'b', vendorStatus: 500, message: 'CSA answered with status 500 and no readable error',
    });
  });
});
