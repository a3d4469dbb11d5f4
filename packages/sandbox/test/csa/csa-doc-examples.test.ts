import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startCsaEmulator } from '../../src/csa/csa-emulator.js';
import {
  DOC_ALL_THREE_EXAMPLE,
  DOC_PROPERTY_EXAMPLE,
  DOC_RETURN_CODE_EXAMPLE,
  DOC_STATE_EXAMPLE,
  PROPERTY_EXAMPLE_ID,
  STATE_EXAMPLE_ID,
  TRANSPORT_USERS,
  get,
  instancePath,
  put,
  snapshot,
  summary,
  xmlError,
} from './csa-test-kit.js';

const emulator = useEmulator(() => startCsaEmulator({ transportUsers: TRANSPORT_USERS }));

describe("the documents' own examples, verbatim", () => {
  it('applies the property example: "Property Name" becomes the STRING "Hello World!" and the answer is the updated VO', async () => {
    const answer = await put(emulator, DOC_PROPERTY_EXAMPLE.path, DOC_PROPERTY_EXAMPLE.body);
    const read = await get(emulator, instancePath(PROPERTY_EXAMPLE_ID));

    expect(summary(answer)).toEqual({ status: 200, contentType: 'application/xml', body: read.body });
    expect(snapshot(emulator, PROPERTY_EXAMPLE_ID).properties[0]).toEqual({
      name: 'Property Name',
      valueType: 'STRING',
      values: ['Hello World!'],
      paramRoleType: 'INPUT',
      confidential: false,
      readOnly: false,
      encrypted: false,
      maxOccurs: 0,
      minOccurs: 0,
      orderIndex: 0,
    });
  });

  it('refuses the state example with 400, because its body names another instance than its path, and changes neither', async () => {
    const pathInstance = snapshot(emulator, PROPERTY_EXAMPLE_ID);
    const bodyInstance = snapshot(emulator, STATE_EXAMPLE_ID);

    const answer = await put(emulator, DOC_STATE_EXAMPLE.path, DOC_STATE_EXAMPLE.body);

    expect(summary(answer)).toEqual(
      xmlError(
        400,
        'InvalidRequest',
        "the body's id 90d9652b3752ad4f013752ae38cb0065 does not match the id in the path, 90d9652b362d4ecd01362d4fb7be0f71",
      ),
    );
    expect([snapshot(emulator, PROPERTY_EXAMPLE_ID), snapshot(emulator, STATE_EXAMPLE_ID)]).toEqual([pathInstance, bodyInstance]);
  });

  it("completes the instance the state example's body names when that body is sent to its own path", async () => {
    const answer = await put(emulator, DOC_RETURN_CODE_EXAMPLE.path, DOC_STATE_EXAMPLE.body);

    expect([answer.status, snapshot(emulator, STATE_EXAMPLE_ID).state]).toEqual([200, 'COMPLETED']);
  });

  it('applies the return-code example: SUCCESS, the state untouched', async () => {
    const answer = await put(emulator, DOC_RETURN_CODE_EXAMPLE.path, DOC_RETURN_CODE_EXAMPLE.body);

    const instance = snapshot(emulator, STATE_EXAMPLE_ID);
    expect([answer.status, instance.state, instance.returnCode, instance.status]).toEqual([200, 'ACTIVE', 'SUCCESS', null]);
  });

  it('refuses the state-status-return-code example with 400 InvalidRequest, as its <id90d…</id> is not well-formed XML', async () => {
    const before = snapshot(emulator, STATE_EXAMPLE_ID);

    const answer = await put(emulator, DOC_ALL_THREE_EXAMPLE.path, DOC_ALL_THREE_EXAMPLE.body);

    expect(summary(answer)).toEqual(
      xmlError(
        400,
        'InvalidRequest',
        "the request is not well-formed XML: Tag 'id90d9652b3752ad4f013752ae38cb0065&lt;/id' is an invalid name. (line 2)",
      ),
    );
    expect(snapshot(emulator, STATE_EXAMPLE_ID)).toEqual(before);
  });

  it('applies the state-status-return-code example once its <id> tag is closed', async () => {
    const repaired = DOC_ALL_THREE_EXAMPLE.body.replace('<id90d', '<id>90d');

    const answer = await put(emulator, DOC_ALL_THREE_EXAMPLE.path, repaired);

    const instance = snapshot(emulator, STATE_EXAMPLE_ID);
    expect([answer.status, instance.state, instance.returnCode, instance.status]).toEqual([
      200,
      'COMPLETED',
      'SUCCESS',
      'The Process Instance has successfully completed.',
    ]);
  });
});
