import { randomBytes } from 'node:crypto';
import {
  demoCsaSeed, demoElmaSeed, demoIbmSeed, demoK2Seed, describeCsaSeed, describeElmaSeed, describeIbmSeed, describeK2Seed,
  startCsaEmulator, startElma365Emulator, startIbmBpmEmulator, startK2Emulator, type InjectedFault,
} from '@bpm-gateway/sandbox';
import { parseConfig } from '../config/load-config.js';
import type { GatewayConfig } from '../config/config-schema.js';

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
  /** The emulators themselves, for benches that inject faults. */
  emulators: { injectFault(fault: InjectedFault, count?: number): void; reset(): void }[];
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
  const ibmUser = { username: 'bpmadmin', password: secret() };
  const elmaToken = secret();
  const seeds = { k2: demoK2Seed(), csa: demoCsaSeed(), ibm: demoIbmSeed(), elma: demoElmaSeed() };
  const started: { close(): Promise<void> }[] = [];
  const start = async <E extends { close(): Promise<void> }>(emulator: Promise<E>): Promise<E> => {
    try {
      const e = await emulator;
      started.push(e);
      return e;
    } catch (error) {
      await Promise.all(started.map((s) => s.close()));
      throw error;
    }
  };
  const k2 = await start(startK2Emulator({ users: [{ ...k2User, canWrite: true }], seed: seeds.k2 }));
  const csa = await start(startCsaEmulator({ transportUsers: [csaUser], seed: seeds.csa }));
  const ibm = await start(startIbmBpmEmulator({ users: [{ ...ibmUser, admin: true }], seed: seeds.ibm }));
  const elma = await start(startElma365Emulator({ tokens: [{ token: elmaToken, user: 'admin', admin: true }], seed: seeds.elma }));
  const config = parseConfig(
    {
      backends: [
        { id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', ...k2User } },
        { id: 'csa', vendor: 'csa', baseUrl: csa.url, auth: { type: 'basic', ...csaUser }, userIdentifier: SANDBOX_CSA_ADMIN },
        { id: 'ibm', vendor: 'ibm-bpm', baseUrl: ibm.url, auth: { type: 'basic', ...ibmUser } },
        { id: 'elma', vendor: 'elma365', baseUrl: elma.url, auth: { type: 'bearer', token: elmaToken } },
      ],
    },
    'sandbox',
    env,
  );
  return {
    config,
    backends: [
      { id: 'k2', vendor: 'k2', url: k2.url, seed: describeK2Seed(seeds.k2) },
      { id: 'csa', vendor: 'csa', url: csa.url, seed: describeCsaSeed(seeds.csa) },
      { id: 'ibm', vendor: 'ibm-bpm', url: ibm.url, seed: describeIbmSeed(seeds.ibm) },
      { id: 'elma', vendor: 'elma365', url: elma.url, seed: describeElmaSeed(seeds.elma) },
    ],
    emulators: [k2, csa, ibm, elma],
    async close() {
      await Promise.all(started.map((s) => s.close()));
    },
  };
}
