import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** A worker as a store's claims name it: `host:pid:token` (the token tells two workers of one process apart). */
export const newOwner = (): string => `${hostname()}:${process.pid}:${randomUUID()}`;

/**
 * A worker of this host whose process is no more (killed, crashed) holds nothing, whatever its
 * lease says: a restart on the same host resumes at once. Of another host nothing can be told
 * from here; its lease has to run out.
 */
export function ownerGone(owner: string): boolean {
  const [host, pid] = owner.split(':');
  if (host !== hostname() || !pid || !/^\d+$/.test(pid)) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
