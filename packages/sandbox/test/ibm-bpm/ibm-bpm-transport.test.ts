import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { MAX_BODY_BYTES, startIbmBpmEmulator } from '../../src/ibm-bpm/ibm-bpm-emulator.js';
import {
  ADMIN,
  ERRORS,
  PIID,
  USERS,
  allVariablesPath,
  basicAuth,
  get,
  jsonSummary,
  put,
  putVariables,
  send,
  snapshot,
  summary,
  wrappedError,
} from './ibm-bpm-test-kit.js';

const emulator = useEmulator(() => startIbmBpmEmulator({ users: USERS }));

const ACTIVE = PIID.Active;
const UPDATE = '{"variables":{"approved":true}}';
const EMPTY = (status: number) => ({ status, contentType: undefined, body: '' });

describe('request bodies', () => {
  it.each([['application/json; charset=utf-8'], ['APPLICATION/JSON'], ['application/json;charset=UTF-8']])('accepts Content-Type: %s', async (contentType) => {
    const answer = await put(emulator, allVariablesPath(ACTIVE), UPDATE, { contentType });

    expect(answer.status).toEqual(200);
  });

  it.each([['text/plain'], ['application/x-www-form-urlencoded'], ['application/json-patch+json']])(
    'refuses Content-Type: %s with 415 and an empty body, changing nothing',
    async (contentType) => {
      const before = snapshot(emulator, ACTIVE);

      const answer = await put(emulator, allVariablesPath(ACTIVE), UPDATE, { contentType });

      expect([summary(answer), snapshot(emulator, ACTIVE)]).toEqual([EMPTY(415), before]);
    },
  );

  it('refuses a PUT without a Content-Type with 415', async () => {
    const answer = await put(emulator, allVariablesPath(ACTIVE), UPDATE, { contentType: null });

    expect(summary(answer)).toEqual(EMPTY(415));
  });

  it('refuses a well-formed XML body with 415: the document gives no XML request schema to emulate', async () => {
    const answer = await put(emulator, allVariablesPath(ACTIVE), '<variables><approved>true</approved></variables>', { contentType: 'application/xml' });

    expect(summary(answer)).toEqual(EMPTY(415));
  });

  it('refuses an XML body with a DOCTYPE with 400 and expands no entity', async () => {
    const body = '<!DOCTYPE v [<!ENTITY boom "kaboom">]><variables><notes>&boom;</notes></variables>';

    const answer = await put(emulator, allVariablesPath(ACTIVE), body, { contentType: 'application/xml' });

    expect([jsonSummary(answer), snapshot(emulator, ACTIVE).variables['notes']]).toEqual([
      wrappedError(ERRORS.invalidBody('the XML is not well-formed: DOCTYPE is not allowed')),
      null,
    ]);
  });

  it('refuses malformed XML with 400', async () => {
    const answer = await put(emulator, allVariablesPath(ACTIVE), '<variables>', { contentType: 'text/xml' });

    expect(answer.status).toEqual(400);
  });

  it('refuses the media type before the caller: a non-JSON body is 415 even for a non-admin', async () => {
    const answer = await put(emulator, allVariablesPath(ACTIVE), UPDATE, { contentType: 'text/plain', user: { username: 'bpmuser', password: 'reader' } });

    expect(answer.status).toEqual(415);
  });

  it('refuses a body larger than 5 MiB with 413, an empty body and Connection: close', async () => {
    const answer = await put(emulator, allVariablesPath(ACTIVE), 'x'.repeat(MAX_BODY_BYTES + 1));

    expect({ ...summary(answer), connection: answer.headers['connection'] }).toEqual({ ...EMPTY(413), connection: 'close' });
  });

  it('accepts a body of exactly 5 MiB', async () => {
    const padding = ' '.repeat(MAX_BODY_BYTES - UPDATE.length);

    const answer = await put(emulator, allVariablesPath(ACTIVE), UPDATE + padding);

    expect(answer.status).toEqual(200);
  });
});

