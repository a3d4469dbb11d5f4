import { readFile } from 'node:fs/promises';
import { parse as parseYaml, YAMLError } from 'yaml';
import type { z } from 'zod';
import { ConfigError, formatPath, type ConfigProblem } from './config-error.js';
import { knownKeysAt, nearest } from './did-you-mean.js';
import { configSchema, type GatewayConfig } from './config-schema.js';
import { substituteEnv } from './substitute-env.js';

/** Reads a YAML or JSON config file (JSON is YAML), substitutes `${ENV}`, validates it. */
export async function loadConfigFile(file: string, env: NodeJS.ProcessEnv = process.env): Promise<GatewayConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, null, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(file, null, `not valid YAML or JSON: ${yamlProblem(error)}`);
  }
  return parseConfig(raw, file, env);
}

/** The parser's message as one line: where, then what (its own message ends in a colon and a code excerpt). */
function yamlProblem(error: unknown): string {
  if (!(error instanceof YAMLError)) return (error as Error).message.split('\n')[0]!;
  const [start] = error.linePos ?? [];
  const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
  return start ? `line ${start.line}, column ${start.col}: ${what}` : what;
}

/** A schema issue as the problems it names; an unknown key says which known key it may mean. */
function describeIssue(issue: z.core.$ZodIssue): ConfigProblem[] {
  const field = formatPath(issue.path) || null;
  if (issue.code !== 'unrecognized_keys') return [{ field, problem: issue.message }];
  const known = knownKeysAt(configSchema, issue.path);
  return issue.keys.map((key) => {
    const guess = nearest(key, known);
    return { field, problem: `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}` };
  });
}

/** Validates an already-parsed config; `PORT` in the environment overrides `server.port`. */
export function parseConfig(raw: unknown, source: string, env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const problems: ConfigProblem[] = [];
  const substituted = substituteEnv(raw ?? {}, env, problems);
  const result = configSchema.safeParse(substituted);
  if (!result.success) problems.push(...result.error.issues.flatMap(describeIssue));
  if (problems.length > 0 || !result.success) throw ConfigError.of(source, problems);
  const config = result.data;
  if (env.PORT !== undefined) {
    const port = Number(env.PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError('PORT', null, `'${env.PORT}' is not a port number`);
    config.server.port = port;
  }
  return config;
}
