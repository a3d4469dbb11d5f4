import { describe, expect, it } from 'vitest';
import { SlidingWindowBreaker, type BreakerChange } from '../../src/resilience/sliding-window-breaker.js';

function breaker(options: Partial<ConstructorParameters<typeof SlidingWindowBreaker>[0]> = {}) {
  let now = 1_000_000;
  const changes: BreakerChange[] = [];
  const b = new SlidingWindowBreaker({ failureRatio: 0.5, minimumCalls: 20, windowMs: 10_000, halfOpenAfterMs: 5_000, ...options }, (c) => changes.push(c), () => now);
  const call = (outage?: string) => b.record(b.admit()!, outage);
  return { b, changes, call, advance: (ms: number) => { now += ms; } };
}

describe('sliding-window breaker', () => {
  it('never opens on a few failures in a row below the minimum number of calls', () => {
    const { b, call } = breaker();
    for (let i = 0; i < 19; i++) call('status 503');
    expect(b.state).toBe('closed');
    call('status 503');
    expect(b.state).toBe('open');
  });

  it('stays closed below the failure ratio however many calls', () => {
    const { b, call } = breaker();
    for (let i = 0; i < 1000; i++) call(i % 5 === 0 ? 'status 503' : undefined);
    expect(b.state).toBe('closed');
  });

  it('forgets outages older than the window', () => {
    const { b, call, advance } = breaker();
    for (let i = 0; i < 15; i++) call('status 502');
    advance(11_000);
    for (let i = 0; i < 10; i++) call('status 502');
    for (let i = 0; i < 10; i++) call(undefined);
    expect(b.state).toBe('closed');
  });

  it('lets one trial through after the open time; success closes it with a fresh window', () => {
    const { b, call, changes, advance } = breaker({ minimumCalls: 4 });
    for (let i = 0; i < 4; i++) call('ECONNRESET');
    expect(b.admit()).toBeUndefined();
    advance(5_000);
    expect(b.state).toBe('half-open');
    const trial = b.admit();
    expect(trial).toBe('trial');
    expect(b.admit()).toBeUndefined();
    b.record(trial!, undefined);
    expect(b.state).toBe('closed');
    call('ECONNRESET');
    expect(b.state).toBe('closed');
    expect(changes.map((c) => c.to)).toEqual(['open', 'half-open', 'closed']);
  });

  it('a trial that never reached the vendor (queue full) decides nothing: the next caller gets the trial', () => {
    const { b, call, advance } = breaker({ minimumCalls: 2 });
    call('status 504');
    call('status 504');
    advance(5_000);
    b.record(b.admit()!, 'neutral');
    expect(b.admit()).toBe('trial');
  });

  it('calls admitted before it opened do not count against the open state', () => {
    const { b, call } = breaker({ minimumCalls: 2 });
    const early = b.admit()!;
    call('status 503');
    call('status 503');
    b.record(early, undefined);
    expect(b.state).toBe('open');
  });
});
