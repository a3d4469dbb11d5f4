import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/gateway-harness.js';

/**
 * Property tests: any string of any Unicode content (lone surrogates and control characters
 * included) round-trips exactly through each vendor's emulator, or is refused with a
 * ValidationError naming the field, and nothing else happens: no crash, no other error.
 */
let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());

const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('', ' ', '\r\n', '\r', ']]>', '<![CDATA[', '&amp;', '"\'<>&', '\u0000', '\uFFFE', '\uD800', 'true', '😀'.repeat(20)),
);
const RUNS = { numRuns: 60 };

/** The test's own statement of XML 1.0's Char production: what no XML document can carry. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** A refusal is right exactly when the string holds such a character. */
const refusedIff = (answer: Record<string, unknown>, value: string) => expect(answer['__typename'] === 'ValidationError').toBe(NOT_XML.test(value));

/** Whether a JSON value holds a "__proto__" key, or a "constructor" holding "prototype": what the gateway's JSON parser refuses. */
function pollutes(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(pollutes);
  const record = value as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(record, '__proto__')) return true;
  const ctor = Object.prototype.hasOwnProperty.call(record, 'constructor') ? record['constructor'] : undefined;
  if (ctor !== null && typeof ctor === 'object' && Object.prototype.hasOwnProperty.call(ctor, 'prototype')) return true;
  return Object.values(record).some(pollutes);
}

async function ask(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: { r: Record<string, unknown> }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!.r;
}

describe('any string round-trips exactly or is refused with a ValidationError', () => {
  it('as a K2 process data field value and folio', async () => {
    await fc.assert(fc.asyncProperty(anyString, async (value) => {
      stack.k2.reset();
      const r = await ask('mutation($v: String!) { r: updateProcessInstance(input: {backend: "k2", instanceId: "8", folio: $v, dataFields: [{name: "Notes", value: $v}]}) { __typename ... on ValidationError { field } } }', { v: value });
      refusedIff(r, value);
      if (r['__typename'] === 'ValidationError') {
        expect(['folio', 'dataFields[0].value']).toContain(r['field']);
        expect(stack.k2.received).toHaveLength(0);
      } else {
        expect(r['__typename']).toBe('UpdateProcessInstanceSuccess');
        expect(stack.k2.state.instances.get(8)!.dataFields.get('Notes')).toBe(value);
        expect(stack.k2.state.instances.get(8)!.folio).toBe(value);
      }
    }), RUNS);
  });

  it('as a K2 activity data field value on a task action', async () => {
    await fc.assert(fc.asyncProperty(anyString, async (value) => {
      stack.k2.reset();
      const r = await ask('mutation($v: String!) { r: updateTask(input: {backend: "k2", serialNumber: "8_25", action: {kind: SLEEP, sleepSeconds: 5}, activityDataFields: [{name: "Comment", value: $v}]}) { __typename ... on ValidationError { field } } }', { v: value });
      refusedIff(r, value);
      if (r['__typename'] === 'ValidationError') expect(r['field']).toBe('activityDataFields[0].value');
      else expect(stack.k2.state.tasks.get('8_25')!.activityDataFields.get('Comment')).toBe(value);
    }), RUNS);
  });

  it('as a CSA property value and status', async () => {
    await fc.assert(fc.asyncProperty(anyString, async (value) => {
      stack.csa.reset();
      const id = '90d9652b3752ad4f013752ae38cb0004';
      const r = await ask('mutation($v: String!) { r: updateProcessInstance(input: {backend: "csa", instanceId: "90d9652b3752ad4f013752ae38cb0004", properties: [{name: "NOTE", values: [$v]}]}) { __typename ... on ValidationError { field } } }', { v: value });
      refusedIff(r, value);
      if (r['__typename'] === 'ValidationError') expect(r['field']).toBe('properties[0].values[0]');
      else expect(stack.csa.state.instances.get(id)!.properties.find((p) => p.name === 'NOTE')!.values).toEqual([value]);
      const s = await ask('mutation($v: String!) { r: setInstanceState(input: {backend: "csa", instanceId: "90d9652b3752ad4f013752ae38cb0004", status: $v}) { __typename ... on ValidationError { field } } }', { v: value });
      refusedIff(s, value);
      if (s['__typename'] === 'ValidationError') expect(s['field']).toBe('status');
      else expect(stack.csa.state.instances.get(id)!.status).toBe(value);
    }), RUNS);
  });

  it('as an IBM variable (and any JSON value at all, but for the keys of prototype pollution, refused clearly)', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(anyString, fc.jsonValue({ maxDepth: 4 }), fc.constant({ ['__proto__']: 0 }), fc.constant({ constructor: { prototype: {} } })), async (value) => {
      stack.ibm.reset();
      const query = 'mutation($v: JSONObject!) { r: updateAllVariables(input: {backend: "ibm", instanceId: "23972", variables: $v}) { __typename } }';
      if (pollutes(value)) {
        const res = await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { v: { notes: value } } }) });
        expect(res.status).toBe(400);
        expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
        expect(stack.ibm.received).toHaveLength(0);
        return;
      }
      const r = await ask(query, { v: { notes: value } });
      expect(r['__typename']).toBe('UpdateAllVariablesSuccess');
      // JSON on the way in and out: what IBM stored is what JSON makes of the value.
      expect(stack.ibm.state.instances.get('23972')!.variables['notes']).toEqual(JSON.parse(JSON.stringify(value)));
    }), RUNS);
  });

  it('as ELMA365 codes and ids: refused with a ValidationError unless they are what ELMA365 takes', async () => {
    await fc.assert(fc.asyncProperty(anyString, anyString, async (code, id) => {
      stack.elma.reset();
      const r = await ask('mutation($c: String!, $i: ID!) { r: migrateInstances(input: {backend: "elma", namespace: $c, processCode: "order_approval", instanceIds: [$i]}) { __typename ... on ValidationError { field } } }', { c: code, i: id });
      const valid = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,127}$/.test(code) && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
      expect(r['__typename']).toBe(valid ? (code === 'orders' ? 'MigrateInstancesSuccess' : 'NotFoundError') : 'ValidationError');
      expect(stack.elma.received).toHaveLength(valid ? 1 : 0);
    }), RUNS);
  });
});
