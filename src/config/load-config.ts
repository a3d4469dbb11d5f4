import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { ConfigError, formatPath } from './config-error.js';
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
    throw new ConfigError(file, null, `not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  return parseConfig(raw, file, env);
}

/** Validates an already-parsed config; `PORT` in the environment overrides `server.port`. */
export function parseConfig(raw: unknown, source: string, env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const substituted = substituteEnv(raw ?? {}, env, source);
  const result = configSchema.safeParse(substituted);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(source, formatPath(issue.path) || null, issue.message);
  }
  const config = result.data;
  if (env.PORT !== undefined) {
    const port = Number(env.PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError('PORT', null, `'${env.PORT}' is not a port number`);
    config.server.port = port;
  }
  return config;
}
