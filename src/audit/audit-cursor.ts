import type { AuditPosition } from './audit-query.js';

/** The audit log's cursors: an entry's place (`at`, `id`), opaque to clients, one spelling each. */
export function encodeAuditCursor(position: AuditPosition): string {
  return Buffer.from(`audit:v1:${position.at}:${position.id}`, 'utf8').toString('base64url');
}

export function decodeAuditCursor(cursor: string): AuditPosition | string {
  if (cursor.length > 300 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return 'is not a cursor of the audit log';
  const match = /^audit:v1:(0|[1-9][0-9]{0,15}):([0-9a-z-]{1,64})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) return 'is not a cursor of the audit log';
  const position = { at: Number(match[1]), id: match[2]! };
  return encodeAuditCursor(position) === cursor ? position : 'is not a cursor of the audit log';
}
