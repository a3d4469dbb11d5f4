import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { MAX_BODY_BYTES, startCsaEmulator } from '../../src/csa/csa-emulator.js';
import {
  STATE_EXAMPLE_ID,
  TRANSPORT,
  TRANSPORT_USERS,
  basicAuth,
  get,
  instancePath,
  put,
  seededId,
  send,
  snapshot,
  stateBody,
  statePath,
  summary,
  xmlError,
} from './csa-test-kit.js';

const emulator = useEmulator(() => startCsaEmulator({ transportUsers: TRANSPORT_USERS }));

const ID = seededId(4);
const STATUS_BODY = stateBody('<status>x</status>');

describe('recording and connections', () => {
  it('goes back to the seed on reset, forgetting requests and pending faults', async () => {
    await put(emulator, statePath(ID), stateBody('<processInstanceState><name>COMPLETED</name></processInstanceState>'));
    emulator.injectFault({ status: 500 });

    emulator.reset();

    expect([snapshot(emulator, ID).state, emulator.received.length]).toEqual(['ACTIVE', 0]);
    expect((await get(emulator, instancePath(ID))).status).toEqual(200);
  });

  it('serves the seed given in the options at a base URL ending in /csa/rest', async () => {
    const own = await startCsaEmulator({
      transportUsers: TRANSPORT_USERS,
      seed: {
        people: [{ id: 'p1', organization: 'O', name: 'n', admin: true }],
        instances: [
          {
            id: 'only',
            processDefinition: { id: 'd', name: 'D' },
            state: 'PENDING',
            returnCode: null,
            status: null,
            properties: [],
            artifactId: 'a',
            timeout: 60,
            errorOnTimeout: true,
          },
        ],
      },
    });
    try {
      const answer = await get(own, '/processinstances/only?userIdentifier=p1');

      expect([/^http:\/\/127\.0\.0\.1:\d+\/csa\/rest$/.test(own.url), answer.status, [...own.state.instances.keys()]]).toEqual([
        true,
        200,
        ['only'],
      ]);
    } finally {
      await own.close();
    }
  });
});

describe('request bodies', () => {
  it('refuses a DOCTYPE with 400 InvalidRequest and expands no entity', async () => {
    const body = '<!DOCTYPE ProcessInstance [<!ENTITY boom "kaboom">]><ProcessInstance><status>&boom;</status></ProcessInstance>';

    const answer = await put(emulator, statePath(ID), body);

    expect([summary(answer), snapshot(emulator, ID).status]).toEqual([
      xmlError(400, 'InvalidRequest', 'the request is not well-formed XML: DOCTYPE is not allowed'),
      'Deploying 2 of 3 replicas',
    ]);
  });

  it('refuses an undefined entity reference with 400 InvalidRequest', async () => {
    const answer = await put(emulator, statePath(ID), stateBody('<status>a&nbsp;b</status>'));

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'the request is not well-formed XML: undefined entity &amp;nbsp;'));
  });

  it('refuses a literal ]]> in text with 400 InvalidRequest', async () => {
    const answer = await put(emulator, statePath(ID), stateBody('<status>a]]>b</status>'));

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', "the request is not well-formed XML: ']]&gt;' is not allowed in character data"));
  });

  it('refuses two root elements with 400 InvalidRequest', async () => {
    const answer = await put(emulator, statePath(ID), `${STATUS_BODY}${STATUS_BODY}`);

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'the request is not well-formed XML: Multiple possible root nodes found. (line 1)'));
  });

  it('refuses a second, empty root element, which the parser\'s validator lets through, with 400 InvalidRequest', async () => {
    const answer = await put(emulator, statePath(ID), `${STATUS_BODY}<ProcessInstance/>`);

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'the request is not well-formed XML: a document has exactly one root element'));
  });

  it('refuses text after the root element with 400 InvalidRequest', async () => {
    const answer = await put(emulator, statePath(ID), `${STATUS_BODY}trailing`);

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'the request is not well-formed XML: Extra text at the end (line 1)'));
  });

  it('refuses an empty body with 400 InvalidRequest', async () => {
    const answer = await put(emulator, statePath(ID), '');

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'the request is not well-formed XML: Start tag expected. (line 1)'));
  });

  it('accepts an XML declaration, comments and attributes, which the VO does not use', async () => {
    const body = `<?xml version="1.0" encoding="UTF-8"?><!-- from OO --><ProcessInstance kind="x"><status a="1">ok<!-- c --> then</status></ProcessInstance>`;

    const answer = await put(emulator, statePath(ID), body);

    expect([answer.status, snapshot(emulator, ID).status]).toEqual([200, 'ok then']);
  });

  it('refuses a body that is not UTF-8 with 400 InvalidRequest', async () => {
    const answer = await fetch(emulator.url + statePath(ID), {
      method: 'PUT',
      headers: { Authorization: basicAuth(TRANSPORT), 'Content-Type': 'application/xml' },
      body: Buffer.from([0x3c, 0x61, 0xff, 0x3e]),
    });

    expect({ status: answer.status, body: await answer.text() }).toEqual({
      status: 400,
      body: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><error><code>InvalidRequest</code><message>the request body is not valid UTF-8</message></error>',
    });
  });

  it('refuses a body declared larger than 5 MiB with 413', async () => {
    const answer = await put(emulator, statePath(ID), 'x'.repeat(MAX_BODY_BYTES + 1));

    expect(summary(answer)).toEqual(xmlError(413, 'RequestEntityTooLarge', 'the body exceeds 5242880 bytes'));
  });
});

