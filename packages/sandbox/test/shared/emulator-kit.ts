import { afterAll, beforeAll, beforeEach } from 'vitest';

/**
 * The one kit every emulator test uses: an emulator started once per file and reset before each
 * test, a Basic header, an answer read whole and the parts most tests compare. The vendor kits
 * next to it hold only what is the vendor's own (accounts, the documents' examples, paths).
 */

interface Resettable { reset(): void; close(): Promise<void> }

/**
 * Starts the emulator before the file's tests, resets it before each and closes it after all.
 * The answer stands for the emulator (its members are read when used, once it has started), so
 * tests write `emulator.url` as if they held it.
 */
export function useEmulator<E extends Resettable>(start: () => Promise<E>): E {
  let running: E | undefined;
  beforeAll(async () => {
    running = await start();
  });
  beforeEach(() => running!.reset());
  afterAll(() => running?.close());
  return new Proxy({} as E, {
    get(_target, key) {
      if (!running) throw new Error('the emulator is used before it has started (outside a test or hook)');
      const value = Reflect.get(running, key) as unknown;
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function basicAuth(user: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${user.username}:${user.password}`, 'utf8').toString('base64')}`;
}

export async function toAnswer(response: Response): Promise<Answer> {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

/** The parts of an answer most tests compare: status, content type and body. */
export function summary(answer: Answer): { status: number; contentType: string | undefined; body: string } {
  return { status: answer.status, contentType: answer.headers['content-type'], body: answer.body };
}
