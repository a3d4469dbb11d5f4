import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startElma365Emulator } from '../../src/elma365/elma365-emulator.js';
import { LEAVE, ORDER, ORDINARY, TOKENS, elmaError, post, summary } from './elma365-test-kit.js';

const emulator = useEmulator(() => startElma365Emulator({ tokens: TOKENS }));
const LIST = '/bpm/instance/bytemplate/orders/order_approval/list';

interface ListBody { success: boolean; result: { result: { __id: string; __state: string; __templateCode: string }[]; total: number } }
const list = async (body: unknown, options = {}) => {
  const answer = await post(emulator, LIST, body, options);
  return { status: answer.status, body: JSON.parse(answer.body) as ListBody };
};

describe('POST /bpm/instance/bytemplate/{ns}/{code}/list', () => {
  it('answers the process\'s instances under result.result with the total, 50 at most by default', async () => {
    const { status, body } = await list({});
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.result.total).toBe(10);
    expect(body.result.result.map((i) => i.__id)).toHaveLength(10);
    expect(body.result.result.every((i) => i.__templateCode === 'order_approval')).toBe(true);
    expect(body.result.result.map((i) => i.__id)).not.toContain(LEAVE.wait1a);
  });

  it('pages with from and size, the total staying the whole count', async () => {
    const all = (await list({})).body.result.result.map((i) => i.__id);
    const pages = [];
    for (let from = 0; from < 10; from += 4) pages.push(...(await list({ from, size: 4 })).body.result.result.map((i) => i.__id));
    expect(pages).toEqual(all);
    expect((await list({ from: 8, size: 4 })).body.result).toMatchObject({ total: 10 });
    expect((await list({ from: 20, size: 4 })).body.result).toEqual({ result: [], total: 10 });
  });

  it('sorts by sortExpressions, newest first as the third-party callers ask', async () => {
    const { body } = await list({ sortExpressions: [{ field: '__createdAt', ascending: false }] });
    const created = body.result.result.map((i) => (i as unknown as { __createdAt: string }).__createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('keeps only unfinished instances with active: true', async () => {
    const { body } = await list({ active: true });
    expect(new Set(body.result.result.map((i) => i.__state))).toEqual(new Set(['exec', 'wait']));
    expect(body.result.result.map((i) => i.__id)).not.toContain(ORDER.done1);
  });

  it('lets an ordinary token list too (as it may get)', async () => {
    expect((await list({}, { token: ORDINARY })).status).toBe(200);
  });

  it.each([
    ['a size over 10000', { size: 10_001 }],
    ['a negative from', { from: -1 }],
    ['a sort on an unknown field', { sortExpressions: [{ field: 'nope' }] }],
    ['a body that is not an object', [1]],
  ])('refuses %s with 400', async (_, body) => {
    expect((await post(emulator, LIST, body)).status).toBe(400);
  });

  it('answers 404 for an unknown process', async () => {
    expect(summary(await post(emulator, '/bpm/instance/bytemplate/orders/nope/list', {}))).toEqual(elmaError(404, 'Process not found'));
  });
});
