import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import type { InjectedFault } from '@bpm-gateway/sandbox';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { CSA_ADMIN, CSA_TRANSPORT, ELMA_ADMIN_TOKEN, IBM_ADMIN, K2_SERVICE, startStack, type Stack } from '../support/gateway-harness.js';
import { memoryLogger } from '../support/memory-logger.js';

/**
 * Every vendor, every operation it supports, against every way a backend fails or lies: the right
 * typed error, the gateway still answering afterwards, no unhandled rejection, memory bounded.
 * Faults are injected into the emulators; retries are off here (tested on their own) so that each
 * fault is seen once, and the breaker is set out of reach so that every case meets its own fault.
 */
type Vendor = 'k2' | 'csa' | 'ibm' | 'elma';
interface Op { vendor: Vendor; name: string; query: string; ignoresBody?: boolean; mediaType: string }

const OPS: Op[] = [
  { vendor: 'k2', name: 'updateProcessInstance', mediaType: 'application/xml', query: 'mutation { r: updateProcessInstance(input: {backend: "$B", instanceId: "8", folio: "f"}) { __typename } }' },
  // K2 documents UpdateTask's success as a 200 with an empty body: whatever else a 200 carries is not read.
  { vendor: 'k2', name: 'updateTask', mediaType: 'application/xml', ignoresBody: true, query: 'mutation { r: updateTask(input: {backend: "$B", serialNumber: "8_25", action: {kind: SLEEP, sleepSeconds: 60}}) { __typename } }' },
  { vendor: 'k2', name: 'processInstance', mediaType: 'application/xml', query: '{ r: processInstance(backend: "$B", id: "8") { __typename } }' },
  { vendor: 'k2', name: 'task', mediaType: 'application/xml', query: '{ r: task(backend: "$B", serialNumber: "8_25") { __typename } }' },
  { vendor: 'csa', name: 'setInstanceState', mediaType: 'application/xml', query: 'mutation { r: setInstanceState(input: {backend: "$B", instanceId: "90d9652b3752ad4f013752ae38cb0004", returnCode: SUCCESS}) { __typename } }' },
  { vendor: 'csa', name: 'updateProcessInstance', mediaType: 'application/xml', query: 'mutation { r: updateProcessInstance(input: {backend: "$B", instanceId: "90d9652b3752ad4f013752ae38cb0004", properties: [{name: "X", values: ["1"]}]}) { __typename } }' },
  { vendor: 'csa', name: 'processInstance', mediaType: 'application/xml', query: '{ r: processInstance(backend: "$B", id: "90d9652b3752ad4f013752ae38cb0004") { __typename } }' },
  { vendor: 'ibm', name: 'updateAllVariables', mediaType: 'application/json', query: 'mutation { r: updateAllVariables(input: {backend: "$B", instanceId: "23972", variables: {approved: true}}) { __typename } }' },
  { vendor: 'ibm', name: 'processInstance', mediaType: 'application/json', query: '{ r: processInstance(backend: "$B", id: "23972") { __typename } }' },
  { vendor: 'elma', name: 'migrateInstances', mediaType: 'application/json', query: 'mutation { r: migrateInstances(input: {backend: "$B", namespace: "orders", processCode: "order_approval", allActive: true}) { __typename } }' },
  { vendor: 'elma', name: 'processInstance', mediaType: 'application/json', query: '{ r: processInstance(backend: "$B", id: "0a0a0001-0000-4000-8000-000000000001") { __typename } }' },
];

const BOMB = '<?xml version="1.0"?><!DOCTYPE b [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><r>&c;&c;&c;</r>';
const GARBAGE = Buffer.from([0x00, 0xff, 0xfe, 0x3c, 0x3f, 0x78, 0x00, 0x1b, 0x5b, 0x32, 0x4a]);

