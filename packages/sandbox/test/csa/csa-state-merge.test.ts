import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startCsaEmulator } from '../../src/csa/csa-emulator.js';
import {
  ADMIN,
  TRANSPORT_USERS,
  get,
  instancePath,
  propertyXml,
  put,
  seededId,
  snapshot,
  stateBody,
  statePath,
  summary,
  xmlError,
} from './csa-test-kit.js';

const emulator = useEmulator(() => startCsaEmulator({ transportUsers: TRANSPORT_USERS }));

const READY = seededId(3);
const ACTIVE = seededId(4);

function outcome(id: string) {
  const { state, returnCode, status } = snapshot(emulator, id);
  return { state, returnCode, status };
}

describe('PUT view=processinstancestate&scope=view&action=merge', () => {
  it('changes the state alone, keeping return code and status', async () => {
    const answer = await put(emulator, statePath(ACTIVE), stateBody('<processInstanceState><name>COMPLETED</name></processInstanceState>'));

    expect([answer.status, outcome(ACTIVE)]).toEqual([200, { state: 'COMPLETED', returnCode: 'RUNNING', status: 'Deploying 2 of 3 replicas' }]);
  });

  it('changes the return code alone', async () => {
    const answer = await put(emulator, statePath(ACTIVE), stateBody('<processReturnCode><name>TIMEOUT</name></processReturnCode>'));

    expect([answer.status, outcome(ACTIVE)]).toEqual([200, { state: 'ACTIVE', returnCode: 'TIMEOUT', status: 'Deploying 2 of 3 replicas' }]);
  });

  it('changes the status alone', async () => {
    const answer = await put(emulator, statePath(ACTIVE), stateBody('<status>Deploying 3 of 3 replicas</status>'));

    expect([answer.status, outcome(ACTIVE)]).toEqual([200, { state: 'ACTIVE', returnCode: 'RUNNING', status: 'Deploying 3 of 3 replicas' }]);
  });

  it('changes all three at once', async () => {
    const body = stateBody(
      '<processInstanceState><name>ERROR</name></processInstanceState><processReturnCode><name>FAILURE</name></processReturnCode><status>Replica 3 failed</status>',
      ACTIVE,
    );

    const answer = await put(emulator, statePath(ACTIVE), body);

    expect([answer.status, outcome(ACTIVE)]).toEqual([200, { state: 'ERROR', returnCode: 'FAILURE', status: 'Replica 3 failed' }]);
  });

  it('sets a return code and status on an instance that had none', async () => {
    const body = stateBody('<processReturnCode><name>RUNNING</name></processReturnCode><status>Started</status>');

    await put(emulator, statePath(READY), body);

    expect(outcome(READY)).toEqual({ state: 'READY', returnCode: 'RUNNING', status: 'Started' });
  });

  it('stores an empty status element as the empty string', async () => {
    await put(emulator, statePath(ACTIVE), stateBody('<status/>'));

    expect(outcome(ACTIVE).status).toEqual('');
  });

  it('answers the updated VO, the same XML a GET then returns', async () => {
    const answer = await put(emulator, statePath(ACTIVE), stateBody('<processInstanceState><name>COMPLETED</name></processInstanceState>'));
    const read = await get(emulator, instancePath(ACTIVE));

    expect(summary(answer)).toEqual({ status: 200, contentType: 'application/xml', body: read.body });
  });

  it('accepts the parameters in any order', async () => {
    const path = `/processinstances/${ACTIVE}?action=merge&scope=view&userIdentifier=${ADMIN}&view=processinstancestate`;

    const answer = await put(emulator, path, stateBody('<status>reordered</status>'));

    expect([answer.status, outcome(ACTIVE).status]).toEqual([200, 'reordered']);
  });

  it('ignores whitespace around enumeration names and the VO parts it does not read', async () => {
    const body = stateBody(
      '<processInstanceState><isCriticalSystemObject>false</isCriticalSystemObject><name>\n  COMPLETED\n</name><disabled>false</disabled></processInstanceState>' +
        '<context>ignored</context>' +
        propertyXml('REPLICAS', 'INTEGER', ['9']),
    );

    const answer = await put(emulator, statePath(ACTIVE), body);

    const instance = snapshot(emulator, ACTIVE);
    expect([answer.status, instance.state, instance.properties[1]?.values, instance.context]).toEqual([200, 'COMPLETED', ['3'], undefined]);
  });

  it('refuses a body with none of state, return code or status with 400', async () => {
    const answer = await put(emulator, statePath(ACTIVE), stateBody('', ACTIVE));

    expect(summary(answer)).toEqual(
      xmlError(400, 'InvalidRequest', 'a processinstancestate update needs processInstanceState, processReturnCode or status'),
    );
  });

  it('refuses a state name that CSA does not have with 400', async () => {
    const answer = await put(emulator, statePath(ACTIVE), stateBody('<processInstanceState><name>Completed</name></processInstanceState>'));

    expect(summary(answer)).toEqual(
      xmlError(
        400,
        'InvalidRequest',
        'processInstanceState/name must be one of INITIALIZED, PENDING, READY, ACTIVE, COMPLETED, ERROR, CANCELED, got "Completed"',
      ),
    );
  });

  it('refuses a return code that CSA does not have with 400, changing nothing', async () => {
    const before = snapshot(emulator, ACTIVE);
    const body = stateBody('<processInstanceState><name>COMPLETED</name></processInstanceState><processReturnCode><name>OK</name></processReturnCode>');

    const answer = await put(emulator, statePath(ACTIVE), body);

    expect([summary(answer), snapshot(emulator, ACTIVE)]).toEqual([
      xmlError(400, 'InvalidRequest', 'processReturnCode/name must be one of SUCCESS, FAILURE, RUNNING, TIMEOUT, got "OK"'),
      before,
    ]);
  });

  it('refuses processInstanceState without a name with 400', async () => {
    const answer = await put(emulator, statePath(ACTIVE), stateBody('<processInstanceState/>'));

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'processInstanceState/name is required'));
  });

  it('refuses two processInstanceState elements with 400', async () => {
    const state = '<processInstanceState><name>COMPLETED</name></processInstanceState>';

    const answer = await put(emulator, statePath(ACTIVE), stateBody(state + state));

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'ProcessInstance holds more than one processInstanceState'));
  });

  it('refuses markup inside the status with 400', async () => {
    const answer = await put(emulator, statePath(ACTIVE), stateBody('<status>half <b>bold</b></status>'));

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'status must hold text, not elements'));
  });

  it('refuses a root element other than ProcessInstance with 400', async () => {
    const answer = await put(emulator, statePath(ACTIVE), '<processInstance><status>x</status></processInstance>');

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'the root element must be ProcessInstance, not processInstance'));
  });

  it('refuses a body whose id names another instance with 400, changing neither', async () => {
    const before = [snapshot(emulator, ACTIVE), snapshot(emulator, READY)];

    const answer = await put(emulator, statePath(ACTIVE), stateBody('<status>x</status>', READY));

    expect([summary(answer), [snapshot(emulator, ACTIVE), snapshot(emulator, READY)]]).toEqual([
      xmlError(400, 'InvalidRequest', `the body's id ${READY} does not match the id in the path, ${ACTIVE}`),
      before,
    ]);
  });

  it('accepts a body id surrounded by whitespace', async () => {
    const answer = await put(emulator, statePath(ACTIVE), stateBody('<status>x</status>', `\n  ${ACTIVE}\n`));

    expect(answer.status).toEqual(200);
  });

  it('answers 404 ProcessInstanceNotFound for an unknown instance', async () => {
    const answer = await put(emulator, statePath('90d9652b3752ad4f013752ae38cb0099'), stateBody('<status>x</status>'));

    expect(summary(answer)).toEqual(xmlError(404, 'ProcessInstanceNotFound', 'process instance 90d9652b3752ad4f013752ae38cb0099 was not found'));
  });
});

