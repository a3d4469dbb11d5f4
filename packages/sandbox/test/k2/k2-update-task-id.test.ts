import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startK2Emulator } from '../../src/k2/k2-emulator.js';
import { UPDATE_TASK_PATH, USERS, post, summary, updateTaskXml, xmlFailure } from './k2-test-kit.js';

/** k2-update-task.txt lists `@ID (Integer, required)` on UpdateTask; its own example has none. */
describe('UpdateTask/@ID', () => {
  const lenient = useEmulator(() => startK2Emulator({ users: USERS }));
  const strict = useEmulator(() => startK2Emulator({ users: USERS, requireUpdateTaskId: true }));
  const withId = (id: string) => updateTaskXml('8_25', 'a:Approve').replace('<t:UpdateTask ', `<t:UpdateTask ID="${id}" `);

  it('is optional by default, as in the example', async () => {
    expect((await post(lenient, UPDATE_TASK_PATH, updateTaskXml('8_25', 'a:Approve'))).status).toBe(200);
  });

  it('is refused when missing or not an integer by a server that enforces the text', async () => {
    const refused = xmlFailure(400, 'InvalidRequest', 'UpdateTask/@ID (Integer) is required');
    expect(summary(await post(strict, UPDATE_TASK_PATH, updateTaskXml('8_25', 'a:Approve')))).toEqual(refused);
    expect(summary(await post(strict, UPDATE_TASK_PATH, withId('8_25')))).toEqual(refused);
    expect(strict.state.tasks.get('8_25')!.status).not.toBe('Completed');
  });

  it('is taken as the item number beside the Task serial number, as in the batch example', async () => {
    expect((await post(strict, UPDATE_TASK_PATH, withId('1'))).status).toBe(200);
    expect(strict.state.tasks.get('8_25')!.status).toBe('Completed');
  });
});
