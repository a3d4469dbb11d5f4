import { z } from 'zod';
import { invalidInput } from '../../core/failures.js';
import { clip } from '../../core/input-checks.js';
import { readJson } from '../../pipeline/read-with-schema.js';
import type { OperationDeclaration } from '../../pipeline/vendor-operation.js';
import { UUID } from './elma365-input-checks.js';
import { ELMA_JSON_ACCEPT } from './elma365-wire.js';
import { jsonVariableType, type ProcessInstanceView, type ProcessState } from '../../core/read-views.js';

/** ELMA365's `__state` values (the TS SDK's ProcessInstanceState) in the gateway's terms. */
const STATES: Record<string, ProcessState> = { exec: 'RUNNING', wait: 'WAITING', done: 'COMPLETED', error: 'FAILED', cancel: 'CANCELED' };

/**
 * `GET bpm/instance/{id}/get` answers `{"success": true, "data": {…}}` with the instance under
 * `data`: system fields start with `__` (`__id`, `__name`, `__state`, `__createdAt`; FACTS.md);
 * every other field is a process context variable. `__version` is the sandbox emulator's name for
 * the process version (not confirmed by ELMA365's documents).
 */
export const elmaReadInstance: OperationDeclaration<string, ProcessInstanceView> = {
  check: (id) => (UUID.test(id) ? null : invalidInput('id', `'${clip(id)}' is not a UUID`)),
  request: (id) => ({ method: 'GET', path: `/bpm/instance/${id}/get`, headers: ELMA_JSON_ACCEPT }),
  effect: 'read',
  read: ({ body }) => {
    const answer = readJson(InstanceAnswer, body);
    return answer instanceof Error ? answer : elmaInstanceView(answer.data);
  },
};

const InstanceAnswer = z.looseObject({ data: z.record(z.string(), z.unknown()) });

export function elmaInstanceView(d: Record<string, unknown>): ProcessInstanceView {
  const str = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);
  const created = str('__createdAt') ? new Date(str('__createdAt')!) : null;
  const state = str('__state');
  return {
    id: str('__id') ?? '',
    backend: '',
    vendor: 'ELMA365',
    state: (state && STATES[state]) || 'UNKNOWN',
    vendorState: state,
    name: str('__name'),
    folio: null,
    priority: null,
    startedAt: created && !Number.isNaN(created.getTime()) ? created : null,
    version: typeof d['__version'] === 'number' && Number.isInteger(d['__version']) ? d['__version'] : null,
    variables: Object.entries(d)
      .filter(([k]) => !k.startsWith('__'))
      .map(([name, value]) => ({ name, type: jsonVariableType(value), value, scope: null })),
    executionTree: null,
  };
}
