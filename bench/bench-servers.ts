import 'reflect-metadata';
import { parseConfig } from '../src/config/load-config.js';
import { startK2Emulator } from '@bpm-gateway/sandbox';
import { startGateway } from '../src/server/start-gateway.js';
import { createLogger } from '../src/observability/logger.js';
import { BENCH_USER } from './bench-user.js';

/**
 * The servers under test, in a process of their own so that the load generator does not share
 * their event loop: a K2 emulator and the gateway in front of it. Prints one JSON line.
 */

const k2 = await startK2Emulator({ users: [{ ...BENCH_USER, canWrite: true }] });
const config = parseConfig({
  server: { port: 0 },
  backends: [{ id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', ...BENCH_USER } }],
}, 'bench', {});
// Quiet: stdout carries the one JSON line the driver reads, and logging would cost the gateway time.
const gateway = await startGateway(config, { logger: createLogger({ level: 'warn' }) });
process.stdout.write(`${JSON.stringify({ k2: k2.url, gateway: gateway.url })}\n`);
process.on('SIGTERM', () => {
  void gateway.close().then(() => k2.close()).then(() => process.exit(0));
});
