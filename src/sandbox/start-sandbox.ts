import { randomBytes } from 'node:crypto';
import { parseConfig } from '../config/load-config.js';
import type { GatewayConfig } from '../config/config-schema.js';
import { startCsaEmulator } from './csa/csa-emulator.js';
import { demoCsaSeed, describeCsaSeed } from './csa/csa-seed.js';
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

/** The CSA admin person the sandbox gateway runs as: an id from the CSA documents' examples. */
export const SANDBOX_CSA_ADMIN = '90d96588360da0c701360da0f1d5f483';

/**
 * Starts every emulator on a loopback port of its own, seeded with demo data. The credentials
 * are made up fresh at each start and shared only between gateway and emulator: never printed.
 */
export async function startSandbox(env: NodeJS.ProcessEnv = process.env): Promise<Sandbox> {
  const secret = () => randomBytes(18).toString('base64url');
  const k2User = { username: 'ACME\\svc-k2', password: secret() };
  const csaUser = { username: 'csaTransportUser', password: secret() };
  const k2Seed = demoSeed();
  const csaSeed = demoCsaSeed();
  const k2 = await startK2Emulator({ users: [{ ...k2User, canWrite: true }], seed: k2Seed });
  const csa = await startCsaEmulator({ transportUsers: [csaUser], seed: csaSeed }).catch(async (error: unknown) => {
    await k2.close();
    throw error;
  });
  const config = parseConfig(
    {
      backends: [
        { id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', ...k2User } },
        { id: 'csa', vendor: 'csa', baseUrl: csa.url, auth: { type: 'basic', ...csaUser }, userIdentifier: SANDBOX_CSA_ADMIN },
      ],
    },
    'sandbox',
    env,
  );
  return {
    config,
    backends: [
      { id: 'k2', vendor: 'k2', url: k2.url, seed: describeK2Seed(k2Seed) },
      { id: 'csa', vendor: 'csa', url: csa.url, seed: describeCsaSeed(csaSeed) },
    ],
    async close() {
      await Promise.all([k2.close(), csa.close()]);
    },
  };
}
