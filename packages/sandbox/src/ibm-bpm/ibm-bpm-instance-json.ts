import type { Parts } from './ibm-bpm-parts.js';
import type { IbmContext, IbmInstance } from './ibm-bpm-state.js';

/**
 * An instance as IBM's GET shows it, in the key order of the ibpm-js `getById/success.json`
 * fixture (FACTS [C-3p]).
 * Guesses:
 * - every instance belongs to one made-up process app and snapshot (PROCESS_APP);
 * - dueDate is creationTime + 8 hours (the gap in ibpm-js's start fixture);
 * - diagram and actions are left out (not modelled); so are `variables` and `executionTree` when
 *   their part is not asked for, so "not asked" never looks like "empty".
 */

export const DEFAULT_CREATION_TIME = '2026-01-05T09:00:00Z';

const PROCESS_APP = {
  processAppName: 'Order Management',
  processAppAcronym: 'ORDMGT',
  processAppID: '2066.4b1f0c7e-9d2a-4e3b-8a6f-5c7d9e1b2a30',
  snapshotName: null,
  snapshotID: '2064.8e2d7a15-3c4b-4f9e-a1d6-0b9c8e7f6a52',
  branchID: '2063.1a9c4e7b-6d3f-4b2a-9e8c-7f5d3b1a0c64',
  branchName: 'Main',
  snapshotTip: true,
} as const;

/** The user id of the emulated starter (the fixture's "2048.9"). */
const STARTER_ID = '2048.9';

export function instanceJson(instance: IbmInstance, parts: Parts): Record<string, unknown> {
  const creationTime = instance.creationTime ?? DEFAULT_CREATION_TIME;
  return {
    creationTime,
    data: '',
    description: '',
    richDescription: '',
    executionState: instance.executionState,
    state: instance.state,
    lastModificationTime: instance.lastModificationTime ?? creationTime,
    name: instance.name,
    piid: instance.piid,
    caseFolderServerName: null,
    processTemplateID: instance.processTemplateID,
    processTemplateName: instance.processTemplateName,
    ...PROCESS_APP,
    startingDocumentServerName: null,
    dueDate: plusHours(creationTime, 8),
    comments: [],
    documents: [],
    actionDetails: null,
    relationship: [],
    businessData: [],
    tasks: [],
    ...(parts.executionTree ? { executionTree: executionTreeJson(instance, parts) } : {}),
    ...(parts.data ? { variables: instance.variables } : {}),
    starterId: STARTER_ID,
  };
}

/**
 * Guess (no public example): `{root: {name, nodeId, processId, children: [activity…]}}`, one child
 * per subprocess or linked-process activity:
 * `{name, nodeId, flowObjectId, kind, subProcessId | processId, variables?, children: []}`.
 * A subprocess names its process `subProcessId` and a linked process `processId`, as the
 * document's notes do ("flowObjectId and subProcessId", "flowObjectId and processId"); either is
 * what a `contexts` entry's processId must be. `variables` comes with the `data` part.
 */
function executionTreeJson(instance: IbmInstance, parts: Parts): Record<string, unknown> {
  return {
    root: {
      name: instance.processTemplateName,
      nodeId: '1',
      processId: instance.processTemplateID,
      children: instance.contexts.map((context, index) => activityJson(context, String(index + 2), parts)),
    },
  };
}

function activityJson(context: IbmContext, nodeId: string, parts: Parts): Record<string, unknown> {
  return {
    name: context.name,
    nodeId,
    flowObjectId: context.flowObjectId,
    kind: context.kind,
    ...(context.kind === 'subprocess' ? { subProcessId: context.processId } : { processId: context.processId }),
    ...(parts.data ? { variables: context.variables } : {}),
    children: [],
  };
}

/** ISO 8601 UTC without milliseconds, as IBM writes times. */
function plusHours(iso: string, hours: number): string | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return new Date(time + hours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
