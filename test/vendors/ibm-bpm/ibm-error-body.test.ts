import { describe, expect, it } from 'vitest';
import { readIbmError } from '../../../src/vendors/ibm-bpm/ibm-error-body.js';

const expected = {
  exceptionType: 'com.ibm.bpm.wle.api.InstanceDoesNotExistException',
  errorNumber: 'CWTBG0059E',
  errorMessage: "CWTBG0059E: The instance with the ID '123456' could not be found.",
  errorMessageParameters: ['123456'],
};

describe('readIbmError', () => {
  it('reads the documented flat JSON form', () => {
    const body = JSON.stringify({ status: 'error', ...expected, programmersDetails: 'at com.ibm...' });
    expect(readIbmError(body, 'application/json')).toEqual(expected);
  });

  it('reads the wrapped form real servers send, with capital Data', () => {
    const body = JSON.stringify({ status: 'error', Data: { status: 'error', ...expected, responses: null, errorData: null } });
    expect(readIbmError(body, 'application/json')).toEqual(expected);
  });

  it('reads the XML RestRuntimeException, several parameters included, and drops programmersDetails', () => {
    const body = `<?xml version="1.0" encoding="UTF-8"?><tns:RestRuntimeException xmlns:tns="http://rest.bpm.ibm.com/v1/data/exception">
      <status>error</status><Data><status>error</status><exceptionType>com.ibm.bpm.wle.api.WrongStateException</exceptionType>
      <errorNumber>CWTBG0014E</errorNumber><errorMessage>CWTBG0014E: The state 'Completed' of object '2072.42689' does not allow the requested action 'setVariables'.</errorMessage>
      <errorMessageParameters>Completed</errorMessageParameters><errorMessageParameters>2072.42689</errorMessageParameters>
      <programmersDetails>java.lang.IllegalStateException at ...</programmersDetails></Data></tns:RestRuntimeException>`;
    expect(readIbmError(body, 'application/xml')).toEqual({
      exceptionType: 'com.ibm.bpm.wle.api.WrongStateException',
      errorNumber: 'CWTBG0014E',
      errorMessage: "CWTBG0014E: The state 'Completed' of object '2072.42689' does not allow the requested action 'setVariables'.",
      errorMessageParameters: ['Completed', '2072.42689'],
    });
  });

  it.each([
    ['an empty 401 body', ''],
    ['an HTML error page', '<html><body>Error 500</body></html>'],
    ['JSON of another shape', '{"foo":1}'],
    ['garbage', 'Error 500: SRVE0295E'],
  ])('reads nothing from %s', (_title, body) => {
    expect(readIbmError(body, 'text/html')).toBeNull();
  });
});
