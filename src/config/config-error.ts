/** A config problem, said in one line that names the file, the field and what is wrong. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly source: string, readonly field: string | null, readonly problem: string) {
    super(`${source}: ${field ? `${field}: ` : ''}${problem}`);
  }
}

/** `['backends', 0, 'auth']` → `backends[0].auth`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
