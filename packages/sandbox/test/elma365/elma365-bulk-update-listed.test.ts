import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startElma365Emulator } from '../../src/elma365/elma365-emulator.js';
import { LEAVE, ORDER, ORDERS_VERSION_PATH, SEEDED_VIEW, TOKENS, UNKNOWN_ID, httpView, post, stateView, summary, updateResult } from './elma365-test-kit.js';

const emulator = useEmulator(() => startElma365Emulator({ tokens: TOKENS }));

describe('bulk version update of listed instances (instanceIds)', () => {
  it('moves listed wait instances to the latest published version and names them', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait2a, ORDER.wait1a] });

    expect(summary(answer)).toEqual(updateResult(2, 0, [ORDER.wait2a, ORDER.wait1a]));
  });

  it('changes only the moved instances, as the state shows', async () => {
    await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait2a, ORDER.wait1a] });

    expect(stateView(emulator)).toEqual({ ...SEEDED_VIEW, [ORDER.wait1a]: 'wait@v3', [ORDER.wait2a]: 'wait@v3' });
  });

  it('changes only the moved instances, as GET …/get shows', async () => {
    await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait2a, ORDER.wait1a] });

    expect(await httpView(emulator)).toEqual({ ...SEEDED_VIEW, [ORDER.wait1a]: 'wait@v3', [ORDER.wait2a]: 'wait@v3' });
  });

  it('leaves exec, done, error and cancel instances exactly as they are and counts them skipped', async () => {
    const ids = [ORDER.exec1, ORDER.exec2, ORDER.done1, ORDER.error1, ORDER.cancel2, ORDER.wait2b];

    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: ids });

    expect(summary(answer)).toEqual(updateResult(1, 5, [ORDER.wait2b]));
    expect(await httpView(emulator)).toEqual({ ...SEEDED_VIEW, [ORDER.wait2b]: 'wait@v3' });
  });

  it('counts a wait instance already on the latest version as skipped', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait3] });

    expect([summary(answer), stateView(emulator)]).toEqual([updateResult(0, 1, []), SEEDED_VIEW]);
  });

  it('skips ids of another process and unknown ids, leaving them alone', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [LEAVE.wait1a, UNKNOWN_ID, ORDER.wait1b] });

    expect(summary(answer)).toEqual(updateResult(1, 2, [ORDER.wait1b]));
    expect(stateView(emulator)).toEqual({ ...SEEDED_VIEW, [ORDER.wait1b]: 'wait@v3' });
  });

  it('counts a repeated id once', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait1a, ORDER.wait1a, ORDER.exec1, ORDER.exec1] });

    expect(summary(answer)).toEqual(updateResult(1, 1, [ORDER.wait1a]));
  });

  it('accepts upper-case UUIDs and answers with the stored lower-case ids', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait1b.toUpperCase()] });

    expect([summary(answer), stateView(emulator)[ORDER.wait1b]]).toEqual([updateResult(1, 0, [ORDER.wait1b]), 'wait@v3']);
  });

  it('answers an empty list with nothing done', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [] });

    expect([summary(answer), stateView(emulator)]).toEqual([updateResult(0, 0, []), SEEDED_VIEW]);
  });

  it('treats updateAllActive: false beside instanceIds as the list mode', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait2b], updateAllActive: false });

    expect(summary(answer)).toEqual(updateResult(1, 0, [ORDER.wait2b]));
  });

  it('skips an instance a previous request already moved', async () => {
    await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait1a] });

    const again = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait1a] });

    expect(summary(again)).toEqual(updateResult(0, 1, []));
  });

  it('accepts a JSON content type with a charset parameter', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, { instanceIds: [ORDER.wait1a] }, { contentType: 'application/json; charset=utf-8' });

    expect(summary(answer)).toEqual(updateResult(1, 0, [ORDER.wait1a]));
  });
});
