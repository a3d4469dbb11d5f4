import type { CsaEmulator, CsaTransportUser } from '../../src/csa/csa-emulator.js';
import { basicAuth, summary, toAnswer, type Answer } from '../shared/emulator-kit.js';

export { basicAuth, summary, type Answer } from '../shared/emulator-kit.js';

/** Shared by the CSA emulator tests: accounts, ids, the documents' examples verbatim, tiny HTTP helpers. */

/** The doc's integration account (Communication_with_CSA.htm: csaTransportUser:csaTransportUser). */
export const TRANSPORT: CsaTransportUser = { username: 'csaTransportUser', password: 'csaTransportUser' };
/** A second account whose password holds a colon. */
export const OTHER_TRANSPORT: CsaTransportUser = { username: 'gateway', password: 'pa55:word' };
export const TRANSPORT_USERS: CsaTransportUser[] = [TRANSPORT, OTHER_TRANSPORT];

/** userIdentifiers of the seed's people. */
export const ADMIN = '90d96588360da0c701360da0f1d5f483';
export const OO_INBOUND = '90d9652b362d4ecd01362d4ef51e00a5';
export const CONSUMER = '90d96588360da0c701360da0f1d5a001';

/** The instance of the doc's property example. */
export const PROPERTY_EXAMPLE_ID = '90d9652b362d4ecd01362d4fb7be0f71';
/** The instance of the doc's state and return-code examples. */
export const STATE_EXAMPLE_ID = '90d9652b3752ad4f013752ae38cb0065';

/** The seed's instance in a given state: 1 INITIALIZED … 7 CANCELED. */
export function seededId(n: 1 | 2 | 3 | 4 | 5 | 6 | 7): string {
  return `90d9652b3752ad4f013752ae38cb000${n}`;
}

/** A documented request: the URL's part after `https://<host>:<port>/csa/rest`, and the body. */
export interface DocExample {
  path: string;
  body: string;
}

/** csa-update-process-instance.txt, "update propertyinfo of a process instance", verbatim. */
export const DOC_PROPERTY_EXAMPLE: DocExample = {
  path: '/processinstances/90d9652b362d4ecd01362d4fb7be0f71?userIdentifier=90d9652b362d4ecd01362d4ef51e00a5&view=propertyinfo&scope=view&property_action_=merge',
  body: `<ProcessInstance>>
   <id>90d9652b362d4ecd01362d4fb7be0f71</id>
   <property>
     <name>Property Name</name>
     <valueType>
       <name>STRING</name>
     </valueType>
     <values>
       <value>Hello World!</value>
     </values>
   </property>
 </ProcessInstance>`,
};

/** "update the process instance state", verbatim: its path and body name different instances. */
export const DOC_STATE_EXAMPLE: DocExample = {
  path: '/processinstances/90d9652b362d4ecd01362d4fb7be0f71?userIdentifier=90d96588360da0c701360da0f1d5f483&scope=view&view=processinstancestate&action=merge',
  body: `<ProcessInstance>>
   <id>90d9652b3752ad4f013752ae38cb0065</id>
   <processInstanceState>
     <name>COMPLETED</name>
   </processInstanceState>
 </ProcessInstance>`,
};

/** "update the process instance return code", verbatim. */
export const DOC_RETURN_CODE_EXAMPLE: DocExample = {
  path: '/processinstances/90d9652b3752ad4f013752ae38cb0065?userIdentifier=90d96588360da0c701360da0f1d5f483&scope=view&view=processinstancestate&action=merge',
  body: `<ProcessInstance>>
   <id>90d9652b3752ad4f013752ae38cb0065</id>
   <processReturnCode>
     <name>SUCCESS</name>
   </processReturnCode>
 </ProcessInstance>`,
};

/** "update the process instance state, status and return code", verbatim: `<id90d…</id>` is not well-formed. */
export const DOC_ALL_THREE_EXAMPLE: DocExample = {
  path: '/processinstances/90d9652b3752ad4f013752ae38cb0065?userIdentifier=90d96588360da0c701360da0f1d5f483&scope=view&view=processinstancestate&action=merge',
  body: `<ProcessInstance>>
   <id90d9652b3752ad4f013752ae38cb0065</id>
   <processInstanceState>
     <name>COMPLETED</name>
   </processInstanceState>
   <processReturnCode>
     <name>SUCCESS</name>
   </processReturnCode>
   <status>The Process Instance has successfully completed.</status>
 </ProcessInstance>`,
};

export interface RequestOptions {
  /** Default TRANSPORT; null sends no Authorization. */
  user?: CsaTransportUser | null;
  /** Default application/xml on PUT; null sends none. */
  contentType?: string | null;
  headers?: Record<string, string>;
}

export async function get(emulator: CsaEmulator, path: string, options: RequestOptions = {}): Promise<Answer> {
  return send(emulator, 'GET', path, undefined, options);
}

export async function put(emulator: CsaEmulator, path: string, body: string, options: RequestOptions = {}): Promise<Answer> {
  return send(emulator, 'PUT', path, body, options);
}

export async function send(
  emulator: CsaEmulator,
  method: string,
  path: string,
  body: string | undefined,
  options: RequestOptions = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  const user = options.user === undefined ? TRANSPORT : options.user;
  if (user) headers['Authorization'] = basicAuth(user);
  const contentType = options.contentType === undefined ? (body === undefined ? null : 'application/xml') : options.contentType;
  if (contentType !== null) headers['Content-Type'] = contentType;
  // Bytes, not a string: fetch would add its own text/plain Content-Type to a string body.
  const bytes = body === undefined ? undefined : new TextEncoder().encode(body);
  return toAnswer(await fetch(emulator.url + path, { method, headers, body: bytes }));
}

/** Paths of the calls most tests make, with the admin's userIdentifier. */
export function instancePath(id: string, userIdentifier = ADMIN): string {
  return `/processinstances/${id}?userIdentifier=${userIdentifier}`;
}

export function statePath(id: string, userIdentifier = ADMIN): string {
  return `${instancePath(id, userIdentifier)}&view=processinstancestate&scope=view&action=merge`;
}

export function propertyPath(id: string, userIdentifier = ADMIN): string {
  return `${instancePath(id, userIdentifier)}&view=propertyinfo&scope=view&property_action_=merge`;
}

/** A processinstancestate body from its inner elements. */
export function stateBody(inner: string, id?: string): string {
  return `<ProcessInstance>${id === undefined ? '' : `<id>${id}</id>`}${inner}</ProcessInstance>`;
}

/** A propertyinfo body holding one property. */
export function propertyXml(name: string, valueType: string, values: readonly string[]): string {
  return `<property><name>${name}</name><valueType><name>${valueType}</name></valueType><values>${values
    .map((v) => `<value>${v}</value>`)
    .join('')}</values></property>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The error body the emulator writes (its shape is the emulator's guess); `message` as escaped XML text. */
export function errorBody(code: string, message: string): string {
  return `${XML_DECLARATION}<error><code>${code}</code><message>${message}</message></error>`;
}

export function xmlError(status: number, code: string, message: string): ReturnType<typeof summary> {
  return { status, contentType: 'application/xml', body: errorBody(code, message) };
}

/** A live instance, failing loudly when the seed lacks it. */
export function instanceOf(emulator: CsaEmulator, id: string) {
  const instance = emulator.state.instances.get(id);
  if (!instance) throw new Error(`seed instance ${id} is missing`);
  return instance;
}

/** A deep copy, to compare an instance before and after a request. */
export function snapshot(emulator: CsaEmulator, id: string) {
  return structuredClone(instanceOf(emulator, id));
}
