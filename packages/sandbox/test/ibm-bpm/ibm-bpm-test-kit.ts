import type { IbmBpmEmulator, IbmUser } from '../../src/ibm-bpm/ibm-bpm-emulator.js';
import { basicAuth, toAnswer, type Answer } from '../shared/emulator-kit.js';

export { basicAuth, summary, type Answer } from '../shared/emulator-kit.js';

/** Shared by the IBM BPM emulator tests: accounts, seeded ids, the document's example, tiny HTTP helpers and expected bodies. */

export const ADMIN: IbmUser = { username: 'bpmadmin', password: 'pa55:word', admin: true };
export const READER: IbmUser = { username: 'bpmuser', password: 'reader', admin: false };
export const USERS: IbmUser[] = [ADMIN, READER];

/** The seed's piid per executionState. */
export const PIID = { Active: '23972', New: '23973', Completed: '23974', Failed: '23975', Suspended: '23976', Terminated: '23977' } as const;

export const APPROVAL = { flowObjectId: 'bpdid:6a1b2c3d-sub-approval', processId: '25.0d7e5b1a-approval' } as const;
export const BILLING = { flowObjectId: 'bpdid:9e8f7a6b-linked-billing', processId: '25.c4d3b2a1-billing' } as const;

/**
 * ibm-bpm-all-variables.txt, "Example content", with its placeholders filled in for a seeded
 * subprocess activity (the document's names are placeholders, not ids an instance could have).
 */
export const DOC_EXAMPLE_ADAPTED = `{
	"variables":{
		"approverComment":"variable_value"
		},
		"contexts":{
			"bpdid:6a1b2c3d-sub-approval":{
				"processId":"25.0d7e5b1a-approval",
				"variables":["approverComment"]
				}
		}
}`;

export function allVariablesPath(piid: string, query = ''): string {
  return `/process/${piid}/allVariables${query}`;
}

export interface RequestOptions {
  /** Default ADMIN; null sends no Authorization. */
  user?: Pick<IbmUser, 'username' | 'password'> | null;
  /** Default application/json on PUT; null sends none. */
  contentType?: string | null;
  headers?: Record<string, string>;
}

export function get(emulator: IbmBpmEmulator, path: string, options: RequestOptions = {}): Promise<Answer> {
  return send(emulator, 'GET', path, undefined, options);
}

export function put(emulator: IbmBpmEmulator, path: string, body: string | Uint8Array, options: RequestOptions = {}): Promise<Answer> {
  return send(emulator, 'PUT', path, body, options);
}

/** PUTs a JSON value to allVariables of `piid`. */
export function putVariables(emulator: IbmBpmEmulator, piid: string, body: unknown, options: RequestOptions = {}): Promise<Answer> {
  return put(emulator, allVariablesPath(piid), JSON.stringify(body), options);
}

export async function send(
  emulator: IbmBpmEmulator,
  method: string,
  path: string,
  body: string | Uint8Array | undefined,
  options: RequestOptions = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  const user = options.user === undefined ? ADMIN : options.user;
  if (user) headers['Authorization'] = basicAuth(user);
  const contentType = options.contentType === undefined ? (body === undefined ? null : 'application/json') : options.contentType;
  if (contentType !== null) headers['Content-Type'] = contentType;
  // Bytes, not a string: fetch would add its own text/plain Content-Type to a string body.
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body === undefined ? undefined : new Uint8Array(body);
  return toAnswer(await fetch(emulator.url + path, { method, headers, body: bytes }));
}

/** The body of a JSON answer, parsed. */
export function json(answer: Answer): unknown {
  return JSON.parse(answer.body);
}

export const SUCCESS = { status: 200, contentType: 'application/json', body: '{"status":"200","data":{"message":"Successfully updated."}}' };

/** An IBM error as the tests expect it: the parts that vary, the rest is fixed. */
export interface ExpectedError {
  status: number;
  exceptionType: string;
  errorNumber: string;
  errorMessage: string;
  errorMessageParameters: string[];
}

/** The emulator's made-up stack trace for an error. */
export function stackTrace(error: ExpectedError): string {
  return [
    `com.ibm.bpm.wle.api.${error.exceptionType}: ${error.errorMessage}`,
    '\tat com.ibm.bpm.wle.api.impl.BPDInstanceServiceImpl.checkInstance(BPDInstanceServiceImpl.java:1187)',
    '\tat com.ibm.bpm.rest.impl.resource.ProcessInstanceResource.handle(ProcessInstanceResource.java:402)',
    '\tat com.ibm.bpm.rest.impl.RestServlet.service(RestServlet.java:211)',
    '\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:668)',
  ].join('\n');
}

function errorData(error: ExpectedError) {
  return {
    status: 'error',
    exceptionType: `com.ibm.bpm.wle.api.${error.exceptionType}`,
    errorNumber: error.errorNumber,
    errorMessage: error.errorMessage,
    errorMessageParameters: error.errorMessageParameters,
    programmersDetails: stackTrace(error),
    responses: null,
    errorData: null,
  };
}

