import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startK2Emulator } from '../../src/k2/k2-emulator.js';
import {
  READER,
  UPDATE_PROCESS_INSTANCE_PATH,
  UPDATE_TASK_PATH,
  USERS,
  WRITER,
  post,
  summary,
  updateInstanceXml,
  updateTaskXml,
  xmlFailure,
} from './k2-test-kit.js';

const emulator = useEmulator(() => startK2Emulator({ users: USERS }));

const UNAUTHORIZED = {
  status: 401,
  wwwAuthenticate: 'Basic realm="K2"',
  contentLength: '0',
  body: '',
};

function unauthorized(answer: { status: number; headers: Record<string, string>; body: string }) {
  return {
    status: answer.status,
    wwwAuthenticate: answer.headers['www-authenticate'],
    contentLength: answer.headers['content-length'],
    body: answer.body,
  };
}

describe('authentication and rights', () => {
  it('answers 401 with a Basic challenge when credentials are missing', async () => {
    const answer = await post(emulator, UPDATE_TASK_PATH, updateTaskXml('8_25', 'a:Approve'), { user: null });

    expect(unauthorized(answer)).toEqual(UNAUTHORIZED);
    expect(emulator.state.tasks.get('8_25')?.status).toEqual('Available');
  });

  it('answers 401 when the password is wrong', async () => {
    const answer = await post(emulator, UPDATE_TASK_PATH, updateTaskXml('8_25', 'a:Approve'), {
      user: { username: WRITER.username, password: 'guess' },
    });

    expect(unauthorized(answer)).toEqual(UNAUTHORIZED);
  });

  it('answers 401 for a scheme other than Basic', async () => {
    const answer = await post(emulator, UPDATE_TASK_PATH, updateTaskXml('8_25', 'a:Approve'), {
      user: null,
      headers: { Authorization: 'Bearer abc' },
    });

    expect(unauthorized(answer)).toEqual(UNAUTHORIZED);
  });

  it('accepts a password that contains a colon', async () => {
    expect(WRITER.password).toContain(':');

    const answer = await post(emulator, UPDATE_TASK_PATH, updateTaskXml('8_25', 'a:Approve'));

    expect(answer.status).toEqual(200);
  });

  it('answers 403 AccessDenied to a read-only account updating a process instance', async () => {
    const answer = await post(emulator, UPDATE_PROCESS_INSTANCE_PATH, updateInstanceXml('ID="8" Folio="no"'), { user: READER });

    expect(summary(answer)).toEqual(
      xmlFailure(403, 'AccessDenied', 'ACME\\auditor may not update process instances or tasks'),
    );
    expect(emulator.state.instances.get(8)?.folio).toEqual('Order-ACME-Updated');
  });

  it('answers 403 AccessDenied to a read-only account updating a task', async () => {
    const answer = await post(emulator, UPDATE_TASK_PATH, updateTaskXml('8_25', 'a:Approve'), { user: READER });

    expect(summary(answer)).toEqual(
      xmlFailure(403, 'AccessDenied', 'ACME\\auditor may not update process instances or tasks'),
    );
    expect(emulator.state.tasks.get('8_25')?.status).toEqual('Available');
  });
});
