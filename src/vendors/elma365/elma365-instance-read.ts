import { jsonVariableType, type ProcessInstanceView, type ProcessState } from '../../core/read-views.js';

/** ELMA365's `__state` values (the TS SDK's ProcessInstanceState) in the gateway's terms. */
const STATES: Record<string, ProcessState> = { exec: 'RUNNING', wait: 'WAITING', done: 'COMPLETED', error: 'FAILED', cancel: 'CANCELED' };

/**
 * `GET bpm/instance/{id}/get` answers `{"success": true, "data": {…}}` with the instance under
 * `data`: system fields start with `__` (`__id`, `__name`, `__state`, `__createdAt`; FACTS.md);
 * every other field is a process context variable. `__version` is the sandbox emulator's name for
 * the process version (not confirmed by ELMA365's documents).
 */
export function elmaInstanceView(body: string, backend: string): ProcessInstanceView | Error {
  let data: unknown;
  try {
    data = (JSON.parse(body) as { data?: unknown } | null)?.data;
  } catch {
    return new Error('not JSON');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return new Error('no data object in the answer');
  const d = data as Record<string, unknown>;
  const str = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);
  const created = str('__createdAt') ? new Date(str('__createdAt')!) : null;
  return {
    id: str('__id') ?? '',
    backend,
    vendor: 'ELMA365',
    state: (str('__state') && STATES[str('__state')!]) || 'UNKNOWN',
    vendorState: str('__state'),
    name: str('__name'),
    folio: null,
    priority: null,
    startedAt: created && !Number.isNaN(created.getTime()) ? created : null,
    version: Number.isInteger(d['__version']) ? (d['__version'] as number) : null,
    variables: Object.entries(d)
      .filter(([k]) => !k.startsWith('__'))
      .map(([name, value]) => ({ name, type: jsonVariableType(value), value, scope: null })),
  };
}
