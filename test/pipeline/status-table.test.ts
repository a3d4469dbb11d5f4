import { describe, expect, it } from 'vitest';
import { classifyStatus } from '../../src/pipeline/status-table.js';

const classify = (status: number, extra: Partial<Parameters<typeof classifyStatus>[0]> = {}) =>
  classifyStatus({ backend: 'b', vendor: 'Acme', status, error: {}, idempotent: true, ...extra });

describe('the common status table', () => {
  it.each([
    [400, 'vendor-rejected', 'Acme refused the request as invalid (400)'],
    [401, 'authentication', "Acme refused the gateway's credentials (401)"],
    [403, 'permission-denied', "Acme does not allow the gateway's account to do this (403)"],
    [404, 'not-found', 'Acme has no such process instance or task (404)'],
    [406, 'vendor-rejected', 'Acme cannot answer in the media type asked for (406)'],
    [409, 'vendor-rejected', 'Acme refused the request as conflicting with the current state (409)'],
    [415, 'vendor-rejected', "Acme refused the request body's media type (415)"],
    [422, 'vendor-rejected', 'Acme refused the request as not applicable (422)'],
    [500, 'backend-error', 'Acme answered with status 500 and no readable error'],
    [502, 'backend-unavailable', 'Acme is not reachable through its proxy (502)'],
    [503, 'backend-unavailable', 'Acme is unavailable (503)'],
    [504, 'backend-unavailable', 'Acme did not answer its proxy in time (504)'],
    [418, 'backend-error', 'Acme answered with status 418 and no readable error'],
  ])('reads %i as %s, keeping the status', (status, kind, message) => {
    expect(classify(status)).toEqual({ kind, backend: 'b', vendorStatus: status, message, ...(kind === 'backend-unavailable' ? { retryable: true } : {}) });
  });

  it("keeps the vendor's code and prefers the vendor's message", () => {
    expect(classify(404, { error: { code: 'E42', message: 'no instance 7' } })).toEqual({ kind: 'not-found', backend: 'b', vendorStatus: 404, vendorCode: 'E42', message: 'no instance 7' });
  });

  it('marks a 502/504 retryable only for calls safe to repeat; a 503 always (the vendor did not take it)', () => {
    expect(classify(502, { idempotent: false })).toMatchObject({ retryable: false });
    expect(classify(504, { idempotent: false })).toMatchObject({ retryable: false });
    expect(classify(503, { idempotent: false })).toMatchObject({ retryable: true });
  });

  it("takes an operation's own statuses before the table's, 2xx ones included", () => {
    const statuses = { 202: { kind: 'vendor-rejected', message: 'did not apply it' }, 409: { kind: 'invalid-state-transition', message: 'state' } } as const;
    expect(classify(202, { statuses })).toEqual({ kind: 'vendor-rejected', backend: 'b', vendorStatus: 202, message: 'Acme did not apply it (202)' });
    expect(classify(409, { statuses, error: { currentState: 'Completed' } })).toMatchObject({ kind: 'invalid-state-transition', currentState: 'Completed', requestedState: null });
  });

  it('reads a body that says the state rules refused the call as a state refusal, but for a 401 or 404', () => {
    expect(classify(500, { error: { stateRefusal: true, message: 'terminal' } })).toMatchObject({ kind: 'invalid-state-transition', message: 'terminal' });
    expect(classify(401, { error: { stateRefusal: true } })).toMatchObject({ kind: 'authentication' });
    expect(classify(404, { error: { stateRefusal: true } })).toMatchObject({ kind: 'not-found' });
  });
});
