import type { InstanceState, InstanceStateSet, SetInstanceStateCommand } from '../../core/commands.js';
import { fail, succeed, type Outcome } from '../../core/outcome.js';
import type { OperationDeclaration } from '../../pipeline/vendor-operation.js';
import { checkCsaStateChange } from './csa-input-checks.js';
import { rememberWrite, stateWritten } from './csa-own-writes.js';
import { buildCsaStateXml, parseCsaInstance, snapshotOf } from './csa-process-instance-xml.js';
import { csaStateOf } from './csa-read-instance.js';
import { csaTransitionRefusal } from './csa-state-rules.js';
import { CSA_XML_HEADERS, type CsaSettings } from './csa-wire.js';

/**
 * `PUT processinstances/{id}?view=processinstancestate&scope=view&action=merge`
 * (csa-update-process-instance.txt). State rules are checked both ways. First against a read of
 * the instance (through this request's loader, so a request touching it twice reads it once):
 * CSA's refusal status and body are not documented, so catching the documented rules before
 * writing gives a precise InvalidStateTransitionError with nothing sent. That read can race with
 * another writer, so CSA's own refusal of the PUT is mapped too, with the state read afresh.
 */
export const csaSetInstanceState: OperationDeclaration<SetInstanceStateCommand, InstanceStateSet, CsaSettings, void> = {
  check: (command) => checkCsaStateChange(command),
  prepare: async (command, env): Promise<Outcome<void>> => {
    const requested = command.state;
    if (requested == null) return succeed(undefined);
    const written = stateWritten(env, command.instanceId);
    let current: InstanceState | null | undefined = written?.state;
    let word: string | null = current ?? null;
    if (!written) {
      const read = await env.readInstance(command.instanceId);
      if (!read.ok) return read;
      current = csaStateOf(read.value);
      word = read.value.vendorState;
    }
    const refusal = current && csaTransitionRefusal(current, requested);
    if (!refusal) return succeed(undefined);
    return fail({
      kind: 'invalid-state-transition', backend: env.backend, currentState: word, requestedState: requested,
      message: `CSA instance ${command.instanceId}: not sent: ${refusal}`,
    });
  },
  request: (command, { userIdentifier }) => ({
    method: 'PUT',
    path: `/processinstances/${encodeURIComponent(command.instanceId)}`,
    query: { userIdentifier, scope: 'view', view: 'processinstancestate', action: 'merge' },
    headers: CSA_XML_HEADERS,
    body: buildCsaStateXml(command),
  }),
  // A merge sets values; sending it twice leaves the same instance.
  effect: 'repeatable write',
  read: ({ body }, command) => {
    const instance = parseCsaInstance(body);
    return instance instanceof Error ? instance : { instanceId: command.instanceId, snapshot: snapshotOf(instance) };
  },
  settle: async (outcome, command, env) => {
    rememberWrite(outcome, command.instanceId, env);
    if (outcome.ok || outcome.failure.kind !== 'invalid-state-transition') return outcome;
    const now = await env.rereadInstance(command.instanceId);
    return fail({ ...outcome.failure, currentState: now.ok ? now.value.vendorState : null, requestedState: command.state ?? null });
  },
};
