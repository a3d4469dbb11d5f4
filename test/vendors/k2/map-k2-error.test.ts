import { describe, expect, it } from 'vitest';
import { mapK2Error } from '../../../src/vendors/k2/map-k2-error.js';

const failureBody = (code: string, message: string) =>
  `<Failure xmlns="http://schemas.k2.com/worklist/d1"><Code>${code}</Code><Message>${message}</Message></Failure>`;

describe('mapK2Error', () => {
  it.each([
    [202, '', 'vendor-rejected', undefined],
    [400, failureBody('ActionNotBatchable', 'Action &apos;Approve&apos; is not batchable'), 'vendor-rejected', 'ActionNotBatchable'],
    [401, '', 'authentication', undefined],
    [403, failureBody('AccessDenied', 'no'), 'permission-denied', 'AccessDenied'],
    [404, failureBody('WorklistItemNotFound', 'gone'), 'not-found', 'WorklistItemNotFound'],
    [500, failureBody('Server', 'boom'), 'backend-error', 'Server'],
    [503, '', 'backend-unavailable', undefined],
    [418, '', 'backend-error', undefined],
  ])('maps status %i to %s, keeping status and code', (status, body, kind, vendorCode) => {
    const failure = mapK2Error('k2', status, body, true);
    expect(failure.kind).toBe(kind);
    expect(failure.backend).toBe('k2');
    expect(failure.vendorStatus).toBe(status);
    expect(failure.vendorCode).toBe(vendorCode);
  });

  it("uses the Failure's message, decoded", () => {
    expect(mapK2Error('k2', 400, failureBody('X', 'Action &apos;A&amp;B&apos; is not batchable'), false).message).toBe("Action 'A&B' is not batchable");
  });

  it('does not echo a body that is not a Failure (an IIS error page, say)', () => {
    const failure = mapK2Error('k2', 500, '<html><body>Server Error in /K2Services: password=hunter2</body></html>', false);
    expect(failure.message).toBe('K2 answered with status 500');
  });

  it('marks 502/504 retryable only for calls that are safe to repeat', () => {
    expect(mapK2Error('k2', 504, '', false)).toMatchObject({ kind: 'backend-unavailable', retryable: false });
    expect(mapK2Error('k2', 504, '', true)).toMatchObject({ kind: 'backend-unavailable', retryable: true });
  });
});
