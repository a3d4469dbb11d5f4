import { describe, expect, it } from 'vitest';
import { timeOrderedUuid } from '../../src/core/time-ordered-id.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedUuid', () => {
  it('is a UUIDv7 whose first 48 bits are the millisecond time', () => {
    const at = Date.UTC(2026, 11, 3, 12, 0, 0, 123);
    const id = timeOrderedUuid(at);
    expect(id).toMatch(UUID_V7);
    expect(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at);
  });

  it('sorts by time across milliseconds, and stays unique within one', () => {
    const times = [1_700_000_000_000, 1_700_000_000_001, 1_700_000_000_255, 1_700_000_001_000, 1_800_000_000_000];
    const ids = times.map((t) => timeOrderedUuid(t));
    expect([...ids].sort()).toEqual(ids);
    const same = new Set(Array.from({ length: 10_000 }, () => timeOrderedUuid(1_700_000_000_000)));
    expect(same.size).toBe(10_000);
  });
});
