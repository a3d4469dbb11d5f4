import type { InstancesMigrated, MigrateInstancesCommand } from '../../core/commands.js';
import { Refusal, type OperationDeclaration } from '../../pipeline/vendor-operation.js';
import { checkMigration } from './elma365-input-checks.js';
import { buildMigrationBody, readMigrationAnswer } from './elma365-migration-json.js';
import { ELMA_JSON_HEADERS, MIGRATION_STATUSES } from './elma365-wire.js';

/** `POST bpm/instance/bytemplate/{namespace}/{code}/version` (elma365-migrate-instances.txt), JSON. */
export const elmaMigrateInstances: OperationDeclaration<MigrateInstancesCommand, InstancesMigrated> = {
  check: (command) => checkMigration(command),
  request: (command) => ({
    method: 'POST',
    // Codes are checked to be plain identifiers; encoding is a second fence, not the first.
    path: `/bpm/instance/bytemplate/${encodeURIComponent(command.namespace)}/${encodeURIComponent(command.processCode)}/version`,
    headers: ELMA_JSON_HEADERS,
    body: buildMigrationBody(command),
  }),
  // Moving instances to the latest version twice leaves them where once would: safe to repeat.
  effect: 'repeatable write',
  statuses: MIGRATION_STATUSES,
  read: ({ body }, command) => {
    const answer = readMigrationAnswer(body);
    if (answer instanceof Error || answer instanceof Refusal) return answer;
    const allActive = command.allActive === true;
    return {
      namespace: command.namespace,
      processCode: command.processCode,
      allActive,
      requestedIds: allActive ? null : [...command.instanceIds!],
      excludedIds: allActive ? [...(command.excludeIds ?? [])] : [],
      ...answer,
      // Only the answer's ids say what moved; the rest of the list did not.
      notMoved: !allActive && answer.updatedIds ? notIn(command.instanceIds!, answer.updatedIds).map((id) => ({ id, vendorState: null })) : null,
    };
  },
  settle: async (outcome, command, env) => {
    // Only a caller who may read instances learns their states from a read-back.
    if (!outcome.ok || outcome.value.allActive || !env.mayRead) return outcome;
    const migrated = outcome.value;
    // ELMA365 moves only Pending instances (elma365-migrate-instances.txt). Which are left is read
    // back: the ones the answer named, or (when it named none) every listed one, up to a bound.
    const ids = migrated.notMoved?.map((n) => n.id) ?? command.instanceIds!;
    if (ids.length > MAX_READ_BACK) return outcome;
    // Afresh: what this request read before the migration is stale now.
    const read = await Promise.all(ids.map((id) => env.rereadInstance(id)));
    const states = new Map(ids.map((id, i) => {
      const instance = read[i]!;
      return [id, instance.ok ? instance.value.vendorState : null];
    }));
    const notMoved = migrated.notMoved
      ? migrated.notMoved.map((n) => ({ id: n.id, vendorState: states.get(n.id) ?? null }))
      // Without the answer's ids, an instance that is not Pending now cannot have moved; a Pending
      // one may or may not have, so it is not reported either way.
      : ids.filter((id) => states.get(id) != null && states.get(id) !== PENDING).map((id) => ({ id, vendorState: states.get(id)! }));
    return { ok: true, value: { ...migrated, notMoved } };
  },
};

/** ELMA365's `__state` of a Pending instance. Guess (FACTS.md [I]): the document's "Pending" is the SDK's `wait`. */
const PENDING = 'wait';
/** The most listed instances read back after a migration; a larger list keeps what the answer said. */
const MAX_READ_BACK = 100;

function notIn(ids: readonly string[], updated: readonly string[]): string[] {
  const moved = new Set(updated.map((id) => id.toLowerCase()));
  return ids.filter((id) => !moved.has(id.toLowerCase()));
}
