import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listeningUrl } from '../support/listening-url.js';
import { MAIN } from '../support/spawned-program.js';

/** A stand-in OTLP/HTTP collector on loopback: it keeps the JSON trace exports it receives. */
interface OtlpSpan { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes: { key: string; value: { stringValue?: string; intValue?: number } }[] }
const received: OtlpSpan[] = [];
const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';
let collector: Server;
let endpoint: string;

beforeAll(async () => {
  collector = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const exported = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
        for (const rs of exported.resourceSpans) for (const ss of rs.scopeSpans) received.push(...ss.spans);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => collector.close(() => r())));

it('exports a span per GraphQL request and a child span per vendor call when OTEL_EXPORTER_OTLP_ENDPOINT is set', async () => {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: '0', OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_BSP_SCHEDULE_DELAY: '100', LOG_LEVEL: 'warn' } });
  const exited = new Promise<number | null>((r) => child.on('exit', r));
  const url = await new Promise<string>((resolve) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const found = listeningUrl(out);
      if (found) resolve(found);
    });
  });
  await fetch(`${url}/graphql`, {
    // A caller already in a trace: the gateway's spans join it.
    method: 'POST', headers: { 'content-type': 'application/json', traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` },
    body: JSON.stringify({ query: 'query ReadOrder { processInstance(backend: "ibm", id: "23972") { __typename } }' }),
  });
  child.kill('SIGTERM');
  expect(await exited).toBe(0);

  const request = received.find((s) => s.name === 'graphql query ReadOrder');
  expect(request).toBeDefined();
  expect(request!.traceId).toBe(CALLER_TRACE);
  expect(request!.parentSpanId).toBe(CALLER_SPAN);
  const vendor = received.filter((s) => s.name === 'vendor GET' && s.traceId === request!.traceId);
  expect(vendor).toHaveLength(1);
  expect(vendor[0]!.parentSpanId).toBe(request!.spanId);
  expect(vendor[0]!.attributes).toContainEqual({ key: 'bpm.backend', value: { stringValue: 'ibm' } });
});
