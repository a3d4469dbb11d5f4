import type { InstanceState } from '../../core/commands.js';
import type { ProcessInstanceView, VariableView } from '../../core/read-views.js';
import type { OperationDeclaration } from '../../pipeline/vendor-operation.js';
import { checkCsaId } from './csa-input-checks.js';
import { parseCsaInstance, type CsaInstance } from './csa-process-instance-xml.js';
import { CSA_PROCESS_STATES } from './csa-state-rules.js';
import { CSA_XML_ACCEPT, type CsaSettings } from './csa-wire.js';

/**
 * `GET /processinstances/{id}?userIdentifier=…`: the ProcessInstance VO. CSA has no bulk read, so
 * a batch is parallel single reads; a CSA state check reads through the same loader.
 */
export const csaReadInstance: OperationDeclaration<string, ProcessInstanceView, CsaSettings> = {
  check: (id) => checkCsaId(id, 'id'),
  request: (id, { userIdentifier }) => ({ method: 'GET', path: `/processinstances/${encodeURIComponent(id)}`, query: { userIdentifier }, headers: CSA_XML_ACCEPT }),
  effect: 'read',
  read: ({ body }) => {
    const instance = parseCsaInstance(body);
    return instance instanceof Error ? instance : csaInstanceView(instance);
  },
};

/**
 * A CSA instance as the vendor-neutral view. CSA's VO carries no start time, folio or priority;
 * properties become variables typed by their CSA value type, values as JSON (INTEGER a number,
 * BOOLEAN a boolean, LIST an array, STRING text) so that clients need not parse them.
 */
export function csaInstanceView(instance: CsaInstance): ProcessInstanceView {
  return {
    id: instance.id,
    backend: '',
    vendor: 'CSA',
    state: instance.processState ?? 'UNKNOWN',
    vendorState: instance.vendorState,
    name: instance.definitionName,
    folio: null,
    priority: null,
    startedAt: null,
    version: null,
    variables: (instance.properties ?? []).map(propertyVariable),
    executionTree: null,
  };
}

/** The CSA state a view's vendor word names, if it is one of CSA's. */
export function csaStateOf(view: ProcessInstanceView): InstanceState | null {
  return view.vendorState !== null && view.vendorState in CSA_PROCESS_STATES ? (view.vendorState as InstanceState) : null;
}

function propertyVariable(p: { name: string; type: string; values: string[] }): VariableView {
  // Several values (any CSA type may carry them) read as the list they are, in order.
  if (p.values.length > 1) return { name: p.name, type: 'LIST', value: [...p.values], scope: null };
  const one = p.values[0];
  switch (p.type) {
    case 'INTEGER': {
      const n = Number(one);
      return { name: p.name, type: 'INTEGER', value: one !== undefined && Number.isInteger(n) ? n : one ?? null, scope: null };
    }
    case 'BOOLEAN':
      return { name: p.name, type: 'BOOLEAN', value: one === 'true' ? true : one === 'false' ? false : one ?? null, scope: null };
    case 'LIST':
      return { name: p.name, type: 'LIST', value: [...p.values], scope: null };
    default:
      return { name: p.name, type: 'STRING', value: one ?? null, scope: null };
  }
}
