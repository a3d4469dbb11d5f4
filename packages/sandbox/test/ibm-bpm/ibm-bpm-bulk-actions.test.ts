import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startIbmBpmEmulator } from '../../src/ibm-bpm/ibm-bpm-emulator.js';
import { ADMIN, PIID, READER, USERS, get, json, send } from './ibm-bpm-test-kit.js';

const emulator = useEmulator(() => startIbmBpmEmulator({ users: USERS }));

const bulk = (action: string, ids: string, method = 'PUT', user = ADMIN) =>
  send(emulator, method, `/process/bulk?action=${action}&instanceIds=${ids}`, undefined, { user });
interface BulkAnswer { status: string; data: { failedOperations: { instanceId: string; errorNumber: string; errorMessage: string }[] } }
const stateOf = async (piid: string) => (json(await get(emulator, `/process/${piid}`)) as { data: { executionState: string } }).data.executionState;

describe('IBM BPM bulk instance actions (PUT|POST /process/bulk?action=&instanceIds=)', () => {
  it('changes every instance it can, and reports each one it could not with its own errorNumber', async () => {
    const answer = await bulk('suspend', `${PIID.Active},${PIID.Completed},999999`);
    expect(answer.status).toBe(200);
    const body = json(answer) as BulkAnswer;
    expect(body.status).toBe('200');
    expect(body.data.failedOperations).toEqual([
      { instanceId: PIID.Completed, errorNumber: 'CWTBG0014E', errorMessage: `CWTBG0014E: The state 'Completed' of object '2072.${PIID.Completed}' does not allow the requested action 'suspend'.` },
      { instanceId: '999999', errorNumber: 'CWTBG0025E', errorMessage: expect.stringContaining('BPDInstance with ID BPDInstance.999999 not found.') },
    ]);
    expect(await stateOf(PIID.Active)).toBe('Suspended');
    expect(emulator.state.actions).toEqual([{ piid: PIID.Active, action: 'suspend', username: ADMIN.username }]);
  });

  it('takes POST for every action, and answers an empty list when all succeeded', async () => {
    const body = json(await bulk('terminate', `${PIID.Active},${PIID.Suspended}`, 'POST')) as BulkAnswer;
    expect(body.data.failedOperations).toEqual([]);
    expect([await stateOf(PIID.Active), await stateOf(PIID.Suspended)]).toEqual(['Terminated', 'Terminated']);
  });

  it('refuses the whole call, changing nothing, for a missing or malformed id list, an unknown action or a caller who is not an admin', async () => {
    expect((await bulk('suspend', '')).status).toBe(400);
    expect((await bulk('suspend', `${PIID.Active},abc`)).status).toBe(400);
    expect((await bulk('pause', PIID.Active)).status).toBe(400);
    expect((await bulk('suspend', PIID.Active, 'PUT', READER)).status).toBe(403);
    expect(emulator.state.actions).toEqual([]);
  });
});
