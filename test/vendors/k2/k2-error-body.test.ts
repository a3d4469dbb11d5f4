import { describe, expect, it } from 'vitest';
import { k2UpdateTask } from '../../../src/vendors/k2/k2-update-task.js';
import { k2Vendor } from '../../../src/vendors/k2/k2-vendor.js';
import { isRepeatable } from '../../../src/pipeline/vendor-operation.js';
import { classifyAnswer } from '../../support/vendor-answers.js';

const failureBody = (code: string, message: string) =>
  `<Failure xmlns="http://schemas.k2.com/worklist/d1"><Code>${code}</Code><Message>${message}</Message></Failure>`;
const task = { statuses: k2UpdateTask.statuses, idempotent: isRepeatable(k2UpdateTask.effect) };

describe("K2's error answers", () => {
  it.each([
    [202, '', 'vendor-rejected', undefined],
    [400, failureBody('ActionNotBatchable', 'Action &apos;Approve&apos; is not batchable'), 'vendor-rejected', 'ActionNotBatchable'],
    [401, '', 'authentication', undefined],
    [403, failureBody('AccessDenied', 'no'), 'permission-denied', 'AccessDenied'],
    [404, failureBody('WorklistItemNotFound', 'gone'), 'not-found', 'WorklistItemNotFound'],
    [500, failureBody('Server', 'boom'), 'backend-error', 'Server'],
    [503, '', 'backend-unavailable', undefined],
    [418, '', 'backend-error', undefined],
  ])('reads status %i as %s for UpdateTask, keeping status and code', (status, body, kind, vendorCode) => {
    const failure = classifyAnswer(k2Vendor, status, body, task);
    expect(failure).toMatchObject({ kind, backend: 'b', vendorStatus: status });
    expect(failure.vendorCode).toBe(vendorCode);
  });

  it("reads UpdateTask's 202 as not applied", () => {
    expect(classifyAnswer(k2Vendor, 202, '', task).message).toBe('K2 accepted the request but did not apply it (202)');
  });

  it("uses the Failure's message, decoded", () => {
    expect(classifyAnswer(k2Vendor, 400, failureBody('X', 'Action &apos;A&amp;B&apos; is not batchable')).message).toBe("Action 'A&B' is not batchable");
  });

  it('does not echo a body that is not a Failure (an IIS error page, say)', () => {
    expect(classifyAnswer(k2Vendor, 500, '<html><body>Server Error in /K2Services: password=hunter2</body></html>').message).toBe('K2 answered with status 500 and no readable error');
  });

  it('marks a 504 of a task action not retryable: it may have been applied', () => {
    expect(classifyAnswer(k2Vendor, 504, '', task)).toMatchObject({ kind: 'backend-unavailable', retryable: false });
    expect(classifyAnswer(k2Vendor, 504, '')).toMatchObject({ kind: 'backend-unavailable', retryable: true });
  });
});