interface Fault { name: string; backend: 'normal' | 'down' | 'slow'; fault?: (op: Op) => InjectedFault; expect: (op: Op) => string }
const UNAVAILABLE = () => 'BackendUnavailableError';
const BROKEN = (op: Op) => (op.ignoresBody ? 'UpdateTaskSuccess' : 'BackendError');
const FAULTS: Fault[] = [
  { name: 'connection refused', backend: 'down', expect: UNAVAILABLE },
  { name: 'reset before answering', backend: 'normal', fault: () => ({ destroy: true }), expect: UNAVAILABLE },
  { name: 'reset mid-body', backend: 'normal', fault: (op) => ({ status: 200, headers: { 'content-type': op.mediaType }, body: `<r>${'x'.repeat(4000)}</r>`, resetAfterBytes: 64 }), expect: UNAVAILABLE },
  { name: 'slow headers', backend: 'slow', fault: () => ({ delayMs: 1500 }), expect: UNAVAILABLE },
  { name: 'slow body', backend: 'slow', fault: (op) => ({ status: 200, headers: { 'content-type': op.mediaType }, body: '{}', bodyDelayMs: 1500 }), expect: UNAVAILABLE },
  { name: '500 with garbage', backend: 'normal', fault: () => ({ status: 500, headers: { 'content-type': 'text/html' }, body: GARBAGE }), expect: () => 'BackendError' },
  { name: '200 with malformed body', backend: 'normal', fault: (op) => ({ status: 200, headers: { 'content-type': op.mediaType }, body: op.mediaType.includes('xml') ? '<<<not xml' : '{"data": [1, 2' }), expect: BROKEN },
  { name: '200 with truncated body', backend: 'normal', fault: (op) => ({ status: 200, headers: { 'content-type': op.mediaType }, body: op.mediaType.includes('xml') ? '<ProcessInstance ID="8"><DataField Name="a">x</Da' : '{"status":"200","data":{"piid":"23972","variab' }), expect: BROKEN },
  { name: 'oversized body', backend: 'normal', fault: (op) => ({ status: 200, headers: { 'content-type': op.mediaType }, body: Buffer.alloc(3 * 1024 * 1024, 0x20) }), expect: () => 'BackendError' },
  { name: 'XML entity bomb', backend: 'normal', fault: () => ({ status: 200, headers: { 'content-type': 'application/xml' }, body: BOMB }), expect: BROKEN },
];

let stack: Stack;
let gateway: RunningGateway;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let rssBefore = 0;

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  stack = await startStack();
  const resilience = { retries: 0, breakerMinimumCalls: 100_000 };
  const base = {
    k2: { vendor: 'k2', baseUrl: stack.k2.url, auth: { type: 'basic', ...pick(K2_SERVICE) } },
    csa: { vendor: 'csa', baseUrl: stack.csa.url, auth: { type: 'basic', ...CSA_TRANSPORT }, userIdentifier: CSA_ADMIN },
    ibm: { vendor: 'ibm-bpm', baseUrl: stack.ibm.url, auth: { type: 'basic', ...IBM_ADMIN } },
    elma: { vendor: 'elma365', baseUrl: stack.elma.url, auth: { type: 'bearer', token: ELMA_ADMIN_TOKEN } },
  } as const;
  gateway = await startGateway(parseConfig({
    server: { port: 0 },
    backends: Object.entries(base).flatMap(([id, b]) => [
      { id, ...b, resilience, maxResponseBytes: 2 * 1024 * 1024 },
      { id: `${id}-down`, ...b, baseUrl: b.baseUrl.replace(/:\d+\//, ':9/'), resilience },
      { id: `${id}-slow`, ...b, timeoutMs: 300, resilience },
    ]),
  }, 'test', {}), { logger: memoryLogger('info').logger });
  rssBefore = process.memoryUsage().rss;
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await gateway?.close();
  await stack?.close();
});

function pick(u: { username: string; password: string }) {
  return { username: u.username, password: u.password };
}

const ask = async (query: string) => {
  const res = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: { r?: { __typename: string }; backends?: unknown[] } };
};

describe.each(OPS)('$vendor $name', (op) => {
  it.each(FAULTS)('$name → the right typed error, and the gateway answers the next request', async (f) => {
    const emulator = stack[op.vendor];
    emulator.reset();
    if (f.fault) emulator.injectFault(f.fault(op), 3);
    const backend = f.backend === 'normal' ? op.vendor : `${op.vendor}-${f.backend}`;
    const answer = await ask(op.query.replace('$B', backend));
    expect(answer.data?.r?.__typename).toBe(f.expect(op));
    emulator.reset();
    expect((await ask('{ backends { id } }')).data?.backends).toHaveLength(12);
  });
});

describe('after the whole matrix', () => {
  it('saw no unhandled rejection, and memory stayed bounded', () => {
    expect(unhandled).toEqual([]);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
  });
});