describe('paths and methods', () => {
  it('answers 404 with an empty body for an unknown path', async () => {
    expect(summary(await get(emulator, '/task/1'))).toEqual(EMPTY(404));
  });

  it('matches paths case-sensitively', async () => {
    expect((await put(emulator, `/process/${ACTIVE}/allvariables`, UPDATE)).status).toEqual(404);
  });

  it('answers 404 outside the base path', async () => {
    const answer = await fetch(emulator.url.replace('/wle/v1', `/wle/v2/process/${ACTIVE}`), { headers: { Authorization: basicAuth(ADMIN) } });

    expect([answer.status, await answer.text()]).toEqual([404, '']);
  });

  it('answers 404 for the older /variables bulk resource, which is not emulated', async () => {
    expect((await put(emulator, `/process/${ACTIVE}/variables`, UPDATE)).status).toEqual(404);
  });

  it('answers 405 with Allow: PUT to a GET of allVariables', async () => {
    const answer = await get(emulator, allVariablesPath(ACTIVE));

    expect({ ...summary(answer), allow: answer.headers['allow'] }).toEqual({ ...EMPTY(405), allow: 'PUT' });
  });

  it('answers 405 with Allow: GET, PUT, POST to a DELETE of the instance (delete is not emulated)', async () => {
    const answer = await send(emulator, 'DELETE', `/process/${ACTIVE}?action=delete`, undefined);

    expect({ status: answer.status, allow: answer.headers['allow'] }).toEqual({ status: 405, allow: 'GET, PUT, POST' });
  });

  it('answers 405 to a POST of allVariables, changing nothing', async () => {
    const before = snapshot(emulator, ACTIVE);

    const answer = await send(emulator, 'POST', allVariablesPath(ACTIVE), UPDATE);

    expect([answer.status, snapshot(emulator, ACTIVE)]).toEqual([405, before]);
  });
});

describe('recording', () => {
  it('records every request in order with method, path and query, headers and body, refused ones included', async () => {
    await put(emulator, allVariablesPath(ACTIVE, '?serverId=PS1'), UPDATE);
    await get(emulator, `/process/${ACTIVE}?parts=none`, { user: null });

    expect(
      emulator.received.map((r) => ({ method: r.method, path: r.path, authorization: r.headers['authorization'], contentType: r.headers['content-type'], body: r.body })),
    ).toEqual([
      { method: 'PUT', path: '/rest/bpm/wle/v1/process/23972/allVariables?serverId=PS1', authorization: basicAuth(ADMIN), contentType: 'application/json', body: UPDATE },
      { method: 'GET', path: '/rest/bpm/wle/v1/process/23972?parts=none', authorization: undefined, contentType: undefined, body: '' },
    ]);
  });

  it('serves the seed given in the options at a base URL ending in /rest/bpm/wle/v1', async () => {
    const own = await startIbmBpmEmulator({
      users: USERS,
      seed: {
        instances: [
          { piid: '1', name: 'P:1', processTemplateID: '25.p', processTemplateName: 'P', executionState: 'Active', state: 'STATE_RUNNING', variables: {}, contexts: [] },
        ],
      },
    });
    try {
      const answer = await get(own, '/process/1');

      expect([/^http:\/\/127\.0\.0\.1:\d+\/rest\/bpm\/wle\/v1$/.test(own.url), answer.status, [...own.state.instances.keys()]]).toEqual([true, 200, ['1']]);
    } finally {
      await own.close();
    }
  });

  it("keeps the seed it started with, whatever the caller does to its copy afterwards", async () => {
    const seed = { instances: [{ piid: '1', name: 'P:1', processTemplateID: '25.p', processTemplateName: 'P', executionState: 'Active' as const, state: 'STATE_RUNNING' as const, variables: { v: 1 }, contexts: [] }] };
    const own = await startIbmBpmEmulator({ users: USERS, seed });
    try {
      seed.instances[0]!.variables.v = 2;
      own.reset();

      expect(own.state.instances.get('1')?.variables).toEqual({ v: 1 });
    } finally {
      await own.close();
    }
  });

  it('goes back to the seed on reset, forgetting requests, updates and pending faults', async () => {
    const state = emulator.state;
    await putVariables(emulator, ACTIVE, { variables: { approved: true } });
    emulator.injectFault({ status: 500 });

    emulator.reset();

    expect([emulator.state === state, snapshot(emulator, ACTIVE).variables['approved'], emulator.state.updates, emulator.received.length]).toEqual([
      true,
      false,
      [],
      0,
    ]);
    expect((await get(emulator, `/process/${ACTIVE}`)).status).toEqual(200);
  });
});

describe('faults', () => {
  it('answers an injected fault instead of handling the request, changing nothing', async () => {
    emulator.injectFault({ status: 503, headers: { 'Content-Type': 'text/html' }, body: '<html>Service Unavailable</html>' });

    const answer = await put(emulator, allVariablesPath(ACTIVE), UPDATE);

    expect([summary(answer), snapshot(emulator, ACTIVE).variables['approved'], emulator.state.updates]).toEqual([
      { status: 503, contentType: 'text/html', body: '<html>Service Unavailable</html>' },
      false,
      [],
    ]);
  });

});

