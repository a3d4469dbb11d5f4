import type { MigrateInstancesCommand } from '../../core/commands.js';
import { invalidInput } from '../../core/failures.js';
import { clip, type Invalid } from '../../core/input-checks.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * ELMA365 workspace and process codes are identifiers (`my_workspace`, `order_approval`). They go
 * into the URL path, so anything that could step out of it (`/`, `..`, `%2F`, `?`, blanks) is
 * refused outright rather than encoded.
 */
const CODE = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,127}$/;

/**
 * One request carries at most this many ids. ELMA365 documents no limit for this call; its list
 * endpoints cap a page at 10,000, and 10,000 ids make a ~400 KB body that any server takes.
 */
export const MAX_IDS = 10_000;

/** The workspace and process codes that go into a `bytemplate/{namespace}/{code}/…` path. */
export function checkProcessCodes(command: { namespace: string; processCode: string }): Invalid | null {
  if (!CODE.test(command.namespace)) return invalidInput('namespace', `'${clip(command.namespace)}' is not an ELMA365 workspace code (letters, digits, _ and -)`);
  if (!CODE.test(command.processCode)) return invalidInput('processCode', `'${clip(command.processCode)}' is not an ELMA365 process code (letters, digits, _ and -)`);
  return null;
}

export function checkMigration(command: MigrateInstancesCommand): Invalid | null {
  const codes = checkProcessCodes(command);
  if (codes) return codes;
  const listMode = command.instanceIds != null;
  const allActive = command.allActive === true;
  if (listMode && allActive) return invalidInput('allActive', 'choose one mode: instanceIds, or allActive (with excludeIds)');
  if (!listMode && !allActive) return invalidInput('instanceIds', 'name the instances to migrate, or set allActive: true');
  if (command.excludeIds != null && !allActive) return invalidInput('excludeIds', 'only goes with allActive: true');
  if (listMode && command.instanceIds!.length === 0) return invalidInput('instanceIds', 'name at least one instance');
  return checkIds(command.instanceIds, 'instanceIds') ?? checkIds(command.excludeIds, 'excludeIds');
}

function checkIds(ids: readonly string[] | null | undefined, field: string): Invalid | null {
  if (!ids) return null;
  if (ids.length > MAX_IDS) return invalidInput(field, `at most ${MAX_IDS} ids in one request (got ${ids.length}); send several`);
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (!UUID.test(id)) return invalidInput(`${field}[${i}]`, `'${clip(id)}' is not a UUID`);
    const key = id.toLowerCase();
    if (seen.has(key)) return invalidInput(`${field}[${i}]`, `'${id}' is named twice`);
    seen.add(key);
  }
  return null;
}
