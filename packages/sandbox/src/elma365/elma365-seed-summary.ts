import { ELMA_INSTANCE_STATES, type ElmaSeed } from './elma365-state.js';

/**
 * For the sandbox start-up banner: one line per process (versions and a count per state), then
 * one per instance, so a user can pick ids to try.
 */
export function describeElmaSeed(seed: ElmaSeed): string[] {
  const lines: string[] = [];
  for (const p of seed.processes) {
    const instances = seed.instances.filter((i) => i.namespace === p.namespace && i.code === p.code);
    const versions = [...p.versions].sort((a, b) => a - b);
    const counts = ELMA_INSTANCE_STATES.map((s) => [s, instances.filter((i) => i.state === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`);
    lines.push(
      `process ${p.namespace}/${p.code} "${p.name}": versions ${versions.join(', ')} (latest ${versions[versions.length - 1] ?? 'none'}); ` +
        `${instances.length} instances: ${counts.length === 0 ? '(none)' : counts.join(', ')}`,
    );
    for (const i of instances) lines.push(`  instance ${i.id}: ${i.state} on v${i.version}, "${i.name}"`);
  }
  return lines;
}
