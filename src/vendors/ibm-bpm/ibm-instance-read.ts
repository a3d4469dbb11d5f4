import { jsonVariableType, type ProcessInstanceView, type ProcessState, type VariableView } from '../../core/read-views.js';

/** IBM's executionState values (FACTS.md, egetman ExecutionState) in the gateway's terms. */
const STATES: Record<string, ProcessState> = {
  New: 'NOT_STARTED', Did_not_Start: 'NOT_STARTED', Active: 'RUNNING', Suspended: 'SUSPENDED',
  Completed: 'COMPLETED', Failed: 'FAILED', Terminated: 'CANCELED',
};

/** The parts a read asks for: the header, top-level variables, and the tree with subprocess ones. */
export const READ_PARTS = 'header|data|executionTree';

interface IbmTreeNode { flowObjectId?: unknown; variables?: unknown; children?: unknown }

/**
 * An instance of IBM's GET answer (`data` of `{"status":"200","data":{…}}`, or one entry of the
 * bulk answer). Top-level `variables` and the variables of subprocess / linked-process nodes of
 * the execution tree, scoped by their activity's flowObjectId. (The tree's exact shape is not
 * public; nodes are read wherever they carry a flowObjectId and variables.)
 */
export function ibmInstanceView(data: Record<string, unknown>, backend: string): ProcessInstanceView | Error {
  const piid = data['piid'];
  if (typeof piid !== 'string' && typeof piid !== 'number') return new Error('the answer has no piid');
  const executionState = typeof data['executionState'] === 'string' ? data['executionState'] : null;
  const created = typeof data['creationTime'] === 'string' ? new Date(data['creationTime']) : null;
  const variables: VariableView[] = toVariables(data['variables'], null);
  const root = (data['executionTree'] as { root?: IbmTreeNode } | undefined)?.root;
  if (root) collectScoped(root, variables);
  return {
    id: String(piid),
    backend,
    vendor: 'IBM_BPM',
    state: (executionState && STATES[executionState]) || 'UNKNOWN',
    vendorState: executionState,
    name: typeof data['name'] === 'string' ? data['name'] : null,
    folio: null,
    priority: null,
    startedAt: created && !Number.isNaN(created.getTime()) ? created : null,
    version: null,
    variables,
  };
}

function toVariables(values: unknown, scope: string | null): VariableView[] {
  if (!values || typeof values !== 'object' || Array.isArray(values)) return [];
  return Object.entries(values).map(([name, value]) => ({ name, type: jsonVariableType(value), value, scope }));
}

function collectScoped(node: IbmTreeNode, into: VariableView[], depth = 0): void {
  if (depth > 50) return; // a tree that deep is not one IBM sends; do not recurse without end
  if (typeof node.flowObjectId === 'string') into.push(...toVariables(node.variables, node.flowObjectId));
  if (Array.isArray(node.children)) for (const child of node.children) if (child && typeof child === 'object') collectScoped(child as IbmTreeNode, into, depth + 1);
}

/** The instances of a bulk `getdetails` answer (Guess: under `data.BPDInstance`; any array under `data` is taken). */
export function bulkInstances(data: Record<string, unknown>): Record<string, unknown>[] {
  const list = Array.isArray(data['BPDInstance']) ? data['BPDInstance'] : Object.values(data).find(Array.isArray);
  return (list ?? []).filter((x): x is Record<string, unknown> => !!x && typeof x === 'object');
}
