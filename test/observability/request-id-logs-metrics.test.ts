import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { K2_SERVICE, startStack, type Stack } from '../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());
beforeEach(() => { stack.k2.reset(); stack.logged.length = 0; });

const post = (query: string, headers: Record<string, string> = {}, variables?: unknown) =>
  fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
const APPROVE = 'mutation($n: String) { updateTask(input: {backend: "k2", serialNumber: "8_25", action: {kind: ACTION, name: $n}}) { __typename } }';
const logLines = () => stack.logged.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('request ids', () => {
  it("keeps the caller's x-request-id, sends it to the vendor, and returns it in the header and extensions", async () => {
    const res = await post(APPROVE, { 'x-request-id': 'req-42.a' }, { n: 'Approve' });
    expect(res.headers.get('x-request-id')).toBe('req-42.a');
    expect(await res.json()).toEqual({ data: { updateTask: { __typename: 'UpdateTaskSuccess' } }, extensions: { requestId: 'req-42.a' } });
    expect(stack.k2.received[0]!.headers['x-request-id']).toBe('req-42.a');
  });

  it("shows the caller's x-request-id among a dry run's headers, as the real call sends it, and sends nothing", async () => {
    const DRY = 'mutation { updateTask(input: {backend: "k2", serialNumber: "8_25", dryRun: true, action: {kind: ACTION, name: "Approve"}}) { ... on VendorRequestPreview { requests { headers { name value } } } } }';
    const res = await post(DRY, { 'x-request-id': 'dry-7' });
    expect(res.headers.get('x-request-id')).toBe('dry-7');
    const body = (await res.json()) as { data: { updateTask: { requests: { headers: { name: string; value: string }[] }[] } } };
    const headers = body.data.updateTask.requests.flatMap((r) => r.headers);
    expect(headers.filter((h) => h.name.toLowerCase() === 'x-request-id')).toEqual([{ name: 'x-request-id', value: 'dry-7' }]);
    expect(stack.k2.received).toEqual([]);
  });

  it('makes its own id when the caller sends none, or one that is not a plain token', async () => {
    const res = await post('{ backends { id } }', { 'x-request-id': 'bad id with spaces\u00e9' });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await res.json()) as { extensions: { requestId: string } }).extensions.requestId).toBe(id);
  });
});

describe('logs', () => {
  it('writes one structured info line per request, with its id and without variables or credentials', async () => {
    const secret = 'Approve-with-a-personal-note';
    await post(APPROVE, { 'x-request-id': 'log-1' }, { n: secret });
    const request = logLines().filter((l) => l['msg'] === 'graphql request');
    expect(request).toHaveLength(1);
    expect(request[0]).toMatchObject({ level: 30, requestId: 'log-1', operationType: 'mutation', graphqlErrors: 0, service: 'bpm-graphql-gateway' });
    const all = stack.logged.join('\n');
    expect(all).not.toContain(secret);
    expect(all).not.toContain(K2_SERVICE.password);
    expect(all).not.toContain(Buffer.from(`${K2_SERVICE.username}:${K2_SERVICE.password}`).toString('base64'));
  });

  it('logs each vendor call at debug level with backend, method, outcome and duration, not its body', async () => {
    await post(APPROVE, {}, { n: 'Approve' });
    const calls = logLines().filter((l) => l['msg'] === 'vendor call');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ level: 20, vendorCall: { backend: 'k2', method: 'POST', outcome: '200' } });
    expect(JSON.stringify(calls[0])).not.toContain('UpdateTask xmlns');
  });
});

describe('/metrics', () => {
  it('counts answers by operation, backend and result type, times vendor calls, and shows breaker states', async () => {
    await post(APPROVE, {}, { n: 'Approve' });
    await post(APPROVE, {}, { n: 'Approve' }); // the task is completed now: NotFoundError
    const res = await fetch(`${stack.gateway.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^bpm_gateway_requests_total\{operation="UPDATE_TASK",backend="k2",result="UpdateTaskSuccess"\} [1-9]/m);
    expect(text).toMatch(/^bpm_gateway_requests_total\{operation="UPDATE_TASK",backend="k2",result="NotFoundError"\} [1-9]/m);
    expect(text).toMatch(/^bpm_gateway_vendor_call_duration_seconds_count\{backend="k2",method="POST",outcome="200"\} [1-9]/m);
    expect(text).toMatch(/^bpm_gateway_breaker_state\{backend="k2"\} 0$/m);
    // HTTP latency by route and status, and Node's own process metrics.
    expect(text).toMatch(/^bpm_gateway_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} [1-9]/m);
    expect(text).toMatch(/^process_cpu_seconds_total [0-9.e+-]+$/m);
    expect(text).toMatch(/^process_resident_memory_bytes [1-9]/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds [0-9.e+-]+$/m);
  });

  it('labels HTTP requests by route, never by the raw path', async () => {
    for (const path of ['/nope-a', '/nope-b?x=1']) await fetch(`${stack.gateway.url}${path}`);
    const text = await (await fetch(`${stack.gateway.url}/metrics`)).text();
    expect(text).not.toContain('nope-');
    expect(text).toMatch(/^bpm_gateway_http_request_duration_seconds_count\{method="GET",route="\(no route\)",status="404"\} 2$/m);
  });

  it('labels answers for backends nobody configured as (unknown), so callers cannot grow the label set', async () => {
    for (const backend of ['nope-1', 'nope-2']) await post(`{ processInstance(backend: "${backend}", id: "1") { __typename } }`);
    const text = await (await fetch(`${stack.gateway.url}/metrics`)).text();
    expect(text).not.toContain('nope-');
    expect(text).toMatch(/^bpm_gateway_requests_total\{operation="READ_PROCESS_INSTANCE",backend="\(unknown\)",result="UnknownBackendError"\} 2$/m);
  });
});