describe('PUT query parameters', () => {
  const BODY = stateBody('<status>x</status>');

  it('refuses a PUT without a view with 400, as the emulator implements only the two documented views', async () => {
    const answer = await put(emulator, instancePath(ACTIVE), BODY);

    expect(summary(answer)).toEqual(
      xmlError(
        400,
        'InvalidRequest',
        'got no view: the emulator implements view=processinstancestate&amp;scope=view&amp;action=merge and view=propertyinfo&amp;scope=view&amp;property_action_=merge only',
      ),
    );
  });

  it('refuses an unknown view with 400', async () => {
    const answer = await put(emulator, `${instancePath(ACTIVE)}&view=everything&scope=view&action=merge`, BODY);

    expect(answer.status).toEqual(400);
  });

  it('refuses processinstancestate without scope=view with 400', async () => {
    const answer = await put(emulator, `${instancePath(ACTIVE)}&view=processinstancestate&action=merge`, BODY);

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'view=processinstancestate needs scope=view, got no scope'));
  });

  it('refuses processinstancestate with property_action_=merge instead of action=merge with 400', async () => {
    const answer = await put(emulator, `${instancePath(ACTIVE)}&view=processinstancestate&scope=view&property_action_=merge`, BODY);

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'view=processinstancestate needs action=merge, got no action'));
  });

  it('refuses propertyinfo with action=merge instead of property_action_=merge with 400', async () => {
    const answer = await put(emulator, `${instancePath(ACTIVE)}&view=propertyinfo&scope=view&action=merge`, BODY);

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'view=propertyinfo needs property_action_=merge, got no property_action_'));
  });

  it('refuses an action other than merge with 400', async () => {
    const answer = await put(emulator, `${instancePath(ACTIVE)}&view=processinstancestate&scope=view&action=replace`, BODY);

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'view=processinstancestate needs action=merge, got action=replace'));
  });

  it('refuses a parameter given twice with 400', async () => {
    const answer = await put(emulator, `${statePath(ACTIVE)}&view=propertyinfo`, BODY);

    expect(summary(answer)).toEqual(xmlError(400, 'InvalidRequest', 'query parameter view is given 2 times'));
  });
});
