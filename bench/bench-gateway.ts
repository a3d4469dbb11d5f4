import 'reflect-metadata';
import { parseConfig } from '../src/config/load-config.js';
import { startGateway } from '../src/server/start-gateway.js';
import { BENCH_USER } from './bench-user.js';

/**
 * (c) of `npm run bench`: the gateway with its defaults (limits, resilience, metrics, the audit
 * trail, request logging at info to stdout, which the driver sends to /dev/null; tracing off),
 * in front of the bench's K2 and IBM. `--audit off` gives the same gateway without the audit trail.
 */
const [k2, ibm, auditFlag, dataDir] = process.argv.slice(2) as [string, string, 'on' | 'off', string];
const auth = { type: 'basic', ...BENCH_USER };
const config = parseConfig({
  server: { port: 0 },
  dataDir,
  audit: { enabled: auditFlag === 'on' },
  backends: [
    { id: 'k2', vendor: 'k2', baseUrl: k2, auth },
    { id: 'ibm', vendor: 'ibm-bpm', baseUrl: ibm, auth },
  ],
}, 'bench', {});
const gateway = await startGateway(config);
process.send!({ url: gateway.url });
process.on('SIGTERM', () => void gateway.close().then(() => process.exit(0)));
