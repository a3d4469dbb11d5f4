import { demoK2Seed, startCsaEmulator, startK2Emulator, type CsaEmulator, type K2Emulator } from '@bpm-gateway/sandbox';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { CSA_ADMIN, CSA_TRANSPORT, K2_SERVICE } from './gateway-harness.js';
import { memoryLogger } from './memory-logger.js';

export interface SharedIdGateway {
  gateway: RunningGateway;
  /** Two K2 servers whose seeds both hold instance 8 (and task 8_25), with different folios. */
  k2Emea: K2Emulator;
  k2Us: K2Emulator;
  csa: CsaEmulator;
  close(): Promise<void>;
}

/**
 * What the client-cache tests need: a gateway in front of two K2 servers that share vendor ids
 * (`k2-emea`, `k2-us`) and a CSA (`csa`), as a company with one K2 per region runs it.
 */
export async function startSharedIdGateway(): Promise<SharedIdGateway> {
  const seed = (folio: string) => {
    const s = demoK2Seed();
    for (const i of s.instances) if (i.id === 8) i.folio = folio;
    return s;
  };
  const k2Emea = await startK2Emulator({ users: [K2_SERVICE], seed: seed('EMEA order 8') });
  const k2Us = await startK2Emulator({ users: [K2_SERVICE], seed: seed('US order 8') });
  const csa = await startCsaEmulator({ transportUsers: [CSA_TRANSPORT] });
  const basic = (u: { username: string; password: string }) => ({ type: 'basic', username: u.username, password: u.password });
  const gateway = await startGateway(parseConfig({
    server: { port: 0 },
    backends: [
      { id: 'k2-emea', vendor: 'k2', baseUrl: k2Emea.url, auth: basic(K2_SERVICE) },
      { id: 'k2-us', vendor: 'k2', baseUrl: k2Us.url, auth: basic(K2_SERVICE) },
      { id: 'csa', vendor: 'csa', baseUrl: csa.url, auth: basic(CSA_TRANSPORT), userIdentifier: CSA_ADMIN },
    ],
  }, 'test', {}), { logger: memoryLogger().logger });
  return {
    gateway, k2Emea, k2Us, csa,
    async close() {
      await gateway.close();
      await Promise.all([k2Emea.close(), k2Us.close(), csa.close()]);
    },
  };
}
