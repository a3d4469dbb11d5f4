import 'reflect-metadata';
import { parseConfig } from '../src/config/load-config.js';
import { startGateway } from '../src/server/start-gateway.js';

/**
 * The gateway of `npm run bench:bulk`, in a process of its own so that its RSS is its own: K2 and
 * ELMA365 behind it, defaults but for the limits a 100,000-id migration needs (DESIGN: raise them
 * for big jobs; the README's Bulk section names them) and jobs in a SQLite file under dataDir.
 */
const [k2, elma, dataDir, user, password, token] = process.argv.slice(2) as [string, string, string, string, string, string];
const config = parseConfig({
  server: {
    port: 0,
    // 100,000 UUIDs as variables: ~4 MB of JSON, and one unit of cost each.
    bodyLimitBytes: 16 * 1024 * 1024,
    limits: { maxOperationCost: 250_000 },
  },
  dataDir,
  backends: [
    { id: 'k2', vendor: 'k2', baseUrl: k2, auth: { type: 'basic', username: user, password } },
    { id: 'elma', vendor: 'elma365', baseUrl: elma, auth: { type: 'bearer', token } },
  ],
}, 'bench', {});
const gateway = await startGateway(config);
process.send!({ url: gateway.url });
process.on('SIGTERM', () => void gateway.close().then(() => process.exit(0)));
