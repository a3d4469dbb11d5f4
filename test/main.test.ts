import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startK2Emulator } from '@bpm-gateway/sandbox';
import { MAIN, spawnProgram } from './support/spawned-program.js';

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => { for (const c of children.splice(0)) c.kill('SIGKILL'); });
const run = (args: string[], env: Record<string, string> = {}) => spawnProgram(children, process.execPath, [MAIN, ...args], env);

/** The answer without `extensions` (which carry the request id, checked where it matters). */
const gql = async (url: string, query: string) => {
  const { extensions: _ignored, ...answer } = (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as Record<string, unknown>;
  return answer;
};

describe('npm start (the built main)', () => {
  it('with no config starts the K2 sandbox and the gateway, serves, and stops cleanly on SIGTERM', async () => {
    const proc = run([]);
    const url = await proc.url;
    expect(proc.out()).toMatch(/"id":"k2","vendor":"K2","emulator":"http:\/\/127\.0\.0\.1:\d+\/K2Services"/);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect(await gql(url, 'mutation { updateTask(input: {backend: "k2", serialNumber: "8_25", action: {kind: ACTION, name: "Approve"}}) { __typename ... on UpdateTaskSuccess { vendorAction } } }'))
      .toEqual({ data: { updateTask: { __typename: 'UpdateTaskSuccess', vendorAction: 'a:Approve' } } });
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    expect(proc.err()).toBe('');
  });

  it('serves the CSA sandbox: ACTIVE → COMPLETED, COMPLETED → ACTIVE refused, properties merged', async () => {
    const proc = run([]);
    const url = await proc.url;
    expect(proc.out()).toMatch(/"id":"csa","vendor":"CSA","emulator":"http:\/\/127\.0\.0\.1:\d+\/csa\/rest"/);
    const setState = (state: string) => gql(url, `mutation { setInstanceState(input: {backend: "csa", instanceId: "90d9652b3752ad4f013752ae38cb0004", state: ${state}}) {
      __typename ... on SetInstanceStateSuccess { state } ... on InvalidStateTransitionError { currentState requestedState } } }`);
    expect(await setState('COMPLETED')).toEqual({ data: { setInstanceState: { __typename: 'SetInstanceStateSuccess', state: 'COMPLETED' } } });
    expect(await setState('ACTIVE')).toEqual({ data: { setInstanceState: { __typename: 'InvalidStateTransitionError', currentState: 'COMPLETED', requestedState: 'ACTIVE' } } });
    expect(await gql(url, `mutation { updateProcessInstance(input: {backend: "csa", instanceId: "90d9652b3752ad4f013752ae38cb0004",
      properties: [{name: "OWNER", values: ["ops"]}]}) { __typename ... on UpdateProcessInstanceSuccess { properties { name values } } } }`))
      .toMatchObject({ data: { updateProcessInstance: { __typename: 'UpdateProcessInstanceSuccess', properties: expect.arrayContaining([{ name: 'OWNER', values: ['ops'] }]) } } });
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  });

  it('serves the IBM and ELMA365 sandboxes: variables updated, a Completed instance refused, Pending instances migrated', async () => {
    const proc = run([]);
    const url = await proc.url;
    expect(proc.out()).toMatch(/"id":"ibm","vendor":"IBM_BPM","emulator":"http:\/\/127\.0\.0\.1:\d+\/rest\/bpm\/wle\/v1"/);
    expect(proc.out()).toMatch(/"id":"elma","vendor":"ELMA365","emulator":"http:\/\/127\.0\.0\.1:\d+\/pub\/v1"/);
    const vars = (id: string, variables: string) => gql(url, `mutation { updateAllVariables(input: {backend: "ibm", instanceId: "${id}", variables: ${variables}}) {
      __typename ... on InvalidStateTransitionError { currentState vendorCode } } }`);
    expect(await vars('23972', '{ approved: true }')).toEqual({ data: { updateAllVariables: { __typename: 'UpdateAllVariablesSuccess' } } });
    expect(await vars('23974', '{ verified: true }')).toEqual({ data: { updateAllVariables: { __typename: 'InvalidStateTransitionError', currentState: 'Completed', vendorCode: 'CWTBG0014E' } } });
    expect(await gql(url, `mutation { migrateInstances(input: {backend: "elma", namespace: "orders", processCode: "order_approval", allActive: true}) {
      __typename ... on MigrateInstancesSuccess { updatedCount } } }`)).toEqual({ data: { migrateInstances: { __typename: 'MigrateInstancesSuccess', updatedCount: 4 } } });
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  });

  it('with --config serves the configured backends, reading secrets from the environment', async () => {
    const k2 = await startK2Emulator({ users: [{ username: 'svc', password: 'from-env', canWrite: true }] });
    try {
      const dir = await mkdtemp(join(tmpdir(), 'gw-'));
      const file = join(dir, 'gateway.yaml');
      await writeFile(file, `backends:\n  - id: prod-k2\n    vendor: k2\n    baseUrl: ${k2.url}\n    auth: { type: basic, username: svc, password: '\${K2_PASSWORD}' }\n`);
      const proc = run(['--config', file], { K2_PASSWORD: 'from-env' });
      const url = await proc.url;
      expect(await gql(url, 'mutation { updateProcessInstance(input: {backend: "prod-k2", instanceId: "9", folio: "via config"}) { __typename } }'))
        .toEqual({ data: { updateProcessInstance: { __typename: 'UpdateProcessInstanceSuccess' } } });
      expect(k2.state.instances.get(9)!.folio).toBe('via config');
      expect(proc.out()).not.toContain('from-env');
      proc.child.kill('SIGINT');
      expect(await proc.exited).toBe(0);
    } finally {
      await k2.close();
    }
  });

  it('answers an unknown option with the usage and exit code 2', async () => {
    const proc = run(['--conf', 'x.yaml']);
    expect(await proc.exited).toBe(2);
    expect(proc.err()).toMatch(/Unknown option '--conf'[\s\S]*usage: npm start/);
  });

  it('takes the config from BPM_GATEWAY_CONFIG and stops with exit code 2 and one line on a config error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gw-'));
    const file = join(dir, 'broken.yaml');
    await writeFile(file, 'backends:\n  - id: k2\n    vendor: k2\n    baseUrl: not a url\n    auth: { type: basic, username: u, password: p }\n');
    const proc = run([], { BPM_GATEWAY_CONFIG: file });
    expect(await proc.exited).toBe(2);
    expect(proc.err()).toBe(`config error: ${file}: backends[0].baseUrl: must be an absolute http(s) URL\n`);
  });

  it('lists every problem of a config file at once, a missing environment variable among them, with "did you mean"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gw-'));
    const file = join(dir, 'many.yaml');
    await writeFile(file, 'server:\n  prot: 4100\nbackends:\n  - id: k2\n    vendor: k2\n    baseUrl: http://k2.acme.com/K2Services\n    timeout: 5\n    auth: { type: basic, username: u, password: "${UNSET_K2_PASSWORD}" }\n');
    const proc = run(['--config', file]);
    expect(await proc.exited).toBe(2);
    expect(proc.err().split('\n').filter(Boolean).sort()).toEqual([
      `config error: ${file}: backends[0].auth.password: environment variable UNSET_K2_PASSWORD is not set`,
      `config error: ${file}: backends[0]: unknown key "timeout" (did you mean "timeoutMs"?)`,
      `config error: ${file}: server: unknown key "prot" (did you mean "port"?)`,
    ]);
  });

  it('--check-config reports every problem at once and starts nothing; a good file says ok with exit 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gw-'));
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'server:\n  prot: 4100\nbackends:\n  - id: k2\n    vendor: k2\n    baseUrl: ftp://k2\n    auth: { type: basic, username: u, password: "${UNSET_K2_PASSWORD}" }\n');
    const checked = run(['--check-config', bad]);
    expect(await checked.exited).toBe(2);
    expect(checked.err().split('\n').filter(Boolean).sort()).toEqual([
      `config error: ${bad}: backends[0].auth.password: environment variable UNSET_K2_PASSWORD is not set`,
      `config error: ${bad}: backends[0].baseUrl: must use http or https`,
      `config error: ${bad}: server: unknown key "prot" (did you mean "port"?)`,
    ]);
    expect(checked.out()).toBe('');
    const good = join(dir, 'good.yaml');
    await writeFile(good, 'backends:\n  - id: k2\n    vendor: k2\n    baseUrl: http://k2.acme.com/K2Services\n    auth: { type: basic, username: u, password: "${K2_PW}" }\n');
    const fine = run(['--check-config', good], { K2_PW: 'secret-value' });
    expect(await fine.exited).toBe(0);
    expect(fine.out()).toBe(`config ok: ${good}: 1 backends (k2: k2)\n`);
  });

  it('says where a YAML syntax error is, in one line, with exit code 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gw-'));
    const file = join(dir, 'syntax.yaml');
    await writeFile(file, 'backends:\n  - id: k2\n    vendor: k2 x: y\n');
    const proc = run(['--config', file]);
    expect(await proc.exited).toBe(2);
    expect(proc.err()).toBe(`config error: ${file}: not valid YAML or JSON: line 3, column 13: Nested mappings are not allowed in compact mappings\n`);
  });

  it('prints its name and version with --version, and exits 0 without starting anything', async () => {
    const proc = run(['--version']);
    expect(await proc.exited).toBe(0);
    const { version } = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as { version: string };
    expect(proc.out()).toBe(`bpm-graphql-gateway ${version} (node ${process.version})\n`);
  });

  it('refuses an unknown LOG_LEVEL in one line with exit code 2', async () => {
    const proc = run([], { LOG_LEVEL: 'verbose' });
    expect(await proc.exited).toBe(2);
    expect(proc.err()).toBe("error: LOG_LEVEL 'verbose' is not a log level (fatal, error, warn, info, debug, trace, silent)\n");
  });

  it('says in one line, with exit code 2, that the port is taken', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const proc = run([], { PORT: String(port) });
      expect(await proc.exited).toBe(2);
      expect(proc.err()).toBe(`error: 127.0.0.1:${port} is already in use; choose another with PORT=… or server.port / server.host\n`);
    } finally {
      taken.close();
    }
  });

  it('keeps stdout a JSON stream when it is not a terminal: a start line with the addresses, no inline-tracing notice', async () => {
    const proc = run([]);
    const url = await proc.url;
    await gql(url, '{ backends { id } }');
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    const lines = proc.out().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'BPM GraphQL Gateway in sandbox mode listening', mode: 'sandbox', graphiql: `${url}/graphql`, health: `${url}/health` });
    expect(lines.at(-1)).toMatchObject({ msg: 'stopping', signal: 'SIGTERM' });
    expect(proc.out()).not.toContain('inline tracing');
  });
});
