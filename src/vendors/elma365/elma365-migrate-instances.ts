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
  idempotent: true,
  writes: true,
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
    };
  },
};
