import type { CsaSeed } from './csa-state.js';

/**
 * One line per seeded instance and person, for the sandbox start-up banner: enough to know
 * which ids, states, properties and userIdentifiers to try.
 */
export function describeCsaSeed(seed: CsaSeed): string[] {
  const instances = seed.instances.map((i) => {
    const outcome = [i.returnCode !== null ? `return code ${i.returnCode}` : '', i.status !== null ? `status "${i.status}"` : '']
      .filter((part) => part !== '')
      .map((part) => `, ${part}`)
      .join('');
    const properties = i.properties.map((p) => `${p.name} (${p.valueType}${p.readOnly ? ', read-only' : ''})`);
    return `instance ${i.id}: ${i.processDefinition.name}, ${i.state}${outcome}; properties ${list(properties)}`;
  });
  const people = seed.people.map(
    (p) => `userIdentifier ${p.id}: ${p.organization}/${p.name}${p.admin ? ', admin' : ', not admin (gets 403)'}`,
  );
  return [...instances, ...people];
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '(none)' : items.join(', ');
}
