import { randomBytes } from 'node:crypto';
import { parseConfig } from '../config/load-config.js';
import type { GatewayConfig } from '../config/config-schema.js';
import { startK2Emulator } from './k2/k2-emulator.js';
import { describeK2Seed } from './k2/k2-seed-summary.js';
import { demoSeed } from './k2/k2-seed.js';

export interface SandboxBackend {
  id: string;
  vendor: string;
  url: string;
  /** What the emulator was seeded with, a line each, for the start-up banner. */
  seed: string[];
}

export interface Sandbox {
  /** A gateway config pointing at the emulators, as if a user had written it. */
  config: GatewayConfig;
  backends: SandboxBackend[];
  close(): Promise<void>;
}

/**
 * Starts every emulator on a loopback port of its own, seeded with demo data. The credentials
 * are made up fresh at each start and shared only between gateway and emulator: never printed.
 */
export async function startSandbox(env: NodeJS.ProcessEnv = process.env): Promise<Sandbox> {
  const k2Password = randomBytes(18).toString('base64url');
  const k2Seed = demoSeed();
  const k2 = await startK2Emulator({ users: [{ username: 'ACME\\svc-k2', password: k2Password, canWrite: true }], seed: k2Seed });
  const config = parseConfig(
    {
      backends: [
        { id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', username: 'ACME\\svc-k2', password: k2Password }, timeoutMs: 15_000 },
      ],
    },
    'sandbox',
    env,
  );
  return {
    config,
    backends: [{ id: 'k2', vendor: 'k2', url: k2.url, seed: describeK2Seed(k2Seed) }],
    async close() {
      await k2.close();
    },
  };
}
