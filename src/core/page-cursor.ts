/**
 * Cursors of the list connections: opaque to clients, a position in one list to the gateway.
 * The list's name is part of it, so a tasks cursor handed to `processInstances` is refused rather
 * than read as a position there. Positions are offsets: the vendors page by offset (ELMA365's
 * `from`) or not at all (K2), so an item added before the cursor shifts the next page by one.
 */
export type ListName = 'tasks' | 'processInstances';

const PREFIX = 'cursor:v1:';

export function encodeCursor(list: ListName, offset: number): string {
  return Buffer.from(`${PREFIX}${list}:${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor names, or why it is not one of this list's cursors. */
export function decodeCursor(list: ListName, cursor: string): number | string {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return 'is not a cursor this gateway handed out';
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^cursor:v1:([A-Za-z]+):(0|[1-9][0-9]{0,8})$/.exec(text);
  if (!match) return 'is not a cursor this gateway handed out';
  if (match[1] !== list) return `is a cursor of ${match[1]}, not of ${list}`;
  // One spelling per position: base64url decoding forgives stray bits, the comparison does not.
  if (encodeCursor(list, Number(match[2])) !== cursor) return 'is not a cursor this gateway handed out';
  return Number(match[2]);
}
