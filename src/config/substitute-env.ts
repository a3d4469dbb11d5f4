import { formatPath, type ConfigProblem } from './config-error.js';

/**
 * Replaces `${NAME}` in every string of the parsed file with the environment variable, so secrets
 * stay out of the file. `$${NAME}` stands for a literal `${NAME}`. An unset variable is a problem
 * naming the field, never a silent empty password; it is added to `problems` and the text is left
 * as it was, so that the rest of the file is still checked.
 */
export function substituteEnv(value: unknown, env: NodeJS.ProcessEnv, problems: ConfigProblem[], path: PropertyKey[] = []): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (match, escaped: string, name: string) => {
      if (escaped) return match.slice(1);
      const v = env[name];
      if (v === undefined) {
        problems.push({ field: formatPath(path) || null, problem: `environment variable ${name} is not set` });
        return match;
      }
      return v;
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => substituteEnv(v, env, problems, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, substituteEnv(v, env, problems, [...path, k])]),
    );
  }
  return value;
}
