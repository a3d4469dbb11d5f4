import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startElma365Emulator } from '../../src/elma365/elma365-emulator.js';
import {
  LEAVE,
  LEAVE_VERSION_PATH,
  ORDER,
  ORDERS_VERSION_PATH,
  SEEDED_VIEW,
  TOKENS,
  UNKNOWN_ID,
  httpView,
  post,
  stateView,
  summary,
  updateResult,
} from './elma365-test-kit.js';

const emulator = useEmulator(() => startElma365Emulator({ tokens: TOKENS }));

const ORDERS_ALL_MOVED = {
  ...SEEDED_VIEW,
  [ORDER.wait1a]: 'wait@v3',
  [ORDER.wait1b]: 'wait@v3',
  [ORDER.wait2a]: 'wait@v3',
  [ORDER.wait2b]: 'wait@v3',
};

describe('bulk version update of all active instances (updateAllActive)', () => {
  it('moves every wait instance, counting exec ones and those already on the latest version as skipped', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true });

    expect(summary(answer)).toEqual(updateResult(4, 3, [ORDER.wait1a, ORDER.wait1b, ORDER.wait2a, ORDER.wait2b]));
  });

  it('leaves exec, done, error, cancel and other processes’ instances untouched, as the state shows', async () => {
    await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true });

    expect(stateView(emulator)).toEqual(ORDERS_ALL_MOVED);
  });

  it('leaves exec, done, error, cancel and other processes’ instances untouched, as GET …/get shows', async () => {
    await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true });

    expect(await httpView(emulator)).toEqual(ORDERS_ALL_MOVED);
  });

  it('leaves the instances in unselectedIds alone and does not count them', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true, unselectedIds: [ORDER.wait1b, ORDER.exec1] });

    expect(summary(answer)).toEqual(updateResult(3, 2, [ORDER.wait1a, ORDER.wait2a, ORDER.wait2b]));
    expect(stateView(emulator)).toEqual({ ...ORDERS_ALL_MOVED, [ORDER.wait1b]: 'wait@v1' });
  });

  it('ignores unselectedIds that are not active instances of the process', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true, unselectedIds: [UNKNOWN_ID, LEAVE.wait1a, ORDER.done1] });

    expect(summary(answer)).toEqual(updateResult(4, 3, [ORDER.wait1a, ORDER.wait1b, ORDER.wait2a, ORDER.wait2b]));
  });

  it('treats an empty unselectedIds like none', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true, unselectedIds: [] });

    expect(summary(answer)).toEqual(updateResult(4, 3, [ORDER.wait1a, ORDER.wait1b, ORDER.wait2a, ORDER.wait2b]));
  });

  it('works on the process named in the path only', async () => {
    const answer = await post(emulator, LEAVE_VERSION_PATH, { updateAllActive: true });

    expect(summary(answer)).toEqual(updateResult(2, 1, [LEAVE.wait1a, LEAVE.wait1b]));
    expect(stateView(emulator)).toEqual({ ...SEEDED_VIEW, [LEAVE.wait1a]: 'wait@v2', [LEAVE.wait1b]: 'wait@v2' });
  });

  it('moves nothing the second time', async () => {
    await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true });

    const again = await post(emulator, ORDERS_VERSION_PATH, { updateAllActive: true });

    expect(summary(again)).toEqual(updateResult(0, 7, []));
  });
});
