import { describe, expect, it } from 'vitest';
import type { TaskActionCommand } from '../../../src/core/commands.js';
import { encodeK2TaskAction } from '../../../src/vendors/k2/k2-task-action.js';

describe('encodeK2TaskAction', () => {
  it.each<[string, TaskActionCommand, string]>([
    ['ACTION becomes a:<name>', { kind: 'ACTION', name: 'Approve' }, 'a:Approve'],
    ['an action name keeps spaces and symbols', { kind: 'ACTION', name: 'Send back & fix' }, 'a:Send back & fix'],
    ['REDIRECT becomes r:<FQN>', { kind: 'REDIRECT', user: 'K2:ACME\\bob' }, 'r:K2:ACME\\bob'],
    ['DELEGATE becomes d:<FQN>', { kind: 'DELEGATE', user: 'K2:DENALLIX\\Joe' }, 'd:K2:DENALLIX\\Joe'],
    ['a user without a label passes as K2\'s own UpdateTasks example writes it', { kind: 'REDIRECT', user: 'DENALLIX\\Joe' }, 'r:DENALLIX\\Joe'],
    ['SLEEP for seconds becomes s:<seconds>', { kind: 'SLEEP', sleepSeconds: 3600 }, 's:3600'],
    ['SLEEP for 0 seconds sleeps indefinitely, s:0', { kind: 'SLEEP', sleepSeconds: 0 }, 's:0'],
    ['SLEEP until a moment becomes s:<UTC dateTime>', { kind: 'SLEEP', sleepUntil: new Date('2026-12-01T09:00:00+01:00') }, 's:2026-12-01T08:00:00Z'],
    ['SLEEP until keeps milliseconds when there are some', { kind: 'SLEEP', sleepUntil: new Date('2026-12-01T08:00:00.250Z') }, 's:2026-12-01T08:00:00.250Z'],
    ['WAKE becomes s:-1', { kind: 'WAKE' }, 's:-1'],
  ])('%s', (_title, action, expected) => {
    expect(encodeK2TaskAction(action)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, TaskActionCommand, string]>([
    ['an ACTION without a name', { kind: 'ACTION' }, 'action.name'],
    ['an ACTION with a blank name', { kind: 'ACTION', name: '  ' }, 'action.name'],
    ['a REDIRECT without a user', { kind: 'REDIRECT' }, 'action.user'],
    ['a DELEGATE without a user', { kind: 'DELEGATE', user: '' }, 'action.user'],
    ['a user with surrounding blanks', { kind: 'REDIRECT', user: ' K2:ACME\\bob' }, 'action.user'],
    ['SLEEP with neither seconds nor until', { kind: 'SLEEP' }, 'action.sleepSeconds'],
    ['SLEEP with both seconds and until', { kind: 'SLEEP', sleepSeconds: 10, sleepUntil: new Date('2027-01-01T00:00:00Z') }, 'action.sleepSeconds'],
    ['SLEEP with negative seconds', { kind: 'SLEEP', sleepSeconds: -1 }, 'action.sleepSeconds'],
    ['SLEEP until an invalid date', { kind: 'SLEEP', sleepUntil: new Date('nope') }, 'action.sleepUntil'],
    ['a field the kind does not use (WAKE with a name)', { kind: 'WAKE', name: 'Approve' }, 'action.name'],
    ['a field the kind does not use (ACTION with a user)', { kind: 'ACTION', name: 'Approve', user: 'K2:ACME\\bob' }, 'action.user'],
    ['an action name with a control character XML cannot carry', { kind: 'ACTION', name: 'Appr\u0001ove' }, 'action.name'],
  ])('refuses %s, naming the field', (_title, action, field) => {
    const out = encodeK2TaskAction(action);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.failure).toMatchObject({ kind: 'validation', field });
  });
});
