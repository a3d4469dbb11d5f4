import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startK2Emulator } from '../../src/k2/k2-emulator.js';
import { READER, TASK_NS, USERS, emptyAnswer, post, summary, xmlFailure } from './k2-test-kit.js';

const emulator = useEmulator(() => startK2Emulator({ users: USERS }));
const PATH = '/SyncREST.svc/Task/Items/UpdateTasks';
const status = (serial: string) => emulator.state.tasks.get(serial)!.status;

/** The document's UpdateTasks example shape: `t:UpdateTaskCollection` around numbered `t:UpdateTask`s. */
const collection = (...items: [id: number, action: string, serial: string][]) =>
  `<t:UpdateTaskCollection xmlns:t="${TASK_NS}">` +
  items.map(([id, action, serial]) => `<t:UpdateTask ID="${id}" Action="${action}"><t:Task SerialNumber="${serial}"/></t:UpdateTask>`).join('') +
  '</t:UpdateTaskCollection>';

describe('K2 UpdateTasks (POST SyncREST.svc/Task/Items/UpdateTasks)', () => {
  it('applies every item of the collection and answers 200 with an empty body', async () => {
    const answer = await post(emulator, PATH, collection([1000, 'a:Rework', '2_24'], [1001, 'r:K2:ACME\\bob', '8_25']));
    expect(summary(answer)).toEqual(emptyAnswer(200));
    expect(status('2_24')).toBe('Completed');
    expect(emulator.state.tasks.get('8_25')!.allocatedUser).toBe('K2:ACME\\bob');
  });

  it('stops at the first item that fails, with its Failure; items before it stay applied, items after it are untouched', async () => {
    const answer = await post(emulator, PATH, collection([1, 'a:Approve', '8_25'], [2, 'a:Approve', '8_26'], [3, 'a:Rework', '2_24']));
    expect(summary(answer)).toEqual(xmlFailure(400, 'ActionNotBatchable', 'action "Approve" is not configured for batch processing; use the Worklist service'));
    expect([status('8_25'), status('8_26'), status('2_24')]).toEqual(['Completed', 'Available', 'Available']);
  });

  it('refuses a body that is not a collection, an empty one, a reader, and JSON as K2 documents (202, nothing updated)', async () => {
    expect((await post(emulator, PATH, `<t:UpdateTask xmlns:t="${TASK_NS}" Action="a:Rework"><t:Task SerialNumber="2_24"/></t:UpdateTask>`)).status).toBe(400);
    expect((await post(emulator, PATH, `<t:UpdateTaskCollection xmlns:t="${TASK_NS}"/>`)).status).toBe(400);
    expect((await post(emulator, PATH, collection([1, 'a:Rework', '2_24']), { user: READER })).status).toBe(403);
    expect(summary(await post(emulator, PATH, '{"items":[]}', { contentType: 'application/json' }))).toEqual(emptyAnswer(202));
    expect(status('2_24')).toBe('Available');
  });
});
