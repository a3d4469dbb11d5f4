import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startIbmBpmEmulator } from '../../src/ibm-bpm/ibm-bpm-emulator.js';
import { ADMIN, PIID, READER, USERS, get, json, send } from './ibm-bpm-test-kit.js';

const emulator = useEmulator(() => startIbmBpmEmulator({ users: USERS }));

const act = (piid: string, action: string, method = 'PUT', user = ADMIN) =>
  send(emulator, method, `/process/${piid}?action=${action}`, undefined, { user });

interface Details { status: string; data: { piid: string; executionState: string; state: string } }
interface ErrorBody { status: string; Data: { errorNumber: string; errorMessage: string } }

describe('IBM BPM instance state actions (PUT /process/{id}?action=)', () => {
  it.each([
    ['suspend', PIID.Active, 'Suspended', 'STATE_SUSPENDED'],
    ['resume', PIID.Suspended, 'Active', 'STATE_RUNNING'],
    ['retry', PIID.Failed, 'Active', 'STATE_RUNNING'],
    ['terminate', PIID.Active, 'Terminated', 'STATE_TERMINATED'],
  ])('%s answers the instance details in its new state, and a read sees it', async (action, piid, executionState, state) => {
    const answer = await act(piid, action);
    expect(answer.status).toBe(200);
    const body = json(answer) as Details;
    expect(body.status).toBe('200');
    expect(body.data).toMatchObject({ piid, executionState, state });
    const read = json(await get(emulator, `/process/${piid}`)) as Details;
    expect(read.data.executionState).toBe(executionState);
    expect(emulator.state.actions).toEqual([{ piid, action, username: ADMIN.username }]);
  });

  it('terminate is taken as POST, as documented, and as PUT, as ibpm-js sends it', async () => {
    expect((await act(PIID.Active, 'terminate', 'POST')).status).toBe(200);
    expect((await act(PIID.Suspended, 'terminate', 'PUT')).status).toBe(200);
  });

  it.each([
    ['resume', PIID.Active, 'Active', 'resume'],
    ['suspend', PIID.Completed, 'Completed', 'suspend'],
    ['retry', PIID.Active, 'Active', 'retry'],
    ['terminate', PIID.Terminated, 'Terminated', 'abort'],
  ])('%s in the wrong state is CWTBG0014E with 409 and changes nothing', async (action, piid, current, reported) => {
    const answer = await act(piid, action);
    expect(answer.status).toBe(409);
    const body = json(answer) as ErrorBody;
    expect(body.Data.errorNumber).toBe('CWTBG0014E');
    expect(body.Data.errorMessage).toBe(`CWTBG0014E: The state '${current}' of object '2072.${piid}' does not allow the requested action '${reported}'.`);
    expect(emulator.state.actions).toEqual([]);
  });

  it('an unknown instance is the fixture\'s 500 CWTBG0025E naming BPDInstance.N', async () => {
    const answer = await act('999999', 'suspend');
    expect(answer.status).toBe(500);
    const body = json(answer) as ErrorBody;
    expect(body.Data.errorNumber).toBe('CWTBG0025E');
    expect(body.Data.errorMessage).toContain("'BPDInstance with ID BPDInstance.999999 not found.'");
  });

  it('a caller who is no admin is refused with CWTBG0549E; terminate is reported as abort', async () => {
    const answer = await act(PIID.Active, 'terminate', 'PUT', READER);
    expect(answer.status).toBe(403);
    expect((json(answer) as ErrorBody).Data.errorMessage).toBe("CWTBG0549E: You are not authorized to perform the 'abort' action.");
    expect(emulator.state.instances.get(PIID.Active)!.executionState).toBe('Active');
  });

  it('a missing or unknown action is refused as IBM refuses query parameters', async () => {
    expect((json(await act(PIID.Active, '')) as ErrorBody).Data.errorNumber).toBe('CWTBG0023E');
    expect((json(await act(PIID.Active, 'pause')) as ErrorBody).Data.errorNumber).toBe('CWTBG0029E');
    expect((await act(PIID.Active, 'suspend', 'POST')).status).toBe(400);
  });
});
