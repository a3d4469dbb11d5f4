import { describe, expect, it } from 'vitest';
import { digestInput } from '../../src/core/idempotency.js';

describe('digestInput', () => {
  it("leaves out the input's own clientMutationId and dryRun, and orders keys", () => {
    expect(digestInput({ backend: 'k2', a: 1, clientMutationId: 'x', dryRun: false })).toBe(digestInput({ a: 1, backend: 'k2' }));
  });

  it('keeps a variable that happens to be named dryRun or clientMutationId: that is input', () => {
    const a = digestInput({ backend: 'ibm', variables: { dryRun: true, clientMutationId: 'a' } });
    const b = digestInput({ backend: 'ibm', variables: { dryRun: false, clientMutationId: 'b' } });
    expect(a).not.toBe(b);
  });
});
