import type { BpmFailure } from '../core/bpm-failure.js';
import type { InstanceStateItemOutcome, InstanceStatesSet, SetInstanceStatesCommand } from '../core/commands.js';
import { invalidInput } from '../core/failures.js';
import type { Refused } from '../core/input-checks.js';
import { fail, succeed, type Outcome } from '../core/outcome.js';
import type { PreviewedRequest } from '../core/request-preview.js';
import { inDoubt, MAX_BATCH_ITEMS, unknownItem } from './task-batch.js';

/** What a bulk state change needs of its backend: the single change's checks, the action of each instance, the call. */
export interface StateBatchBackend {
  maxIds: number;
  actionOf(instanceId: string): Promise<Outcome<string>>;
  send(action: string, ids: readonly string[]): Promise<Outcome<ReadonlyMap<string, BpmFailure>>>;
  preview(action: string, ids: readonly string[]): PreviewedRequest;
  /** The call's request line, for the audit trail. */
  line: { method: string; path: string };
}

/** Every id checked before anything is sent: the first problem, named `instanceIds[i]`. */
export function checkStates(command: SetInstanceStatesCommand, check: (id: string) => Refused | null, max = MAX_BATCH_ITEMS): Refused | null {
  const { instanceIds } = command;
  if (instanceIds.length === 0) return invalidInput('instanceIds', 'name at least one instance');
  if (instanceIds.length > max) return invalidInput('instanceIds', `takes at most ${max} instances per call, got ${instanceIds.length}`);
  const seen = new Map<string, number>();
  for (const [i, id] of instanceIds.entries()) {
    const refused = check(id);
    // The single change's checks name `instanceId`, or the state: the state is the batch's own.
    if (refused) return refused.kind === 'validation' && refused.field === 'instanceId' ? invalidInput(`instanceIds[${i}]`, refused.message.replace(/^instanceId: /, '')) : refused;
    const first = seen.get(id);
    if (first !== undefined) return invalidInput(`instanceIds[${i}]`, `instance ${id} is already instanceIds[${first}]`);
    seen.set(id, i);
  }
  return null;
}

/** The calls a chunk of ids becomes: its ids grouped by the vendor's action, and the ids whose action could not be told (each with why). */
async function plan(backend: StateBatchBackend, ids: readonly string[]): Promise<{ calls: Map<string, string[]>; refused: Map<string, BpmFailure> }> {
  const actions = await Promise.all(ids.map((id) => backend.actionOf(id)));
  const calls = new Map<string, string[]>();
  const refused = new Map<string, BpmFailure>();
  ids.forEach((id, i) => {
    const action = actions[i]!;
    if (!action.ok) refused.set(id, action.failure);
    else calls.set(action.value, [...(calls.get(action.value) ?? []), id]);
  });
  return { calls, refused };
}

const chunks = (ids: readonly string[], size: number): string[][] =>
  Array.from({ length: Math.ceil(ids.length / size) }, (_, i) => ids.slice(i * size, (i + 1) * size));

/** A dry run: the requests the change would send, one per chunk and action (the reads it needs are made). */
export async function previewStates(backend: StateBatchBackend, ids: readonly string[]): Promise<PreviewedRequest[]> {
  const requests: PreviewedRequest[] = [];
  for (const chunk of chunks(ids, backend.maxIds)) for (const [action, group] of (await plan(backend, chunk)).calls) requests.push(backend.preview(action, group));
  return requests;
}

/**
 * Runs a checked bulk change, one outcome per instance in input order. A call the vendor answered
 * says which instances it refused; the others changed. A call in doubt marks its instances unknown
 * and is not sent again; a call refused as a whole fails each of its instances with that refusal.
 */
export async function runStates(backend: StateBatchBackend, command: SetInstanceStatesCommand): Promise<InstanceStatesSet> {
  const byId = new Map<string, InstanceStateItemOutcome>();
  const call = backend.line;
  for (const chunk of chunks(command.instanceIds, backend.maxIds)) {
    const { calls, refused } = await plan(backend, chunk);
    for (const [id, failure] of refused) byId.set(id, { outcome: fail(failure), unknown: false });
    for (const [action, ids] of calls) {
      const sent = await backend.send(action, ids);
      for (const id of ids) {
        if (!sent.ok) byId.set(id, inDoubt(sent.failure) ? { ...unknownItem(sent.failure, 'instance'), call } : { outcome: fail(sent.failure), unknown: false, call });
        else {
          const failure = sent.value.get(id);
          byId.set(id, { outcome: failure ? fail(failure) : succeed({ instanceId: id, snapshot: null }), unknown: false, call });
        }
      }
    }
  }
  return { items: command.instanceIds.map((id) => byId.get(id)!) };
}
