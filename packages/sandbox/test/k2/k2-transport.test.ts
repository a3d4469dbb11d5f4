import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { MAX_BODY_BYTES, startK2Emulator } from '../../src/k2/k2-emulator.js';
import {
  UPDATE_PROCESS_INSTANCE_PATH,
  UPDATE_TASK_PATH,
  USERS,
  WORKLIST_NS,
  WRITER,
  basicAuth,
  get,
  post,
  summary,
  updateInstanceXml,
  updateTaskXml,
  xmlFailure,
} from './k2-test-kit.js';

const emulator = useEmulator(() => startK2Emulator({ users: USERS }));

describe('transport', () => {
  it('refuses a DOCTYPE with 400 InvalidRequest and expands no entity', async () => {
    const body =
      '<!DOCTYPE w:ProcessInstance [<!ENTITY boom "kaboom">]>' +
      `<w:ProcessInstance xmlns:w="${WORKLIST_NS}" ID="8" Folio="&boom;"/>`;

    const answer = await post(emulator, UPDATE_PROCESS_INSTANCE_PATH, body);

    expect(summary(answer)).toEqual(xmlFailure(400, 'InvalidRequest', 'the request is not well-formed XML: DOCTYPE is not allowed'));
    expect(emulator.state.instances.get(8)?.folio).toEqual('Order-ACME-Updated');
  });

  it('refuses an undefined entity reference with 400 InvalidRequest', async () => {
    const answer = await post(emulator, UPDATE_PROCESS_INSTANCE_PATH, updateInstanceXml('ID="8" Folio="&nbsp;"'));

    expect(summary(answer)).toEqual(xmlFailure(400, 'InvalidRequest', 'the request is not well-formed XML: undefined entity &amp;nbsp;'));
  });

  it('refuses a body that is not UTF-8 with 400 InvalidRequest', async () => {
    const answer = await fetch(emulator.url + UPDATE_PROCESS_INSTANCE_PATH, {
      method: 'POST',
      headers: { Authorization: basicAuth(WRITER), 'Content-Type': 'application/xml' },
      body: Buffer.from([0x3c, 0x61, 0xff, 0x3e]),
    });

    expect({ status: answer.status, body: await answer.text() }).toEqual({
      status: 400,
      body: `<Failure xmlns="${WORKLIST_NS}"><Code>InvalidRequest</Code><Message>the request body is not valid UTF-8</Message></Failure>`,
    });
  });

  it('refuses a body declared larger than 5 MiB with 413', async () => {
    const answer = await post(emulator, UPDATE_PROCESS_INSTANCE_PATH, 'x'.repeat(MAX_BODY_BYTES + 1));

    expect(summary(answer)).toEqual(xmlFailure(413, 'RequestEntityTooLarge', 'the body exceeds 5242880 bytes'));
  });

  it('answers 404 EndpointNotFound for an unknown path', async () => {
    expect(summary(await get(emulator, '/REST.svc/Worklist/Items'))).toEqual(
      xmlFailure(404, 'EndpointNotFound', 'no K2 endpoint at /K2Services/REST.svc/Worklist/Items'),
    );
  });

  it('matches paths case-sensitively', async () => {
    const answer = await post(emulator, '/syncrest.svc/task/items/updatetask', updateTaskXml('8_25', 'a:Approve'));

    expect(answer.status).toEqual(404);
  });

  it('answers 405 with an Allow header for a wrong method', async () => {
    const answer = await get(emulator, UPDATE_TASK_PATH);

    expect({ ...summary(answer), allow: answer.headers['allow'] }).toEqual({
      ...xmlFailure(405, 'MethodNotAllowed', 'use POST here'),
      allow: 'POST',
    });
  });

  it('answers 401 before 404, as a site that requires authentication does', async () => {
    const answer = await get(emulator, '/nowhere', { user: null });

    expect([answer.status, answer.body]).toEqual([401, '']);
  });

  it('goes back to the seed on reset, forgetting requests and pending faults', async () => {
    await post(emulator, UPDATE_TASK_PATH, updateTaskXml('8_25', 'a:Approve'));
    emulator.injectFault({ status: 500 });

    emulator.reset();

    expect([emulator.state.tasks.get('8_25')?.status, emulator.received.length]).toEqual(['Available', 0]);
    expect((await post(emulator, UPDATE_TASK_PATH, updateTaskXml('8_25', 'a:Approve'))).status).toEqual(200);
  });

  it('serves the seed given in the options at a base URL ending in /K2Services', async () => {
    const own = await startK2Emulator({
      users: USERS,
      seed: {
        users: [],
        tasks: [],
        instances: [
          {
            id: 1,
            folder: 'F',
            name: 'N',
            guid: 'g',
            folio: 'only one',
            priority: 0,
            expectedDuration: 0,
            status: 'Running',
            startDate: '2026-01-01T00:00:00Z',
            dataFields: {},
            xmlFields: {},
          },
        ],
      },
    });
    try {
      const answer = await get(own, '/REST.svc/Process/Instances(1)');

      expect([/^http:\/\/127\.0\.0\.1:\d+\/K2Services$/.test(own.url), answer.status, [...own.state.instances.keys()]]).toEqual([true, 200, [1]]);
    } finally {
      await own.close();
    }
  });
});
