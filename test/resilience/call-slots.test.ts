import { describe, expect, it } from 'vitest';
import { CallSlots } from '../../src/resilience/call-slots.js';

describe('call slots', () => {
  it('takes a free slot at once, without a promise', () => {
    const slots = new CallSlots(2, 10);
    expect(slots.acquire('a', 100)).toBe(true);
    expect(slots.acquire('a', 100)).toBe(true);
    expect(slots.acquire('a', 100)).toBeInstanceOf(Promise);
  });

  it('serves waiting callers in turn, not in arrival order', async () => {
    const slots = new CallSlots(1, 100);
    slots.acquire('flood', 1000);
    const served: string[] = [];
    const wait = (caller: string) => (slots.acquire(caller, 1000) as Promise<unknown>).then(() => { served.push(caller); slots.release(); });
    const all = [wait('flood'), wait('flood'), wait('flood'), wait('flood'), wait('quiet'), wait('other')];
    slots.release();
    await Promise.all(all);
    expect(served).toEqual(['flood', 'quiet', 'other', 'flood', 'flood', 'flood']);
  });

  it('a full queue pushes out the newest waiter of the caller with the most, never a caller with fewer', async () => {
    const slots = new CallSlots(1, 3);
    slots.acquire('flood', 1000);
    const flood = [slots.acquire('flood', 1000), slots.acquire('flood', 1000), slots.acquire('flood', 1000)] as Promise<unknown>[];
    const quiet = slots.acquire('quiet', 1000) as Promise<unknown>;
    expect(await flood[2]).toBe('full');
    expect(slots.acquire('flood', 1000)).toBe('full');
    slots.release();
    expect(await flood[0]).toBe(true);
    slots.release();
    expect(await quiet).toBe(true);
    slots.release();
    expect(await flood[1]).toBe(true);
  });

  it('a waiter whose time runs out leaves the queue', async () => {
    const slots = new CallSlots(1, 1);
    slots.acquire('a', 1000);
    expect(await slots.acquire('a', 20)).toBe('timeout');
    expect(slots.acquire('b', 0)).toBe('timeout');
    slots.release();
    expect(slots.acquire('b', 10)).toBe(true);
  });
});