/** status, content type and parsed body of the wrapped JSON error (the default envelope). */
export function wrappedError(error: ExpectedError) {
  return { status: error.status, contentType: 'application/json', body: { status: 'error', Data: errorData(error) } };
}

export function flatError(error: ExpectedError) {
  return { status: error.status, contentType: 'application/json', body: errorData(error) };
}

/** An answer's status, content type and parsed JSON body, to compare with wrappedError/flatError. */
export function jsonSummary(answer: Answer) {
  return { status: answer.status, contentType: answer.headers['content-type'], body: json(answer) };
}

/** The errors the tests meet most, as the emulator words them. */
export const ERRORS = {
  notANumber: (id: string): ExpectedError => ({
    status: 400,
    exceptionType: 'UnexpectedInstanceIDException',
    errorNumber: 'CWTBG0553E',
    errorMessage: `CWTBG0553E: A 'BPDInstance' instance id was expected, but instead of a number the id is '${id}'.`,
    errorMessageParameters: ['BPDInstance', id],
  }),
  notFound: (id: string): ExpectedError => ({
    status: 404,
    exceptionType: 'InstanceDoesNotExistException',
    errorNumber: 'CWTBG0059E',
    errorMessage: `CWTBG0059E: The instance with the ID '${id}' could not be found.`,
    errorMessageParameters: [id],
  }),
  wrongState: (state: string, piid: string): ExpectedError => ({
    status: 409,
    exceptionType: 'WrongStateException',
    errorNumber: 'CWTBG0014E',
    errorMessage: `CWTBG0014E: The state '${state}' of object '2072.${piid}' does not allow the requested action 'setAllVariables'.`,
    errorMessageParameters: [state, `2072.${piid}`, 'setAllVariables'],
  }),
  notAuthorized: (): ExpectedError => ({
    status: 403,
    exceptionType: 'NotAuthorizedActionException',
    errorNumber: 'CWTBG0549E',
    errorMessage: "CWTBG0549E: You are not authorized to perform the 'setAllVariables' action.",
    errorMessageParameters: ['setAllVariables'],
  }),
  invalidBody: (detail: string): ExpectedError => ({
    status: 400,
    exceptionType: 'InvalidRequestBodyException',
    errorNumber: 'CWTBG0010E',
    errorMessage: `CWTBG0010E: The request body is not valid: ${detail}.`,
    errorMessageParameters: [detail],
  }),
  noSuchVariable: (name: string): ExpectedError => ({
    status: 400,
    exceptionType: 'VariableDoesNotExistException',
    errorNumber: 'CWTBG0543E',
    errorMessage: `CWTBG0543E: The variable '${name}' does not exist.`,
    errorMessageParameters: [name],
  }),
  invalidParameter: (name: string): ExpectedError => ({
    status: 400,
    exceptionType: 'InvalidParameterException',
    errorNumber: 'CWTBG0012E',
    errorMessage: `CWTBG0012E: The parameter '${name}' is invalid.`,
    errorMessageParameters: [name],
  }),
  missingParameter: (name: string): ExpectedError => ({
    status: 400,
    exceptionType: 'QueryParameterNotSpecifiedOrEmptyException',
    errorNumber: 'CWTBG0023E',
    errorMessage: `CWTBG0023E: The '${name}' query parameter was required but was not specified or has no value.`,
    errorMessageParameters: [name],
  }),
  unsupportedValue: (name: string, value: string, supported: string): ExpectedError => ({
    status: 400,
    exceptionType: 'UnsupportedParameterValueException',
    errorNumber: 'CWTBG0029E',
    errorMessage: `CWTBG0029E: The parameter '${name}' has an unsupported value '${value}'. Supported values are: '${supported}'`,
    errorMessageParameters: [name, value, supported],
  }),
};

/** A live instance, failing loudly when the seed lacks it. */
export function instanceOf(emulator: IbmBpmEmulator, piid: string) {
  const instance = emulator.state.instances.get(piid);
  if (!instance) throw new Error(`seed instance ${piid} is missing`);
  return instance;
}

/** A deep copy, to compare an instance before and after a request. */
export function snapshot(emulator: IbmBpmEmulator, piid: string) {
  return structuredClone(instanceOf(emulator, piid));
}

/** The variables of a GET answer: top level, then each execution-tree child's, by flowObjectId. */
export async function readBack(emulator: IbmBpmEmulator, piid: string) {
  const answer = await get(emulator, `/process/${piid}?parts=data|executionTree`);
  const data = (json(answer) as { data: { variables: unknown; executionTree: { root: { children: { flowObjectId: string; variables: unknown }[] } } } }).data;
  return {
    variables: data.variables,
    contexts: Object.fromEntries(data.executionTree.root.children.map((c) => [c.flowObjectId, c.variables])),
  };
}
