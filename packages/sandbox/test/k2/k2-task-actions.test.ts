import { describe, expect, it } from 'vitest';
import { parseTaskAction } from '../../src/k2/k2-task-actions.js';

const NOW = new Date('2026-11-24T12:00:00Z');

describe('parseTaskAction', () => {
  it.each([
    ['a:Approve', { kind: 'action', name: 'Approve' }],
    ['a:Send back: now', { kind: 'action', name: 'Send back: now' }],
    ['r:K2:ACME\\bob', { kind: 'redirect', user: 'K2:ACME\\bob' }],
    ['d:DENALLIX\\Joe', { kind: 'delegate', user: 'DENALLIX\\Joe' }],
    ['s:60', { kind: 'sleep', until: '2026-11-24T12:01:00Z' }],
    ['s:+60', { kind: 'sleep', until: '2026-11-24T12:01:00Z' }],
    ['s:0', { kind: 'sleep', until: null }],
    ['s:-1', { kind: 'wake' }],
    ['s:-3600', { kind: 'wake' }],
    ['s:2026-11-24T12:00:00.001Z', { kind: 'sleep', until: '2026-11-24T12:00:00.001Z' }],
    ['s:2026-11-24T12:00:00.29Z', { kind: 'sleep', until: '2026-11-24T12:00:00.290Z' }],
    ['s:2026-11-24T08:30:00-05:30', { kind: 'sleep', until: '2026-11-24T14:00:00Z' }],
    ['s:2026-11-25T02:00:01+14:00', { kind: 'sleep', until: '2026-11-24T12:00:01Z' }],
  ])('reads %j', (action, expected) => {
    expect(parseTaskAction(action, NOW)).toEqual(expected);
  });

  it.each([
    ['Approve', 'Action "Approve" is not of the form a:|r:|d:|s:<value>'],
    ['a:', 'Action "a:" is not of the form a:|r:|d:|s:<value>'],
    ['A:Approve', 'Action "A:Approve" is not of the form a:|r:|d:|s:<value>'],
    ['x:Approve', 'Action prefix "x:" is not one of a:, r:, d:, s:'],
    ['s:soon', 'sleep value "soon" is neither whole seconds nor an xsd:dateTime with a time zone'],
    ['s:1.5', 'sleep value "1.5" is neither whole seconds nor an xsd:dateTime with a time zone'],
    ['s:2026-12-01T09:00:00', 'sleep value "2026-12-01T09:00:00" is neither whole seconds nor an xsd:dateTime with a time zone'],
    ['s:2027-02-30T09:00:00Z', 'sleep value "2027-02-30T09:00:00Z" is neither whole seconds nor an xsd:dateTime with a time zone'],
    ['s:2027-01-01T24:00:00Z', 'sleep value "2027-01-01T24:00:00Z" is neither whole seconds nor an xsd:dateTime with a time zone'],
    ['s:2026-11-24T12:00:00Z', 'sleep until 2026-11-24T12:00:00Z is not in the future'],
    ['s:99999999999', 'sleep duration 99999999999 is out of range'],
  ])('refuses %j', (action, message) => {
    expect(() => parseTaskAction(action, NOW)).toThrow(message);
  });
});
