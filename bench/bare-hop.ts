import { createServer } from 'node:http';
import { Pool } from 'undici';
import { WORKLOADS } from './bench-workloads.js';

/**
 * (b) of `npm run bench`: the least a middle can do. node:http takes the GraphQL request, parses
 * its JSON, makes the workload's one vendor call over a keep-alive undici pool and answers a
 * GraphQL-shaped JSON. No schema, no validation: the floor the gateway is measured against.
 */
const [workloadName, vendorUrl] = process.argv.slice(2) as [string, string];
const workload = WORKLOADS.find((w) => w.vendor === workloadName)!;
const call = workload.call(vendorUrl);
const pool = new Pool(new URL(vendorUrl).origin, { connections: 64 });
const answer = JSON.stringify({ data: { r: { __typename: workload.success } } });

const server = createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c: string) => (body += c));
  req.on('end', () => {
    JSON.parse(body);
    pool.request({ method: call.method, path: call.path, headers: call.headers, body: call.body }).then(async (vendor) => {
      await vendor.body.text();
      res.writeHead(call.ok(vendor.statusCode) ? 200 : 502, { 'content-type': 'application/json' }).end(answer);
    }, () => res.writeHead(502).end());
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  process.send!({ url: `http://127.0.0.1:${address.port}` });
});
process.on('SIGTERM', () => void pool.close().finally(() => process.exit(0)));
