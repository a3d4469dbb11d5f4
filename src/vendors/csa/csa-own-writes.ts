import type { InstanceSnapshot } from '../../core/commands.js';
import type { Outcome } from '../../core/outcome.js';
import type { OperationEnv } from '../../pipeline/vendor-operation.js';
import type { CsaSettings } from './csa-wire.js';

/**
 * What this request's own CSA writes answered, by instance: the state checks of later writes in
 * the request use it. Reads do not: the PUT is sent with `scope=view&view=…`, and the document
 * only says it answers the "Updated ProcessInstance VO", which may hold only that view's fields.
 */
function ownWrites(env: OperationEnv<CsaSettings>): Map<string, InstanceSnapshot> {
  return env.call.scope.memo(`csa-written:${env.backend}`, () => new Map<string, InstanceSnapshot>());
}

/** The state this request's last write of the instance answered, if it wrote it. */
export function stateWritten(env: OperationEnv<CsaSettings>, instanceId: string): InstanceSnapshot | undefined {
  return ownWrites(env).get(instanceId);
}

/** Remembers what a write answered; a failed write leaves the instance unknown again. */
export function rememberWrite<R extends { instanceId: string; snapshot: InstanceSnapshot | null }>(
  outcome: Outcome<R>, instanceId: string, env: OperationEnv<CsaSettings>,
): Outcome<R> {
  const writes = ownWrites(env);
  if (outcome.ok && outcome.value.snapshot) writes.set(instanceId, outcome.value.snapshot);
  else writes.delete(instanceId);
  return outcome;
}
