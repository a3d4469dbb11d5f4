import { ConfigError, formatPath } from './config-error.js';

/**
 * Replaces `${NAME}` in every string of the parsed file with the environment variable, so secrets
 * stay out of the file. `$${NAME}` stands for a literal `${NAME}`. An unset variable is an error
 * naming the field, never a silent empty password.
 */
export function substituteEnv(value: unknown, env: NodeJS.ProcessEnv, source: string, path: PropertyKey[] = []): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (match, escaped: string, name: string) => {
      if (escaped) return match.slice(1);
      const v = env[name];
      if (v === undefined) throw new ConfigError(source, formatPath(path), `environment variable ${name} is not set`);
      return v;
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => substituteEnv(v, env, source, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, substituteEnv(v, env, source, [...path, k])]),
    );
  }
  return value;
}
