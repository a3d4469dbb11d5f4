import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startCsaEmulator } from '../../src/csa/csa-emulator.js';
import { TRANSPORT_USERS, XML_DECLARATION, get, summary, xmlError } from './csa-test-kit.js';

const emulator = useEmulator(() => startCsaEmulator({
    transportUsers: TRANSPORT_USERS,
    people: [
      { id: '90d96588360da0c701360da0f1d5f483', organization: 'CSA_CONSUMER', name: 'admin', admin: true },
      { id: '90d96588360da0c701360da0f1d5a001', organization: 'CSA_CONSUMER', name: 'consumer', admin: false },
      { id: '90d96588360da0c701360da0f1d5b002', organization: 'CSA_CONSUMER', name: 'admin/domain', admin: true },
      { id: '90d96588360da0c701360da0f1d5c003', organization: 'ACME & Co', name: 'john.doe', admin: true },
    ],
  }));

/** CSA_CONSUMER's organization id (md5 of the name: the emulator's guess). */
const CSA_CONSUMER_ID = '44522fc363b0f7049f3a3708863c2846';

describe('GET /login/{organization}/{userName}/', () => {
  it('answers the person, whose first <id> is the userIdentifier', async () => {
    const answer = await get(emulator, '/login/CSA_CONSUMER/admin/');

    expect(summary(answer)).toEqual({
      status: 200,
      contentType: 'application/xml',
      body:
        XML_DECLARATION +
        '<person><id>90d96588360da0c701360da0f1d5f483</id><name>admin</name>' +
        `<organization><id>${CSA_CONSUMER_ID}</id><name>CSA_CONSUMER</name></organization></person>`,
    });
  });

  it('answers the same without the trailing slash', async () => {
    const [withSlash, without] = [await get(emulator, '/login/CSA_CONSUMER/admin/'), await get(emulator, '/login/CSA_CONSUMER/admin')];

    expect(summary(without)).toEqual(summary(withSlash));
  });

  it('finds a person who is not an admin: login needs no admin rights', async () => {
    const answer = await get(emulator, '/login/CSA_CONSUMER/consumer/');

    expect([answer.status, answer.body.includes('<id>90d96588360da0c701360da0f1d5a001</id>')]).toEqual([200, true]);
  });

  it('never truncates a user name with a dot, with or without the slash', async () => {
    const answers = [await get(emulator, '/login/ACME%20%26%20Co/john.doe/'), await get(emulator, '/login/ACME%20%26%20Co/john.doe')];

    expect(answers.map((a) => [a.status, a.body.includes('<name>john.doe</name><organization>')])).toEqual([
      [200, true],
      [200, true],
    ]);
  });

  it('escapes the organization name in the answer', async () => {
    const answer = await get(emulator, '/login/ACME%20%26%20Co/john.doe/');

    expect(answer.body.endsWith('<name>ACME &amp; Co</name></organization></person>')).toEqual(true);
  });

  it('answers 404 UserNotFound for an unknown user', async () => {
    const answer = await get(emulator, '/login/CSA_CONSUMER/nobody/');

    expect(summary(answer)).toEqual(xmlError(404, 'UserNotFound', 'no user nobody in organization CSA_CONSUMER'));
  });

  it('answers 404 UserNotFound for a known user in another organization', async () => {
    const answer = await get(emulator, '/login/ACME/admin/');

    expect(answer.status).toEqual(404);
  });

  it('needs Basic auth', async () => {
    const answer = await get(emulator, '/login/CSA_CONSUMER/admin/', { user: null });

    expect(answer.status).toEqual(401);
  });

  it('finds a user name with a slash through userLookup?userName=', async () => {
    const answer = await get(emulator, '/login/CSA_CONSUMER/userLookup?userName=admin/domain');

    expect([answer.status, answer.body.includes('<id>90d96588360da0c701360da0f1d5b002</id><name>admin/domain</name>')]).toEqual([200, true]);
  });

  it('refuses userLookup with an empty userName with 400', async () => {
    const answer = await get(emulator, '/login/CSA_CONSUMER/userLookup?userName=');

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'query parameter userName is required'));
  });

  it('answers 405 to a PUT on the login path', async () => {
    const answer = await fetch(`${emulator.url}/login/CSA_CONSUMER/admin/`, {
      method: 'PUT',
      headers: { Authorization: `Basic ${Buffer.from('csaTransportUser:csaTransportUser').toString('base64')}` },
    });

    expect([answer.status, answer.headers.get('allow')]).toEqual([405, 'GET']);
  });
});
