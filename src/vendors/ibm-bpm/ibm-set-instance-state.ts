import type { InstanceState, InstanceStateSet, SetInstanceStateCommand } from '../../core/commands.js';
import { invalidInput, unsupportedRequest } from '../../core/failures.js';
import type { Refused } from '../../core/input-checks.js';
import { fail, succeed, type Outcome } from '../../core/outcome.js';
import { Refusal, type OperationDeclaration, type OperationEnv } from '../../pipeline/vendor-operation.js';
import { checkPiid } from './ibm-input-checks.js';
import { ibmReadInstance } from './ibm-read-instance.js';
import { IBM_JSON_ACCEPT } from './ibm-wire.js';

/** The instance actions a state change becomes: the documented `process/{id}?action=` (FACTS.md). */
export type IbmStateAction = 'suspend' | 'resume' | 'retry' | 'terminate';

/** The states IBM can be asked for, and the action each one is. ACTIVE is resume or retry, by the instance's state. */
const ACTION_OF_STATE = { SUSPENDED: 'suspend', ACTIVE: 'resume', CANCELED: 'terminate' } as const;
const SETTABLE = Object.keys(ACTION_OF_STATE).join(', ');

function checkIbmStateChange(command: SetInstanceStateCommand): Refused | null {
  const unsendable = command.returnCode != null ? 'returnCode' : command.status != null ? 'status' : null;
  if (unsendable) return unsupportedRequest('IBM_BPM', 'SET_INSTANCE_STATE', `${unsendable}: IBM BPM has no ${unsendable} to set on an instance; nothing was sent`);
  if (command.state == null) return invalidInput('state', `IBM BPM changes an instance's state only: set state (${SETTABLE})`);
  if (!(command.state in ACTION_OF_STATE)) {
    return unsupportedRequest('IBM_BPM', 'SET_INSTANCE_STATE', `state: IBM BPM has no action that sets ${command.state} (it can set ${SETTABLE}); nothing was sent`);
  }
  return checkPiid(command.instanceId, 'instanceId');
}

/** The action that gives an instance a (checked) state: for ACTIVE, retry if the instance has Failed, else resume. */
export async function ibmActionFor(state: InstanceState, instanceId: string, env: OperationEnv<unknown>): Promise<Outcome<IbmStateAction>> {
  const action = ACTION_OF_STATE[state as keyof typeof ACTION_OF_STATE];
  if (action !== 'resume') return succeed(action);
  const current = await env.readInstance(instanceId);
  if (!current.ok) return current;
  return succeed(current.value.vendorState === 'Failed' ? 'retry' : 'resume');
}

/**
 * `PUT process/{id}?action=suspend|resume|retry`, `POST process/{id}?action=terminate` (FACTS.md:
 * the generated document says POST for terminate; ibpm-js sends PUT), each answered with the
 * instance details. ACTIVE resumes a Suspended instance and retries a Failed one, so it reads the
 * instance first; any other current state is sent as resume, and IBM's own 409 says why not.
 */
export const ibmSetInstanceState: OperationDeclaration<SetInstanceStateCommand, InstanceStateSet, unknown, IbmStateAction> = {
  check: checkIbmStateChange,
  prepare: (command, env) => ibmActionFor(command.state!, command.instanceId, env),
  request: (command, _settings, action) => ({
    method: action === 'terminate' ? 'POST' : 'PUT',
    path: `/process/${command.instanceId}`,
    query: { action, parts: 'header' },
    headers: IBM_JSON_ACCEPT,
  }),
  // Sent twice, a suspend answers 409 the second time: never repeated blindly.
  effect: 'single write',
  statuses: {
    409: { kind: 'invalid-state-transition', message: "refused the action in the instance's current state" },
  },
  read: (response, command) => {
    // The answer is the instance details, as a read answers them.
    const view = ibmReadInstance.read(response, command.instanceId, undefined);
    if (view instanceof Error || view instanceof Refusal) return view;
    return {
      instanceId: command.instanceId,
      snapshot: { state: null, processState: view.state, vendorState: view.vendorState, returnCode: null, status: null, properties: null },
    };
  },
  settle: (outcome, command) =>
    outcome.ok || outcome.failure.kind !== 'invalid-state-transition' ? outcome : fail({ ...outcome.failure, requestedState: command.state ?? null }),
};
