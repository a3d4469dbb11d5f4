import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startIbmBpmEmulator } from '../../src/ibm-bpm/ibm-bpm-emulator.js';
import { ADMIN, ERRORS, PIID, get, json, jsonSummary, wrappedError } from './ibm-bpm-test-kit.js';

const emulator = useEmulator(() => startIbmBpmEmulator({ users: [ADMIN] }));

type Details = { status: string; data: { BPDInstance: Record<string, unknown>[] } };

async function details(query: string): Promise<Details> {
  return json(await get(emulator, `/process?${query}`)) as Details;
}

async function piids(query: string): Promise<unknown[]> {
  return (await details(query)).data.BPDInstance.map((i) => i['piid']);
}

describe('GET /process?action=getdetails', () => {
  it('answers each instance as the single GET does, in data.BPDInstance', async () => {
    const bulk = await details(`action=getdetails&instanceIds=${PIID.Active},${PIID.Failed}`);
    const single = await Promise.all([PIID.Active, PIID.Failed].map(async (id) => (json(await get(emulator, `/process/${id}`)) as { data: unknown }).data));

    expect(bulk).toEqual({ status: '200', data: { BPDInstance: single } });
  });

  it('keeps the order the ids were asked in', async () => {
    expect(await piids(`action=getdetails&instanceIds=${PIID.Terminated},${PIID.Active},${PIID.New}`)).toEqual([PIID.Terminated, PIID.Active, PIID.New]);
  });

  it('leaves out ids that name no instance or are not numbers (Guess)', async () => {
    expect(await piids(`action=getdetails&instanceIds=123456,${PIID.Active},asd,`)).toEqual([PIID.Active]);
  });

  it('answers an empty list when no id names an instance', async () => {
    expect(await details('action=getdetails&instanceIds=1,2')).toEqual({ status: '200', data: { BPDInstance: [] } });
  });

  it('lists an instance asked for twice once', async () => {
    expect(await piids(`action=getdetails&instanceIds=${PIID.Active},0${PIID.Active}`)).toEqual([PIID.Active]);
  });

  it('applies parts to every instance', async () => {
    const bulk = await details(`action=getdetails&instanceIds=${PIID.Active},${PIID.Failed}&parts=data`);

    expect(bulk.data.BPDInstance.map((i) => ['executionTree' in i, 'variables' in i])).toEqual([
      [false, true],
      [false, true],
    ]);
  });

  it('keeps only the states statusFilter names, Did_not_Start standing for New (Guess)', async () => {
    const all = Object.values(PIID).join(',');

    expect(await piids(`action=getdetails&instanceIds=${all}&statusFilter=Did_not_Start,Suspended`)).toEqual([PIID.New, PIID.Suspended]);
  });

  it('refuses an unknown statusFilter value with 400 CWTBG0029E', async () => {
    const answer = await get(emulator, `/process?action=getdetails&instanceIds=${PIID.Active}&statusFilter=Running`);

    expect(jsonSummary(answer)).toEqual(
      wrappedError(ERRORS.unsupportedValue('statusFilter', 'Running', 'Active, Completed, Failed, Terminated, Did_not_Start, Suspended')),
    );
  });

  it('refuses a missing instanceIds with 400 CWTBG0023E', async () => {
    expect(jsonSummary(await get(emulator, '/process?action=getdetails'))).toEqual(wrappedError(ERRORS.missingParameter('instanceIds')));
  });

  it('refuses an empty instanceIds with 400 CWTBG0023E', async () => {
    expect(jsonSummary(await get(emulator, '/process?action=getdetails&instanceIds='))).toEqual(wrappedError(ERRORS.missingParameter('instanceIds')));
  });

  it('refuses a missing action with 400 CWTBG0023E', async () => {
    expect(jsonSummary(await get(emulator, `/process?instanceIds=${PIID.Active}`))).toEqual(wrappedError(ERRORS.missingParameter('action')));
  });

  it('refuses another action with 400 CWTBG0029E', async () => {
    const answer = await get(emulator, `/process?action=search&instanceIds=${PIID.Active}`);

    expect(jsonSummary(answer)).toEqual(wrappedError(ERRORS.unsupportedValue('action', 'search', 'getdetails')));
  });

  it('refuses an unknown part with 400 CWTBG0029E', async () => {
    const answer = await get(emulator, `/process?action=getdetails&instanceIds=${PIID.Active}&parts=everything`);

    expect(answer.status).toEqual(400);
  });
});
