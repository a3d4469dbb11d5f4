import { z } from 'zod';
import { jsonVariableType, type ExecutionNodeView, type ProcessInstanceView, type ProcessState, type VariableView } from '../../core/read-views.js';
import { readJson, readWithSchema } from '../../pipeline/read-with-schema.js';
import type { OperationDeclaration } from '../../pipeline/vendor-operation.js';
import { checkPiid } from './ibm-input-checks.js';
import { IBM_JSON_ACCEPT } from './ibm-wire.js';

/** IBM's executionState values (FACTS.md, egetman ExecutionState) in the gateway's terms. */
const STATES: Record<string, ProcessState> = {
  New: 'NOT_STARTED', Did_not_Start: 'NOT_STARTED', Active: 'RUNNING', Suspended: 'SUSPENDED',
  Completed: 'COMPLETED', Failed: 'FAILED', Terminated: 'CANCELED',
};

/** The parts a read asks for: the header, top-level variables, and the tree with subprocess ones. */
export const READ_PARTS = 'header|data|executionTree';

/** Ids per bulk `getdetails` call: they travel in the URL, which servers cap at a few KB. */
export const IBM_BULK_READ_IDS = 100;

const optionalString = z.string().optional().catch(undefined);
/** An instance: `data` of the GET answer, or one entry of the bulk answer. Fields beyond the piid are read leniently. */
const IbmInstance = z.looseObject({
  piid: z.union([z.string(), z.number()]),
  executionState: optionalString,
  creationTime: optionalString,
  name: optionalString,
  variables: z.unknown().optional(),
  executionTree: z.looseObject({ root: z.unknown() }).optional().catch(undefined),
});
type IbmInstance = z.infer<typeof IbmInstance>;
const DataObject = z.looseObject({ data: z.record(z.string(), z.unknown()) });

/** `GET process/{id}?parts=header|data|executionTree`, answered `{"status":"200","data":{…}}`. */
export const ibmReadInstance: OperationDeclaration<string, ProcessInstanceView> = {
  check: (id) => checkPiid(id, 'id'),
  request: (id) => ({ method: 'GET', path: `/process/${id}`, query: { parts: READ_PARTS }, headers: IBM_JSON_ACCEPT }),
  idempotent: true,
  writes: false,
  read: ({ body }) => {
    const answer = readJson(DataObject, body);
    const instance = answer instanceof Error ? answer : readWithSchema(IbmInstance, answer.data);
    return instance instanceof Error ? instance : ibmInstanceView(instance);
  },
};

/**
 * `GET process?action=getdetails&instanceIds=1,2,…`: several instances in one call. Guess: they
 * are under `data.BPDInstance`; any array under `data` is taken, and entries without a piid skipped.
 */
export const ibmReadInstances: OperationDeclaration<readonly string[], ReadonlyMap<string, ProcessInstanceView>> = {
  check: (ids) => ids.map((id) => checkPiid(id, 'id')).find((bad) => bad) ?? null,
  request: (ids) => ({ method: 'GET', path: '/process', query: { action: 'getdetails', instanceIds: ids.join(','), parts: READ_PARTS }, headers: IBM_JSON_ACCEPT }),
  idempotent: true,
  writes: false,
  read: ({ body }) => {
    const answer = readJson(DataObject, body);
    if (answer instanceof Error) return answer;
    const { data } = answer;
    const list = Array.isArray(data['BPDInstance']) ? data['BPDInstance'] : Object.values(data).find(Array.isArray) ?? [];
    const found = new Map<string, ProcessInstanceView>();
    for (const entry of list as unknown[]) {
      const instance = IbmInstance.safeParse(entry);
      if (instance.success) found.set(String(instance.data.piid), ibmInstanceView(instance.data));
    }
    return found;
  },
};

interface IbmTreeNode { flowObjectId?: unknown; variables?: unknown; children?: unknown }

/**
 * An IBM instance as the vendor-neutral view: top-level `variables` and the variables of
 * subprocess / linked-process nodes of the execution tree, scoped by their activity's
 * flowObjectId. (The tree's exact shape is not public; nodes are read wherever they carry a
 * flowObjectId and variables.)
 */
export function ibmInstanceView(data: IbmInstance): ProcessInstanceView {
  const created = data.creationTime ? new Date(data.creationTime) : null;
  const variables: VariableView[] = toVariables(data.variables, null);
  const root = data.executionTree?.root;
  if (root && typeof root === 'object') collectScoped(root as IbmTreeNode, variables);
  const tree = root && typeof root === 'object' ? executionNode(root as IbmTreeNode) : null;
  return {
    id: String(data.piid),
    backend: '',
    vendor: 'IBM_BPM',
    state: (data.executionState && STATES[data.executionState]) || 'UNKNOWN',
    vendorState: data.executionState ?? null,
    name: data.name ?? null,
    folio: null,
    priority: null,
    startedAt: created && !Number.isNaN(created.getTime()) ? created : null,
    version: null,
    variables,
    executionTree: tree ? [tree] : null,
  };
}

/**
 * A node of IBM's execution tree. Its exact shape is not public (FACTS.md): fields are read
 * leniently under the names IBM's notes and its REST samples use, the process id under
 * `subProcessId` (a subprocess), `processId` (a linked process, and the root) or `linkedProcessId`.
 */
function executionNode(node: IbmTreeNode, depth = 0): ExecutionNodeView {
  const text = (...keys: string[]) => {
    for (const key of keys) {
      const value = (node as Record<string, unknown>)[key];
      if (typeof value === 'string' && value !== '') return value;
    }
    return null;
  };
  const children = depth < 50 && Array.isArray(node.children)
    ? node.children.filter((c): c is IbmTreeNode => !!c && typeof c === 'object').map((c) => executionNode(c, depth + 1))
    : [];
  return {
    flowObjectId: text('flowObjectId'),
    name: text('name'),
    kind: text('kind', 'type', 'activityType'),
    state: text('state', 'executionState', 'status'),
    processId: text('subProcessId', 'processId', 'linkedProcessId'),
    children,
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
