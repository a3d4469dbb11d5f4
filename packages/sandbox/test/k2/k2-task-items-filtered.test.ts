import { describe, expect, it } from 'vitest';
import { startK2Emulator } from '../../src/k2/k2-emulator.js';
import { useEmulator } from '../shared/emulator-kit.js';
import { READER, USERS, WORKLIST_NS, post } from './k2-test-kit.js';

const emulator = useEmulator(() => startK2Emulator({ users: USERS }));
const FILTERED = '/SyncREST.svc/Task/Items/Filtered';

/** FACTS.md section 1: the documented Criteria example, verbatim. */
const DOC_CRITERIA = '<Criteria xmlns="http://schemas.k2.com/worklist/d1"><Filter Field="ProcessFolio" Comparison="Like" ValueType="String">Demo</Filter><Sort Field="ProcessStartDate" Order="Descending"/></Criteria>';
const criteria = (inner: string) => `<Criteria xmlns="${WORKLIST_NS}">${inner}</Criteria>`;
const serials = (body: string) => [...body.matchAll(/<Task SerialNumber="([^"]+)">/g)].map((m) => m[1]);

describe('POST SyncREST.svc/Task/Items/Filtered', () => {
  it('answers the documented example with a TaskCollection of the matching items', async () => {
    const answer = await post(emulator, FILTERED, DOC_CRITERIA);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatch(/^<TaskCollection xmlns="http:\/\/schemas\.k2\.com\/task\/d1"/);
    expect(serials(answer.body)).toEqual(['2_24']);
    expect(answer.body).toContain('<ProcessFolio>Classic Rework Demo2</ProcessFolio>');
    expect(answer.body).toContain('<Action Name="Approve" Batchable="true"/>');
  });

  it('answers every open item for an empty Criteria, in serial-number order, to a read-only account too', async () => {
    const answer = await post(emulator, FILTERED, criteria(''), { user: READER });
    expect(answer.status).toBe(200);
    expect(serials(answer.body)).toEqual(['2_24', '8_25', '8_26', '9_30', '9_31']);
  });

  it('applies every Filter (AND) and sorts by each Sort in turn', async () => {
    const sleeping = await post(emulator, FILTERED, criteria('<Filter Field="Status" Comparison="Equal">Sleeping</Filter>'));
    expect(serials(sleeping.body)).toEqual(['9_31']);
    const both = await post(emulator, FILTERED, criteria('<Filter Field="ProcessFullName" Comparison="Like">order</Filter><Filter Field="ActivityName" Comparison="Equal">Finance Review</Filter>'));
    expect(serials(both.body)).toEqual(['8_26']);
    const sorted = await post(emulator, FILTERED, criteria('<Sort Field="ProcessStartDate" Order="Descending"/><Sort Field="SerialNumber" Order="Descending"/>'));
    expect(serials(sorted.body)).toHaveLength(5);
    expect(serials(sorted.body).slice(0, 2)).toEqual(['9_31', '9_30']);
  });

  it('answers an empty TaskCollection when nothing matches', async () => {
    const answer = await post(emulator, FILTERED, criteria('<Filter Field="ProcessFolio" Comparison="Equal">nothing like it</Filter>'));
    expect(answer.status).toBe(200);
    expect(serials(answer.body)).toEqual([]);
  });

  it.each([
    ['an unknown field', criteria('<Filter Field="Colour">red</Filter>')],
    ['an unknown comparison', criteria('<Filter Field="Status" Comparison="Regex">.*</Filter>')],
    ['an unknown order', criteria('<Sort Field="Priority" Order="Sideways"/>')],
    ['another root element', '<Filter xmlns="http://schemas.k2.com/worklist/d1"/>'],
    ['markup that is not XML', '<Criteria'],
  ])('refuses %s with 400', async (_, body) => {
    expect((await post(emulator, FILTERED, body)).status).toBe(400);
  });
});
