import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCsaEmulator, type CsaEmulator, type CsaInstanceState } from '../../src/csa/csa-emulator.js';
import { STATE_CHANGES } from '../../src/csa/csa-state-rules.js';
import { TRANSPORT_USERS, put, seededId, snapshot, stateBody, statePath, summary, xmlError } from './csa-test-kit.js';

const STATES: CsaInstanceState[] = ['INITIALIZED', 'PENDING', 'READY', 'ACTIVE', 'COMPLETED', 'ERROR', 'CANCELED'];
const TERMINAL: ReadonlySet<CsaInstanceState> = new Set(['COMPLETED', 'ERROR', 'CANCELED']);
const ID = seededId(4);

/** The documented rule, written independently of the emulator's table: the message of a refusal, or null. */
function expectedRefusal(from: CsaInstanceState, to: CsaInstanceState): string | null {
  const prefix = `Process instance state cannot be changed from ${from} to ${to}`;
  if (TERMINAL.has(from) && from !== to) return `${prefix}: ${from} is a terminal state`;
  if (from === 'ACTIVE' && to === 'READY') return `${prefix}: an ACTIVE process instance cannot be reset back to READY`;
  return null;
}

const PAIRS = STATES.flatMap((from) => STATES.map((to) => ({ from, to, refusal: expectedRefusal(from, to) })));

function stateChange(to: CsaInstanceState): string {
  return stateBody(`<processInstanceState><name>${to}</name></processInstanceState>`);
}

describe('the state table', () => {
  it('holds all 49 pairs, refusing exactly the 19 the documented rule refuses', () => {
    const refused = STATES.flatMap((from) => STATES.filter((to) => STATE_CHANGES[from][to] !== 'allowed').map((to) => `${from}->${to}`));

    expect(refused).toEqual(PAIRS.filter((p) => p.refusal !== null).map((p) => `${p.from}->${p.to}`));
  });
});

describe.each([
  { label: 'by default', options: {}, refusalStatus: 409 },
  { label: 'with stateRefusalStatus 500', options: { stateRefusalStatus: 500 as const }, refusalStatus: 500 },
])('state changes $label', ({ options, refusalStatus }) => {
  let emulator: CsaEmulator;
  beforeAll(async () => {
    emulator = await startCsaEmulator({ transportUsers: TRANSPORT_USERS, ...options });
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.close());

  for (const { from, to, refusal } of PAIRS) {
    if (refusal === null) {
      it(`allows ${from} -> ${to}`, async () => {
        emulator.setInstanceState(ID, from);

        const answer = await put(emulator, statePath(ID), stateChange(to));

        expect([answer.status, snapshot(emulator, ID).state]).toEqual([200, to]);
      });
    } else {
      it(`refuses ${from} -> ${to} with ${refusalStatus}, leaving the instance unchanged`, async () => {
        emulator.setInstanceState(ID, from);
        const before = snapshot(emulator, ID);

        const answer = await put(emulator, statePath(ID), stateChange(to));

        expect([summary(answer), snapshot(emulator, ID)]).toEqual([xmlError(refusalStatus, 'InvalidStateTransition', refusal), before]);
      });
    }
  }

  it('applies neither return code nor status when the state change is refused', async () => {
    emulator.setInstanceState(ID, 'COMPLETED');
    const before = snapshot(emulator, ID);
    const body = stateBody(
      '<processInstanceState><name>ACTIVE</name></processInstanceState><processReturnCode><name>FAILURE</name></processReturnCode><status>retry</status>',
    );

    const answer = await put(emulator, statePath(ID), body);

    expect([answer.status, snapshot(emulator, ID)]).toEqual([refusalStatus, before]);
  });

  it('changes return code and status of a terminal instance when the state is not changed', async () => {
    const id = seededId(6);

    await put(emulator, statePath(id), stateBody('<processReturnCode><name>TIMEOUT</name></processReturnCode><status>Timed out</status>'));

    const { state, returnCode, status } = snapshot(emulator, id);
    expect({ state, returnCode, status }).toEqual({ state: 'ERROR', returnCode: 'TIMEOUT', status: 'Timed out' });
  });
});

describe('a third refusal status', () => {
  it('answers a refused change with 400 when so configured', async () => {
    const emulator = await startCsaEmulator({ transportUsers: TRANSPORT_USERS, stateRefusalStatus: 400 });
    try {
      const answer = await put(emulator, statePath(seededId(7)), stateChange('ACTIVE'));

      expect(summary(answer)).toEqual(
        xmlError(400, 'InvalidStateTransition', 'Process instance state cannot be changed from CANCELED to ACTIVE: CANCELED is a terminal state'),
      );
    } finally {
      await emulator.close();
    }
  });
});
