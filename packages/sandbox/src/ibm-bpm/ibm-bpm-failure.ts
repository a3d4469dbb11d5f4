import { EmulatorFailure } from '../shared/emulator-failure.js';

/**
 * An IBM BPM REST error: the HTTP status with IBM's errorNumber, exceptionType, message and
 * message parameters. Message texts marked [C-3p] are those of the ibpm-js fixtures (FACTS.md
 * section 3); the situations they are reused for, and everything marked Guess, are the emulator's
 * choice.
 */

/** Each errorNumber the emulator sends, with the exception class IBM names for it. */
const EXCEPTION_TYPES = {
  CWTBG0010E: 'InvalidRequestBodyException', // Guess: no public code for a body that is not valid
  CWTBG0012E: 'InvalidParameterException', // [C-3p]
  CWTBG0014E: 'WrongStateException', // [C-3p]
  CWTBG0019E: 'UnexpectedFailureException', // [C-3p]
  CWTBG0023E: 'QueryParameterNotSpecifiedOrEmptyException', // [C-3p]
  CWTBG0025E: 'ActionHandlerUnexpectedFailureException', // [C-3p]
  CWTBG0029E: 'UnsupportedParameterValueException', // [C-3p]
  CWTBG0059E: 'InstanceDoesNotExistException', // [C-3p]
  CWTBG0543E: 'VariableDoesNotExistException', // [C-3p]
  CWTBG0549E: 'NotAuthorizedActionException', // [C-3p]
  CWTBG0553E: 'UnexpectedInstanceIDException', // [C-3p]
  CWTBG0651E: 'CSRFTokenVerificationException', // the code is FACTS [C]; Guess: the class name
} as const;

export type IbmErrorNumber = keyof typeof EXCEPTION_TYPES;

export function exceptionTypeOf(errorNumber: IbmErrorNumber): string {
  return `com.ibm.bpm.wle.api.${EXCEPTION_TYPES[errorNumber]}`;
}

/** Thrown inside the emulator; the router writes it in the envelope and format the request asks for. */
export class IbmFailure extends EmulatorFailure<IbmErrorNumber> {
  override name = 'IbmFailure';

  /** `message` is the text after "CWTBGnnnnE: "; the error message IBM sends starts with the number. */
  constructor(
    status: number,
    errorNumber: IbmErrorNumber,
    message: string,
    readonly parameters: readonly string[],
  ) {
    super(status, errorNumber, `${errorNumber}: ${message}`);
  }
}

/** [C-3p] Guess: parameters ['BPDInstance', id] (the fixture shows the message only). */
export function instanceIdNotNumber(id: string): IbmFailure {
  return new IbmFailure(400, 'CWTBG0553E', `A 'BPDInstance' instance id was expected, but instead of a number the id is '${id}'.`, [
    'BPDInstance',
    id,
  ]);
}

/** [C-3p] */
export function instanceNotFound(piid: string): IbmFailure {
  return new IbmFailure(404, 'CWTBG0059E', `The instance with the ID '${piid}' could not be found.`, [piid]);
}

/** [C-3p] An action on an unknown instance: a 500, as the suspend fixture answers; Guess: resume, retry and terminate answer alike. */
export function actionOnMissingInstance(action: string, piid: string): IbmFailure {
  const failure = `BPDInstance with ID BPDInstance.${piid} not found.`;
  return new IbmFailure(500, 'CWTBG0025E', `Unexpected failure occurred while performing the '${action}' action. The reported failure is: '${failure}':`, [
    action,
    failure,
  ]);
}

/** [C-3p] The object is `2072.<piid>`, as in the fixture. */
export function wrongState(state: string, piid: string, action: string): IbmFailure {
  const object = `2072.${piid}`;
  return new IbmFailure(409, 'CWTBG0014E', `The state '${state}' of object '${object}' does not allow the requested action '${action}'.`, [
    state,
    object,
    action,
  ]);
}

/** [C-3p] message; Guess: sent with 403 for a non-admin (the fixtures send it with 401 for other actions). */
export function notAuthorized(action: string): IbmFailure {
  return new IbmFailure(403, 'CWTBG0549E', `You are not authorized to perform the '${action}' action.`, [action]);
}

/** [C-3p] */
export function variableDoesNotExist(name: string): IbmFailure {
  return new IbmFailure(400, 'CWTBG0543E', `The variable '${name}' does not exist.`, [name]);
}

/** [C-3p] */
export function invalidParameter(name: string): IbmFailure {
  return new IbmFailure(400, 'CWTBG0012E', `The parameter '${name}' is invalid.`, [name]);
}

/** [C-3p] */
export function missingParameter(name: string): IbmFailure {
  return new IbmFailure(400, 'CWTBG0023E', `The '${name}' query parameter was required but was not specified or has no value.`, [name]);
}

/** [C-3p] message; the supported values are joined with ", " inside the one pair of quotes. */
export function unsupportedValue(name: string, value: string, supported: readonly string[]): IbmFailure {
  const list = supported.join(', ');
  return new IbmFailure(400, 'CWTBG0029E', `The parameter '${name}' has an unsupported value '${value}'. Supported values are: '${list}'`, [
    name,
    value,
    list,
  ]);
}

/** Guess: number, class and wording are the emulator's; the status is the document's 400. */
export function invalidBody(detail: string): IbmFailure {
  return new IbmFailure(400, 'CWTBG0010E', `The request body is not valid: ${detail}.`, [detail]);
}

/** [C-3p] The answer to anything unexpected, a bug in the emulator included. */
export function unexpectedFailure(detail: string): IbmFailure {
  return new IbmFailure(500, 'CWTBG0019E', `Unexpected exception during execution. Exception information: '${detail}'.`, [detail]);
}
