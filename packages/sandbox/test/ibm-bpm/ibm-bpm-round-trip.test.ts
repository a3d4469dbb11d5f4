import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startIbmBpmEmulator } from '../../src/ibm-bpm/ibm-bpm-emulator.js';
import { ADMIN, APPROVAL, BILLING, PIID, get, putVariables, readBack } from './ibm-bpm-test-kit.js';

const emulator = useEmulator(() => startIbmBpmEmulator({ users: [ADMIN] }));

const ACTIVE = PIID.Active;

/** JSON values of every type that must come back exactly as sent. */
const VALUES: readonly [string, unknown][] = [
  ['a string with quotes and backslashes', 'say "hi" \\ C:\\temp\\'],
  ['a string with XML specials', '<b>Fish & Chips</b> &amp; ]]>'],
  ['a string with non-ASCII and emoji', 'Zoë – Straße – 日本 – 🚀👍🏽'],
  ['a string with control characters', 'line1\r\nline2\ttab\u0000nul\u001f'],
  ['a string with line and paragraph separators', 'a\u2028b\u2029c'],
  ['an empty string', ''],
  ['a negative integer', -17],
  ['a fraction', 0.125],
  ['an exponent', 6.02e23],
  ['a tiny exponent', -1.5e-300],
  ['the largest safe integer', Number.MAX_SAFE_INTEGER],
  ['true', true],
  ['false', false],
  ['null', null],
  ['an empty object', {}],
  ['an empty array', []],
  ['a nested object', { address: { city: 'Zürich', lines: ['Bahnhofstrasse 1', null] }, tags: { '': 'empty key', 'a.b': 1 } }],
  ['an array of every type', ['s', 1, -2.5, true, false, null, { k: [1, [2, [3]]] }, []]],
];

describe('round trip through allVariables and GET', () => {
  it.each(VALUES)('stores %s exactly at top level, in a subprocess and in a linked process', async (_name, value) => {
    const answer = await putVariables(emulator, ACTIVE, {
      variables: { notes: value, approverComment: value, invoiceNumber: value },
      contexts: {
        [APPROVAL.flowObjectId]: { processId: APPROVAL.processId, variables: ['approverComment'] },
        [BILLING.flowObjectId]: { processId: BILLING.processId, variables: ['invoiceNumber'] },
      },
    });
    const back = await readBack(emulator, ACTIVE);

    expect([
      answer.status,
      (back.variables as Record<string, unknown>)['notes'],
      (back.contexts[APPROVAL.flowObjectId] as Record<string, unknown>)['approverComment'],
      (back.contexts[BILLING.flowObjectId] as Record<string, unknown>)['invoiceNumber'],
    ]).toEqual([200, value, value, value]);
  });

  it('keeps the order of an object\'s members', async () => {
    await putVariables(emulator, ACTIVE, { variables: { shipping: { z: 1, a: 2, m: 3 } } });

    const body = (await get(emulator, `/process/${ACTIVE}?parts=data`)).body;

    expect(body).toContain('"shipping":{"z":1,"a":2,"m":3}');
  });

  it('writes non-ASCII as UTF-8, not as \\u escapes', async () => {
    await putVariables(emulator, ACTIVE, { variables: { notes: 'Zoë 🚀' } });

    const body = (await get(emulator, `/process/${ACTIVE}?parts=data`)).body;

    expect(body).toContain('"notes":"Zoë 🚀"');
  });
});
