import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, parseGlobalId, toGlobalId } from '../../src/core/global-id.js';

describe('global ids', () => {
  it('round-trip any backend and vendor id, slashes, percent signs and non-ASCII text included', () => {
    fc.assert(fc.property(fc.constantFrom(...NODE_TYPES), fc.string({ minLength: 1, unit: 'grapheme' }), fc.string({ minLength: 1, unit: 'grapheme' }), (type, backend, vendorId) => {
      const id = toGlobalId(type, backend, vendorId);
      if (id.length > 2048) return;
      expect(parseGlobalId(id)).toEqual({ type, backend, vendorId });
      expect(id.slice('gid://bpm/'.length).split('/')).toHaveLength(3);
    }));
  });

  it('keep two backends that share a vendor id apart', () => {
    expect(toGlobalId('ProcessInstance', 'k2-emea', '8')).not.toBe(toGlobalId('ProcessInstance', 'k2-us', '8'));
    expect(toGlobalId('ProcessInstance', 'k2', '8')).not.toBe(toGlobalId('Task', 'k2', '8'));
    expect(toGlobalId('ProcessInstance', 'a/b', 'c')).not.toBe(toGlobalId('ProcessInstance', 'a', 'b/c'));
  });

  it.each([
    ['not a gid', '8'],
    ['another scheme', 'gid://shopify/Product/8'],
    ['an unknown type', 'gid://bpm/Order/k2/8'],
    ['too few parts', 'gid://bpm/ProcessInstance/8'],
    ['too many parts', 'gid://bpm/ProcessInstance/k2/8/../../etc'],
    ['broken percent-encoding', 'gid://bpm/ProcessInstance/k2/8%2'],
    ['a spelling the gateway does not write', 'gid://bpm/ProcessInstance/k2/%38'],
    ['an empty vendor id', 'gid://bpm/ProcessInstance/k2/'],
    ['a huge id', `gid://bpm/ProcessInstance/k2/${'8'.repeat(5000)}`],
  ])('refuse %s with a reason', (_, id) => {
    const parsed = parseGlobalId(id);
    expect(typeof parsed).toBe('string');
    expect(parsed).toMatch(/not an id this gateway handed out/);
  });
});
