import 'reflect-metadata';
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { ConfigError } from './config/config-error.js';
import { loadConfigFile } from './config/load-config.js';
import type { Sandbox } from './sandbox-mode/start-sandbox.js';
import { startGateway, type RunningGateway } from './server/start-gateway.js';
import { startTracing } from './observability/tracing.js';
import { flushLogs } from './observability/logger.js';
import { announceListening, announceStopping } from './startup-banner.js';
import { reportListening, runPrimary, workerCount } from './server/worker-cluster.js';

/** pino's levels, the values LOG_LEVEL takes. */
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

const USAGE = `usage: npm start [-- --config FILE | --check-config FILE | --version]
  no config: start the built-in sandbox emulators and the gateway in front of them
  --config FILE (or BPM_GATEWAY_CONFIG=FILE): serve the backends in FILE (YAML or JSON)
  --check-config FILE: report every problem of FILE at once (exit 2), or that it is fine (exit 0); starts nothing
  --version: print the gateway's version
  PORT overrides server.port`;

/** One line per problem of the config, then exit code 2. */
function exitOnConfigError(error: ConfigError): never {
  process.stderr.write(error.message.split('\n').map((line) => `config error: ${line}\n`).join(''));
  process.exit(2);
}

async function main(): Promise<void> {
  let values: { config?: string; 'check-config'?: string; help?: boolean; version?: boolean };
  try {
    ({ values } = parseArgs({ options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' }, 'check-config': { type: 'string' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.version) {
    // package.json sits two levels above dist/src/main.js, and is read only when asked.
    const { readFile } = await import('node:fs/promises');
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    process.stdout.write(`${pkg.name} ${pkg.version} (node ${process.version})\n`);
    return;
  }
  const toCheck = values['check-config'];
  if (toCheck !== undefined) {
    try {
      const config = await loadConfigFile(toCheck);
      process.stdout.write(`config ok: ${toCheck}: ${config.backends.length} backends (${config.backends.map((b) => `${b.id}: ${b.vendor}`).join(', ')})\n`);
      return;
    } catch (error) {
      if (error instanceof ConfigError) exitOnConfigError(error);
      throw error;
    }
  }
  const configFile = values.config ?? process.env.BPM_GATEWAY_CONFIG;
  const level = process.env.LOG_LEVEL;
  if (level !== undefined && !LOG_LEVELS.includes(level)) {
    process.stderr.write(`error: LOG_LEVEL '${level.slice(0, 40)}' is not a log level (${LOG_LEVELS.join(', ')})\n`);
    process.exit(2);
  }
  const tracing = await startTracing();
  let sandbox: Sandbox | undefined;
  let gateway: RunningGateway;
  try {
    if (configFile) {
      const config = await loadConfigFile(configFile);
      const workers = workerCount(config.server.workers);
      if (workers > 1 && cluster.isPrimary) {
        // This process only starts, watches and stops the workers; each serves the port.
        await tracing?.shutdown();
        const backends = config.backends.map((b) => ({ id: b.id, vendor: b.vendor }));
        runPrimary(workers, {
          listening: (url, count) => announceListening({ sandbox: false, url, backends, workers: count }),
          stopping: (why) => announceStopping(why),
          notice: (line) => process.stderr.write(`${line}\n`),
        });
        return;
      }
      gateway = await startGateway(config);
    } else {
      // Loaded only here: a gateway serving real backends carries none of the emulators' code.
      const { startSandbox } = await import('./sandbox-mode/start-sandbox.js');
      const { SANDBOX_EXAMPLES } = await import('./sandbox-mode/sandbox-examples.js');
      sandbox = await startSandbox();
      gateway = await startGateway(sandbox.config, { examples: SANDBOX_EXAMPLES });
    }
  } catch (error) {
    await sandbox?.close();
    if (error instanceof ConfigError) exitOnConfigError(error);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      const { address, port } = error as { address?: string; port?: number };
      const where = `${address ?? 'the host'}:${port ?? '?'}`;
      const why = code === 'EADDRINUSE' ? 'is already in use' : code === 'EACCES' ? 'may not be listened on by this user' : 'is not an address of this machine';
      process.stderr.write(`error: ${where} ${why}; choose another with PORT=… or server.port / server.host\n`);
      process.exit(2);
    }
    throw error;
  }

  // With server.workers the primary announces the gateway once every worker listens; log lines of
  // the start come before the announcement.
  flushLogs();
  if (cluster.isWorker) reportListening(gateway.url);
  else announceListening({
    sandbox: !!sandbox,
    url: gateway.url,
    backends: gateway.registry.list().map((b) => {
      const emulator = sandbox?.backends.find((e) => e.id === b.id);
      return { id: b.id, vendor: b.vendor, ...(emulator ? { emulator: emulator.url, seed: emulator.seed } : {}) };
    }),
  });

  let stopping = false;
  const stop = async (signal: string) => {
    // A second signal while draining means "now": the operator has chosen to cut what still runs.
    if (stopping) process.exit(1);
    stopping = true;
    // The request lines from before the signal come first.
    flushLogs();
    if (!cluster.isWorker) announceStopping(signal);
    // Requests in flight are answered first (server.shutdownGraceMs); then the pools close.
    await gateway.close();
    await sandbox?.close();
    await tracing?.shutdown();
    process.exit(0);
  };
  // A worker's one stop is the primary's SIGTERM: a Ctrl-C reaches the whole process group, and
  // taken here too it would count as a second signal and cut what is in flight.
  process.on('SIGINT', () => { if (!cluster.isWorker) void stop('SIGINT'); });
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

await main();
