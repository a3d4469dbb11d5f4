import type { Elma365Emulator, ElmaInstanceState, ElmaToken } from '../../src/elma365/elma365-emulator.js';
import { summary, toAnswer, type Answer } from '../shared/emulator-kit.js';

export { summary, type Answer } from '../shared/emulator-kit.js';

/** Shared by the ELMA365 emulator tests: tokens, demo seed ids, tiny HTTP helpers. */

export const ADMIN: ElmaToken = { token: 'admin-token-7d1e0c55', user: 'admin', admin: true };
export const ORDINARY: ElmaToken = { token: 'user-token-1b2c3d4e', user: 'j.smith', admin: false };
export const TOKENS: ElmaToken[] = [ADMIN, ORDINARY];

export const ORDERS_VERSION_PATH = '/bpm/instance/bytemplate/orders/order_approval/version';
export const LEAVE_VERSION_PATH = '/bpm/instance/bytemplate/hr/leave_request/version';

/** The demo seed's orders/order_approval instances (versions 1, 2, 3), by what they are. */
export const ORDER = {
  wait1a: '0a0a0001-0000-4000-8000-000000000001',
  /** The id of the document's own examples. */
  wait1b: '131141f6-0d89-4316-a8f1-bc816f0672ef',
  wait2a: '0a0a0001-0000-4000-8000-000000000003',
  wait2b: '0a0a0001-0000-4000-8000-000000000004',
  exec1: '0a0a0001-0000-4000-8000-000000000005',
  exec2: '0a0a0001-0000-4000-8000-000000000006',
  done1: '0a0a0001-0000-4000-8000-000000000007',
  error1: '0a0a0001-0000-4000-8000-000000000008',
  cancel2: '0a0a0001-0000-4000-8000-000000000009',
  wait3: '0a0a0001-0000-4000-8000-000000000010',
} as const;

/** The demo seed's hr/leave_request instances (versions 1, 2). */
export const LEAVE = {
  wait1a: '0b0b0002-0000-4000-8000-000000000001',
  wait1b: '0b0b0002-0000-4000-8000-000000000002',
  exec1: '0b0b0002-0000-4000-8000-000000000003',
  done1: '0b0b0002-0000-4000-8000-000000000004',
} as const;

/** An id of the right form that names no instance. */
export const UNKNOWN_ID = 'ffffffff-ffff-4fff-bfff-ffffffffffff';

export interface RequestOptions {
  /** Default ADMIN; null sends no Authorization header. */
  token?: ElmaToken | null;
  /** Default application/json; null sends none. */
  contentType?: string | null;
  headers?: Record<string, string>;
}

function headersFor(options: RequestOptions, withBody: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? ADMIN : options.token;
  if (token) headers['Authorization'] = `Bearer ${token.token}`;
  const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
  if (withBody && contentType !== null) headers['Content-Type'] = contentType;
  return { ...headers, ...options.headers };
}

/** POSTs `body` (a string as is, anything else as JSON) to `emulator.url + path`. */
export async function post(emulator: Elma365Emulator, path: string, body: unknown, options: RequestOptions = {}): Promise<Answer> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return toAnswer(await fetch(emulator.url + path, { method: 'POST', headers: headersFor(options, true), body: text }));
}

export async function get(emulator: Elma365Emulator, path: string, options: RequestOptions = {}): Promise<Answer> {
  return toAnswer(await fetch(emulator.url + path, { headers: headersFor(options, false) }));
}

/** ELMA365's error body, as the emulator writes it. */
export function elmaError(status: number, error: string): ReturnType<typeof summary> {
  return { status, contentType: 'application/json', body: JSON.stringify({ success: false, error }) };
}

/** A successful bulk update answer. */
export function updateResult(updated: number, skipped: number, updatedIds: string[]): ReturnType<typeof summary> {
  return { status: 200, contentType: 'application/json', body: JSON.stringify({ success: true, result: { updated, skipped, updatedIds } }) };
}

/** Every instance as `id → state@version`, from the emulator's state. */
export function stateView(emulator: Elma365Emulator): Record<string, string> {
  return Object.fromEntries([...emulator.state.instances.values()].map((i) => [i.id, `${i.state}@v${i.version}`]));
}

/** The seed as `stateView` shows it before any update. */
export const SEEDED_VIEW: Readonly<Record<string, string>> = {
  [ORDER.wait1a]: 'wait@v1',
  [ORDER.wait1b]: 'wait@v1',
  [ORDER.wait2a]: 'wait@v2',
  [ORDER.wait2b]: 'wait@v2',
  [ORDER.exec1]: 'exec@v1',
  [ORDER.exec2]: 'exec@v2',
  [ORDER.done1]: 'done@v1',
  [ORDER.error1]: 'error@v1',
  [ORDER.cancel2]: 'cancel@v2',
  [ORDER.wait3]: 'wait@v3',
  [LEAVE.wait1a]: 'wait@v1',
  [LEAVE.wait1b]: 'wait@v1',
  [LEAVE.exec1]: 'exec@v1',
  [LEAVE.done1]: 'done@v1',
};

/** Every seeded instance as `id → state@version`, read over HTTP through GET …/{id}/get. */
export async function httpView(emulator: Elma365Emulator): Promise<Record<string, string>> {
  const view: Record<string, string> = {};
  for (const id of Object.keys(SEEDED_VIEW)) {
    const answer = await get(emulator, `/bpm/instance/${id}/get`);
    const data = (JSON.parse(answer.body) as { data: { __state: ElmaInstanceState; __version: number } }).data;
    view[id] = `${data.__state}@v${data.__version}`;
  }
  return view;
}
