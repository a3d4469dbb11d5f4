import { describe, expect, it } from 'vitest';
import { buildAllVariablesBody } from '../../../src/vendors/ibm-bpm/ibm-all-variables-body.js';
import { checkAllVariables } from '../../../src/vendors/ibm-bpm/ibm-input-checks.js';

describe('buildAllVariablesBody', () => {
  it('writes the documented shape, contexts keyed by activity', () => {
    expect(JSON.parse(buildAllVariablesBody({
      backend: 'ibm', instanceId: '23972', variables: { a: 1, sub: 'x' },
      contexts: [{ activityId: 'bpdid:7b2c', processId: '25.d2e1', variables: ['sub'] }],
    }))).toEqual({ variables: { a: 1, sub: 'x' }, contexts: { 'bpdid:7b2c': { processId: '25.d2e1', variables: ['sub'] } } });
  });

  it('leaves contexts out when there are none, and sends values of every JSON type unchanged', () => {
    const variables = { s: 'ü "q" \\ <x> &', n: -1.5e-7, t: true, f: false, z: null, o: { deep: [1, { x: [] }] }, a: [] };
    expect(buildAllVariablesBody({ backend: 'ibm', instanceId: '1', variables })).toBe(JSON.stringify({ variables }));
  });
});

describe('checkAllVariables', () => {
  const base = { backend: 'ibm', instanceId: '23972', variables: { a: 1 } };
  it.each([
    ['an instance id that is not a positive integer', { instanceId: 'asd' }, 'instanceId'],
    ['instance id 0', { instanceId: '0' }, 'instanceId'],
    ['no variables', { variables: {} }, 'variables'],
    ['an empty variable name', { variables: { '': 1 } }, 'variables'],
    ['an empty serverId', { serverId: ' ' }, 'serverId'],
    ['a context without activity', { contexts: [{ activityId: '', processId: '25.x', variables: ['a'] }] }, 'contexts[0].activityId'],
    ['a context without process', { contexts: [{ activityId: 'bpdid:1', processId: '', variables: ['a'] }] }, 'contexts[0].processId'],
    ['a context naming no variable', { contexts: [{ activityId: 'bpdid:1', processId: '25.x', variables: [] }] }, 'contexts[0].variables'],
    ['a context naming a variable not set', { contexts: [{ activityId: 'bpdid:1', processId: '25.x', variables: ['b'] }] }, 'contexts[0].variables[0]'],
    ['the same activity twice', { contexts: [{ activityId: 'bpdid:1', processId: '25.x', variables: ['a'] }, { activityId: 'bpdid:1', processId: '25.y', variables: ['a'] }] }, 'contexts[1].activityId'],
  ])('refuses %s', (_title, extra, field) => {
    expect(checkAllVariables({ ...base, ...extra })).toMatchObject({ kind: 'validation', field });
  });

  it('accepts a plain update', () => expect(checkAllVariables(base)).toBeNull());
});
