import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/core/page-cursor.js';

describe('list cursors', () => {
  it('round-trip a position of their own list', () => {
    for (const offset of [0, 1, 20, 99_999]) expect(decodeCursor('tasks', encodeCursor('tasks', offset))).toBe(offset);
  });

  it.each([
    ["another list's cursor", encodeCursor('processInstances', 3), /of processInstances, not of tasks/],
    ['text that is no cursor', 'hello', /not a cursor/],
    ['a cursor with a negative position', Buffer.from('cursor:v1:tasks:-1').toString('base64url'), /not a cursor/],
    ['a huge cursor', 'A'.repeat(10_000), /not a cursor/],
    ['characters outside base64url', 'a/b+c=', /not a cursor/],
  ])('refuse %s', (_, cursor, reason) => {
    expect(decodeCursor('tasks', cursor)).toMatch(reason);
  });
});
