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
  effect: 'read',
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
  effect: 'read',
  read: ({ body }) => {
    const answer = readJson(DataObject, body);
    if (answer instanceof Error) return answer;
    const { data } = answer;
    const list: unknown[] = Array.isArray(data['BPDInstance']) ? data['BPDInstance'] : Object.values(data).find(Array.isArray) ?? [];
    const found = new Map<string, ProcessInstanceView>();
    for (const entry of list) {
      const instance = IbmInstance.safeParse(entry);
      if (instance.success) found.set(String(instance.data.piid), ibmInstanceView(instance.data));
    }
    return found;
  },
};

/**
 * One node of the execution tree, checked on its own (children are read node by node, to a
 * bounded depth, so a hostile tree cannot recurse without end). The tree's exact shape is not
 * public (FACTS.md): names are read leniently under those IBM's notes and REST samples use; a
 * process id under `subProcessId` (a subprocess), `processId` (a linked process, the root) or
 * `linkedProcessId`.
 */
const IbmTreeNode = z.looseObject({
  flowObjectId: optionalString, name: optionalString,
  kind: optionalString, type: optionalString, activityType: optionalString,
  state: optionalString, executionState: optionalString, status: optionalString,
  subProcessId: optionalString, processId: optionalString, linkedProcessId: optionalString,
  variables: z.record(z.string(), z.unknown()).optional().catch(undefined),
  children: z.array(z.unknown()).optional().catch(undefined),
});
type IbmTreeNode = z.infer<typeof IbmTreeNode>;
const MAX_TREE_DEPTH = 50;

/**
 * An IBM instance as the vendor-neutral view: top-level `variables` and the variables of
 * subprocess / linked-process nodes of the execution tree, scoped by their activity's
 * flowObjectId. (The tree's exact shape is not public; nodes are read wherever they carry a
 * flowObjectId and variables.)
 */
export function ibmInstanceView(data: IbmInstance): ProcessInstanceView {
  const created = data.creationTime ? new Date(data.creationTime) : null;
  const variables: VariableView[] = toVariables(data.variables, null);
  const root = IbmTreeNode.safeParse(data.executionTree?.root);
  const tree = root.success ? executionNode(root.data, variables) : null;
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

/** A node as the view shows it; on the way, its variables join the instance's, scoped by the activity. */
function executionNode(node: IbmTreeNode, variables: VariableView[], depth = 0): ExecutionNodeView {
  if (node.flowObjectId) variables.push(...toVariables(node.variables, node.flowObjectId));
  const children: ExecutionNodeView[] = [];
  if (depth < MAX_TREE_DEPTH) {
    for (const child of node.children ?? []) {
      const read = IbmTreeNode.safeParse(child);
      if (read.success) children.push(executionNode(read.data, variables, depth + 1));
    }
  }
  return {
    flowObjectId: node.flowObjectId ?? null,
    name: node.name ?? null,
    kind: node.kind ?? node.type ?? node.activityType ?? null,
    state: node.state ?? node.executionState ?? node.status ?? null,
    processId: node.subProcessId ?? node.processId ?? node.linkedProcessId ?? null,
    children,
  };
}

function toVariables(values: unknown, scope: string | null): VariableView[] {
  if (!values || typeof values !== 'object' || Array.isArray(values)) return [];
  return Object.entries(values).map(([name, value]) => ({ name, type: jsonVariableType(value), value, scope }));
}