describe('content negotiation', () => {
  it('refuses a JSON body with 415 UnsupportedMediaType, as the emulator speaks XML only', async () => {
    const answer = await put(emulator, statePath(ID), '{"status":"x"}', { contentType: 'application/json' });

    expect(summary(answer)).toEqual(
      xmlError(
        415,
        'UnsupportedMediaType',
        'the request body must be application/xml or text/xml (got "application/json"); this emulator does not implement CSA\'s JSON format',
      ),
    );
  });

  it('refuses a PUT without a Content-Type with 415', async () => {
    const answer = await put(emulator, statePath(ID), STATUS_BODY, { contentType: null });

    expect(summary(answer)).toEqual(
      xmlError(415, 'UnsupportedMediaType', "the request body must be application/xml or text/xml (got none); this emulator does not implement CSA's JSON format"),
    );
  });

  it('accepts text/xml with a charset for the body', async () => {
    const answer = await put(emulator, statePath(ID), STATUS_BODY, { contentType: 'TEXT/XML; charset=UTF-8' });

    expect(answer.status).toEqual(200);
  });

  it('refuses Accept: application/json with 406 NotAcceptable', async () => {
    const answer = await get(emulator, instancePath(ID), { headers: { Accept: 'application/json' } });

    expect(summary(answer)).toEqual(
      xmlError(406, 'NotAcceptable', 'this emulator answers application/xml only, which Accept "application/json" does not allow'),
    );
  });

  it('refuses an Accept that rules XML out with q=0 with 406', async () => {
    const answer = await get(emulator, instancePath(ID), { headers: { Accept: 'application/xml;q=0, application/json' } });

    expect(answer.status).toEqual(406);
  });

  it('refuses a PUT whose Accept rules XML out with 406, changing nothing', async () => {
    const answer = await put(emulator, statePath(ID), STATUS_BODY, { headers: { Accept: 'application/json' } });

    expect([answer.status, snapshot(emulator, ID).status]).toEqual([406, 'Deploying 2 of 3 replicas']);
  });

  it.each([['application/xml'], ['text/xml'], ['*/*'], ['application/*'], ['application/json, application/xml;q=0.5'], ['application/xml; charset=utf-8']])(
    'accepts Accept: %s',
    async (accept) => {
      const answer = await get(emulator, instancePath(ID), { headers: { Accept: accept } });

      expect([answer.status, answer.headers['content-type']]).toEqual([200, 'application/xml']);
    },
  );
});

describe('paths and methods', () => {
  it('answers 404 EndpointNotFound for an unknown path', async () => {
    expect(summary(await get(emulator, '/subscriptions'))).toEqual(xmlError(404, 'EndpointNotFound', 'no CSA endpoint at /csa/rest/subscriptions'));
  });

  it('matches paths case-sensitively', async () => {
    const answer = await get(emulator, `/ProcessInstances/${STATE_EXAMPLE_ID}?userIdentifier=x`);

    expect(answer.status).toEqual(404);
  });

  it('answers 405 with an Allow header for a wrong method on an instance', async () => {
    const answer = await send(emulator, 'DELETE', instancePath(ID), undefined);

    expect({ ...summary(answer), allow: answer.headers['allow'] }).toEqual({ ...xmlError(405, 'MethodNotAllowed', 'use GET, PUT here'), allow: 'GET, PUT' });
  });

  it('answers 501 NotImplemented to the documented create call, which the emulator does not emulate', async () => {
    const answer = await send(emulator, 'POST', '/processinstances/?userIdentifier=x', STATUS_BODY);

    expect(summary(answer)).toEqual(xmlError(501, 'NotImplemented', 'creating a process instance is documented for CSA but not emulated'));
  });

  it('answers 501 NotImplemented to the documented execute call', async () => {
    const answer = await send(emulator, 'POST', `/processinstances/${ID}/execute?userIdentifier=x`, STATUS_BODY);

    expect(summary(answer)).toEqual(xmlError(501, 'NotImplemented', 'executing a process instance is documented for CSA but not emulated'));
  });
});
