import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startElma365Emulator,  type ElmaInstanceState } from '../../src/elma365/elma365-emulator.js';
import { ORDER, ORDERS_VERSION_PATH, TOKENS, post } from './elma365-test-kit.js';

const emulator = useEmulator(() => startElma365Emulator({ tokens: TOKENS }));

const ALL_STATES: ElmaInstanceState[] = ['wait', 'exec', 'done', 'error', 'cancel'];

interface UpdateBody {
  success: boolean;
  result: { updated: number; skipped: number; updatedIds: string[] };
}

function versionsOf(ids: readonly string[]): Set<number> {
  return new Set(ids.map((id) => emulator.state.instances.get(id)?.version ?? -1));
}

describe('bulk version update at scale', () => {
  it('moves 10,000 listed instances in one request', async () => {
    const ids = emulator.addInstances('orders', 'order_approval', 10_000, ['wait'], 1);

    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: ids });
    const body = JSON.parse(answer.body) as UpdateBody;

    expect([answer.status, body.result.updated, body.result.skipped, body.result.updatedIds, versionsOf(ids)]).toEqual([
      200,
      10_000,
      0,
      ids,
      new Set([3]),
    ]);
  });

  it('moves the wait ones among 100,000 instances in allActive mode in under a second', async () => {
    const ids = emulator.addInstances('orders', 'order_approval', 100_000, ALL_STATES, 1);
    const waiting = ids.filter((_id, i) => i % ALL_STATES.length === 0);

    const started = performance.now();
    const answer = await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true });
    const elapsedMs = performance.now() - started;
    const body = JSON.parse(answer.body) as UpdateBody;

    expect({ status: answer.status, updated: body.result.updated, skipped: body.result.skipped, fast: elapsedMs < 1000 }).toEqual({
      status: 200,
      updated: 20_000 + 4, // plus the seed's four wait instances on older versions
      skipped: 20_000 + 3, // the added exec ones, the seed's two exec and its wait on v3
      fast: true,
    });
    expect([versionsOf(waiting), versionsOf(ids.filter((_id, i) => i % ALL_STATES.length !== 0))]).toEqual([new Set([3]), new Set([1])]);
  });

  it('moves 100,000 waiting instances in allActive mode in under a second', async () => {
    const ids = emulator.addInstances('orders', 'order_approval', 100_000, ['wait'], 2);

    const started = performance.now();
    const answer = await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true, unselectedIds: [ORDER.wait1a] });
    const elapsedMs = performance.now() - started;
    const body = JSON.parse(answer.body) as UpdateBody;

    expect({ status: answer.status, updated: body.result.updated, fast: elapsedMs < 1000 }).toEqual({ status: 200, updated: 100_003, fast: true });
    expect(versionsOf(ids)).toEqual(new Set([3]));
  });

  it('indexes added instances by state in creation order', () => {
    const ids = emulator.addInstances('hr', 'leave_request', 4, ['exec', 'wait'], 2);

    const process = emulator.state.processes.get('hr/leave_request');

    expect([[...(process?.idsByState.wait ?? [])].slice(-2), [...(process?.idsByState.exec ?? [])].slice(-2)]).toEqual([
      [ids[1], ids[3]],
      [ids[0], ids[2]],
    ]);
  });

  it('refuses to add instances to an unknown process', () => {
    expect(() => emulator.addInstances('orders', 'nope', 1, ['wait'], 1)).toThrow('the ELMA365 emulator has no process orders/nope');
  });

  it('refuses to add instances on a version that was never published', () => {
    expect(() => emulator.addInstances('hr', 'leave_request', 1, ['wait'], 3)).toThrow(/version 3 of hr\/leave_request is not published/);
  });

  it('forgets added instances on reset', () => {
    emulator.addInstances('orders', 'order_approval', 5, ['wait'], 1);

    emulator.reset();

    expect([emulator.state.instances.size, emulator.state.processes.get('orders/order_approval')?.idsByState.wait.size]).toEqual([14, 5]);
  });
});
