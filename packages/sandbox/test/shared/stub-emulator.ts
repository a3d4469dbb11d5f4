import { EmulatorFailure } from '../../src/shared/emulator-failure.js';
import { startEmulatorServer, type EmulatorServer } from '../../src/shared/emulator-server.js';
import { emptyReply, type Reply } from '../../src/shared/reply.js';

/**
 * The smallest vendor the shared server can carry, for testing the server on its own: every path
 * under /stub is one endpoint that notes the body it handled and answers 200 "handled"; /stub/refuse
 * throws the stub's own failure and /stub/crash a plain error. Errors are written as `code: message`.
 */

export const STUB_BASE_PATH = '/stub';
export const STUB_MAX_BODY_BYTES = 5 * 1024 * 1024;

type StubCode = 'Refused' | 'RequestEntityTooLarge' | 'InternalError';

class StubFailure extends EmulatorFailure<StubCode> {}

export interface StubEmulator extends EmulatorServer {
  /** Bodies of the requests that reached the endpoint, in order; what a faulted request never changes. */
  readonly handled: string[];
}

export async function startStubEmulator(): Promise<StubEmulator> {
  const handled: string[] = [];
  const server = await startEmulatorServer({}, {
    basePath: STUB_BASE_PATH,
    maxBodyBytes: STUB_MAX_BODY_BYTES,
    answer(req, body) {
      const path = req.url ?? '';
      if (path.startsWith(`${STUB_BASE_PATH}/refuse`)) throw new StubFailure(409, 'Refused', 'not now', { 'Retry-After': '1' });
      if (path.startsWith(`${STUB_BASE_PATH}/crash`)) throw new Error('boom');
      handled.push(body.toString('utf8'));
      return { status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'handled' };
    },
    failureClass: StubFailure,
    failureReply: (status: number, code: StubCode, message: string, headers: Record<string, string> = {}): Reply => ({
      ...emptyReply(status, { 'Content-Type': 'text/plain', ...headers }),
      body: `${code}: ${message}`,
    }),
    serverHeaders: { Server: 'stub' },
  });
  return {
    ...server,
    handled,
    reset() {
      server.reset();
      handled.length = 0;
    },
  };
}
