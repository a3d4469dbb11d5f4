/** One problem of a config: the field (null for the file as a whole) and what is wrong with it. */
export interface ConfigProblem { field: string | null; problem: string }

/**
 * A config's problems, each said in one line that names the file, the field and what is wrong.
 * All of a file's problems are reported at once, so that one run of the gateway shows them all.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly ConfigProblem[];

  constructor(readonly source: string, field: string | null, problem: string, more: readonly ConfigProblem[] = []) {
    const problems = [{ field, problem }, ...more];
    super(problems.map((p) => `${source}: ${p.field ? `${p.field}: ` : ''}${p.problem}`).join('\n'));
    this.problems = problems;
  }

  static of(source: string, problems: readonly ConfigProblem[]): ConfigError {
    const [first, ...more] = problems;
    return new ConfigError(source, first!.field, first!.problem, more);
  }
}

/** `['backends', 0, 'auth']` → `backends[0].auth`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
