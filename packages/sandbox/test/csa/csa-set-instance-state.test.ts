import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startCsaEmulator,  type CsaInstanceState } from '../../src/csa/csa-emulator.js';
import { TRANSPORT_USERS, get, instancePath, put, seededId, snapshot, stateBody, statePath, summary, xmlError } from './csa-test-kit.js';

const emulator = useEmulator(() => startCsaEmulator({ transportUsers: TRANSPORT_USERS }));

const ID = seededId(4);

describe('setInstanceState, a writer behind the gateway', () => {
  it('changes the state that the next GET reports, leaving the rest alone', async () => {
    const before = snapshot(emulator, ID);

    emulator.setInstanceState(ID, 'CANCELED');
    const read = await get(emulator, instancePath(ID));

    expect([snapshot(emulator, ID), read.body.includes('<name>CANCELED</name>')]).toEqual([{ ...before, state: 'CANCELED' }, true]);
  });

  it('ignores the state rules, as another writer may', () => {
    emulator.setInstanceState(seededId(5), 'READY');

    expect(snapshot(emulator, seededId(5)).state).toEqual('READY');
  });

  it('makes an update based on a stale read fail the state rules', async () => {
    emulator.setInstanceState(ID, 'COMPLETED');

    const answer = await put(emulator, statePath(ID), stateBody('<processInstanceState><name>ERROR</name></processInstanceState>'));

    expect(summary(answer)).toEqual(
      xmlError(409, 'InvalidStateTransition', 'Process instance state cannot be changed from COMPLETED to ERROR: COMPLETED is a terminal state'),
    );
  });

  it('throws for an unknown instance', () => {
    expect(() => emulator.setInstanceState('nope', 'ACTIVE')).toThrow('the CSA emulator has no process instance nope');
  });

  it('throws for a state CSA does not have', () => {
    expect(() => emulator.setInstanceState(ID, 'DONE' as CsaInstanceState)).toThrow('DONE is not a CSA process instance state');
  });

  it('is undone by reset', () => {
    emulator.setInstanceState(ID, 'ERROR');

    emulator.reset();

    expect(snapshot(emulator, ID).state).toEqual('ACTIVE');
  });
});
