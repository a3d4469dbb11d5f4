import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startIbmBpmEmulator, type IbmBpmEmulator } from '../../src/ibm-bpm/ibm-bpm-emulator.js';
import { ADMIN, ERRORS, PIID, READER, USERS, flatError, get, jsonSummary, putVariables, stackTrace, summary, type ExpectedError } from './ibm-bpm-test-kit.js';

let wrapped: IbmBpmEmulator;
let flat: IbmBpmEmulator;
beforeAll(async () => {
  wrapped = await startIbmBpmEmulator({ users: USERS });
  flat = await startIbmBpmEmulator({ users: USERS, errorEnvelope: 'flat' });
});
beforeEach(() => {
  wrapped.reset();
  flat.reset();
});
afterAll(() => Promise.all([wrapped.close(), flat.close()]));

const XML = { Accept: 'application/xml' };

/** The XML RestRuntimeException the emulator writes; text already escaped. */
function xmlError(error: ExpectedError, escaped: { message?: string; parameters?: string[]; trace?: string } = {}) {
  const parameters = (escaped.parameters ?? error.errorMessageParameters).map((p) => `<errorMessageParameters>${p}</errorMessageParameters>`).join('');
  return {
    status: error.status,
    contentType: 'application/xml',
    body:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<tns:RestRuntimeException xmlns:tns="http://rest.bpm.ibm.com/v1/data/exception">' +
      '<status>error</status><Data><status>error</status>' +
      `<exceptionType>com.ibm.bpm.wle.api.${error.exceptionType}</exceptionType>` +
      `<errorNumber>${error.errorNumber}</errorNumber>` +
      `<errorMessage>${escaped.message ?? error.errorMessage}</errorMessage>` +
      parameters +
      `<programmersDetails>${escaped.trace ?? stackTrace(error)}</programmersDetails>` +
      '</Data></tns:RestRuntimeException>',
  };
}

describe('the wrapped JSON envelope (default)', () => {
  it('writes the fixture shape byte for byte: status, then Data with its members in the fixtures\' order', async () => {
    const answer = await get(wrapped, '/process/123456');

    expect(summary(answer)).toEqual({
      status: 404,
      contentType: 'application/json',
      body:
        '{"status":"error","Data":{"status":"error","exceptionType":"com.ibm.bpm.wle.api.InstanceDoesNotExistException",' +
        '"errorNumber":"CWTBG0059E","errorMessage":"CWTBG0059E: The instance with the ID \'123456\' could not be found.",' +
        `"errorMessageParameters":["123456"],"programmersDetails":${JSON.stringify(stackTrace(ERRORS.notFound('123456')))},` +
        '"responses":null,"errorData":null}}',
    });
  });

  it('sends a Java-like stack trace as programmersDetails, which a gateway must never show', async () => {
    const answer = await get(wrapped, '/process/123456');

    expect(((JSON.parse(answer.body) as { Data: { programmersDetails: string } }).Data.programmersDetails.split('\n'))).toEqual([
      "com.ibm.bpm.wle.api.InstanceDoesNotExistException: CWTBG0059E: The instance with the ID '123456' could not be found.",
      '\tat com.ibm.bpm.wle.api.impl.BPDInstanceServiceImpl.checkInstance(BPDInstanceServiceImpl.java:1187)',
      '\tat com.ibm.bpm.rest.impl.resource.ProcessInstanceResource.handle(ProcessInstanceResource.java:402)',
      '\tat com.ibm.bpm.rest.impl.RestServlet.service(RestServlet.java:211)',
      '\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:668)',
    ]);
  });
});

describe('the flat JSON envelope (the document\'s schema)', () => {
  it('sends 400 CWTBG0553E flat', async () => {
    expect(jsonSummary(await get(flat, '/process/asd'))).toEqual(flatError(ERRORS.notANumber('asd')));
  });

  it('sends 404 CWTBG0059E flat', async () => {
    expect(jsonSummary(await get(flat, '/process/123456'))).toEqual(flatError(ERRORS.notFound('123456')));
  });

  it('sends 409 CWTBG0014E flat', async () => {
    const answer = await putVariables(flat, PIID.Completed, { variables: {} });

    expect(jsonSummary(answer)).toEqual(flatError(ERRORS.wrongState('Completed', PIID.Completed)));
  });

  it('sends 403 CWTBG0549E flat', async () => {
    const answer = await putVariables(flat, PIID.Active, { variables: {} }, { user: READER });

    expect(jsonSummary(answer)).toEqual(flatError(ERRORS.notAuthorized()));
  });

  it('sends 400 CWTBG0543E flat', async () => {
    const answer = await putVariables(flat, PIID.Active, { variables: { nope: 1 } });

    expect(jsonSummary(answer)).toEqual(flatError(ERRORS.noSuchVariable('nope')));
  });

  it('sends 400 CWTBG0010E flat', async () => {
    const answer = await putVariables(flat, PIID.Active, []);

    expect(jsonSummary(answer)).toEqual(flatError(ERRORS.invalidBody('the body must be a JSON object')));
  });
});

