import type { K2Seed } from './k2-state.js';

/**
 * One line per seeded instance and task, for the sandbox start-up banner: enough to know which
 * ids, serial numbers, actions and users to try.
 */
export function describeK2Seed(seed: K2Seed): string[] {
  const instances = seed.instances.map(
    (i) =>
      `instance ${i.id}: ${i.folder}\\${i.name}, folio "${i.folio}", ${i.status}; ` +
      `data fields ${list(Object.keys(i.dataFields))}; XML fields ${list(Object.keys(i.xmlFields))}`,
  );
  const tasks = seed.tasks.map((t) => {
    const actions = t.actions.map((a) => (a.batchable ? a.name : `${a.name} (not batchable)`));
    const status = t.status === 'Sleeping' ? `Sleeping until ${t.sleepUntil ?? 'woken'}` : t.status;
    return `task ${t.serialNumber}: instance ${t.processInstanceId}, "${t.activityName}", ${t.allocatedUser}, ${status}; actions ${list(actions)}`;
  });
  return [...instances, ...tasks, `users for r:/d: ${list(seed.users)}`];
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '(none)' : items.join(', ');
}