describe('the XML RestRuntimeException', () => {
  it('sends 404 CWTBG0059E as XML when Accept asks for application/xml', async () => {
    expect(summary(await get(wrapped, '/process/123456', { headers: XML }))).toEqual(xmlError(ERRORS.notFound('123456')));
  });

  it('sends 409 CWTBG0014E with one errorMessageParameters element per parameter', async () => {
    const answer = await putVariables(wrapped, PIID.Terminated, { variables: {} }, { headers: XML });

    expect(summary(answer)).toEqual(xmlError(ERRORS.wrongState('Terminated', PIID.Terminated)));
  });

  it('sends 403 CWTBG0549E as XML', async () => {
    const answer = await putVariables(wrapped, PIID.Active, { variables: {} }, { user: READER, headers: XML });

    expect(summary(answer)).toEqual(xmlError(ERRORS.notAuthorized()));
  });

  it('escapes markup in the message, parameters and stack trace', async () => {
    const error = ERRORS.notANumber('a<b&c>');

    const answer = await get(wrapped, '/process/a%3Cb%26c%3E', { headers: XML });

    expect(summary(answer)).toEqual(
      xmlError(error, {
        message: "CWTBG0553E: A 'BPDInstance' instance id was expected, but instead of a number the id is 'a&lt;b&amp;c&gt;'.",
        parameters: ['BPDInstance', 'a&lt;b&amp;c&gt;'],
        trace: stackTrace(error).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
      }),
    );
  });

  it('ignores the envelope option: XML has one shape', async () => {
    expect(summary(await get(flat, '/process/123456', { headers: XML }))).toEqual(xmlError(ERRORS.notFound('123456')));
  });
});

describe('choosing JSON or XML by Accept', () => {
  it.each([
    ['application/xml', 'application/xml'],
    ['text/xml', 'application/xml'],
    ['application/xml;q=0.9, application/json;q=0.5', 'application/xml'],
    ['application/json', 'application/json'],
    ['*/*', 'application/json'],
    ['application/*', 'application/json'],
    ['application/json, application/xml', 'application/json'],
    ['text/html, */*;q=0.1', 'application/json'],
    ['application/xml, application/json;q=0', 'application/xml'],
  ])('answers an error to Accept: %s as %s', async (accept, contentType) => {
    const answer = await get(wrapped, '/process/123456', { headers: { Accept: accept } });

    expect([answer.status, answer.headers['content-type']]).toEqual([404, contentType]);
  });

  it('answers JSON when no Accept is sent', async () => {
    const answer = await fetch(`${wrapped.url}/process/123456`, { headers: { Authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`, Accept: '' } });

    expect([answer.status, answer.headers.get('content-type')]).toEqual([404, 'application/json']);
  });

  it('answers a success as JSON even when Accept prefers XML (Guess: no XML success schema)', async () => {
    const answer = await putVariables(wrapped, PIID.Active, { variables: {} }, { headers: XML });

    expect(summary(answer)).toEqual({ status: 200, contentType: 'application/json', body: '{"status":"200","data":{"message":"Successfully updated."}}' });
  });

  it.each([['text/html'], ['application/json;q=0, application/xml;q=0'], ['image/*'], ['application/x-javascript']])(
    'answers 406 with an empty body to Accept: %s',
    async (accept) => {
      const answer = await get(wrapped, `/process/${PIID.Active}`, { headers: { Accept: accept } });

      expect(summary(answer)).toEqual({ status: 406, contentType: undefined, body: '' });
    },
  );

  it('refuses a PUT whose Accept allows neither JSON nor XML with 406, changing nothing', async () => {
    const answer = await putVariables(wrapped, PIID.Active, { variables: { approved: true } }, { headers: { Accept: 'text/plain' } });

    expect([answer.status, wrapped.state.instances.get(PIID.Active)?.variables['approved']]).toEqual([406, false]);
  });
});
