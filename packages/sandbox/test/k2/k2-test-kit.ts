import type { K2Emulator, K2User } from '../../src/k2/k2-emulator.js';
import { basicAuth, summary, toAnswer, type Answer } from '../shared/emulator-kit.js';

export { basicAuth, summary, type Answer } from '../shared/emulator-kit.js';

/** Shared by the K2 emulator tests: accounts, verbatim document examples, tiny HTTP helpers. */

export const WRITER: K2User = { username: 'ACME\\svc-k2', password: 'pa55:word', canWrite: true };
export const READER: K2User = { username: 'ACME\\auditor', password: 'read-only', canWrite: false };
export const USERS: K2User[] = [WRITER, READER];

export const UPDATE_PROCESS_INSTANCE_PATH = '/REST.svc/Process/Instances/UpdateProcessInstance';
export const UPDATE_TASK_PATH = '/SyncREST.svc/Task/Items/UpdateTask';

export const WORKLIST_NS = 'http://schemas.k2.com/worklist/d1';
export const PROCESS_NS = 'http://schemas.k2.com/process/d1';
export const TASK_NS = 'http://schemas.k2.com/task/d1';
export const XSI_XSD =
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"';

/** k2-update-process-instance.txt, "Request Body Example", verbatim. */
export const DOC_UPDATE_PROCESS_INSTANCE_EXAMPLE =
  '<w:ProcessInstance xmlns:w="http://schemas.k2.com/worklist/d1" xmlns:p="http://schemas.k2.com/process/d1" ID="8" Priority="1" Folio="Order-ACME-Updated" ExpectedDuration="60"> <p:DataField Name="MyProcessDataField">Some process data value</p:DataField> <p:XmlField Name="MyProcessXMLField"> <XmlDocument>Some Process XML document</XmlDocument> </p:XmlField> </w:ProcessInstance>';

/** k2-update-task.txt, the request body example, verbatim (line breaks as published). */
export const DOC_UPDATE_TASK_EXAMPLE = `<?xml version="1.0" encoding="utf-8"?>
<t:UpdateTask xmlns:t="http://schemas.k2.com/task/d1" xmlns:p="http://schemas.k2.com/process/d1" Action="a:Rework">
<t:Task SerialNumber="2_24" >
<p:ProcessDataField Name="MyProcessDataField">Some process data value</p:ProcessDataField>
<p:ProcessXmlField Name="MyProcXmlField"><XmlDocument>Some Process XML document</XmlDocument></p:ProcessXmlField>
<p:ActivityDataField Name="MyActDataField">Some activity data value</p:ActivityDataField>
<p:ActivityXmlField Name="MyActXmlField"><XmlDocument>Some Activity XML document</XmlDocument></p:ActivityXmlField>
</t:Task>
</t:UpdateTask>`;

export interface RequestOptions {
  user?: Pick<K2User, 'username' | 'password'> | null;
  contentType?: string | null;
  headers?: Record<string, string>;
}

/** POSTs `body` to `emulator.url + path`; XML content type and the writer account by default. */
export async function post(emulator: K2Emulator, path: string, body: string, options: RequestOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  const user = options.user === undefined ? WRITER : options.user;
  if (user) headers['Authorization'] = basicAuth(user);
  const contentType = options.contentType === undefined ? 'application/xml' : options.contentType;
  if (contentType !== null) headers['Content-Type'] = contentType;
  return toAnswer(await fetch(emulator.url + path, { method: 'POST', headers, body }));
}

export async function get(emulator: K2Emulator, path: string, options: RequestOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  const user = options.user === undefined ? WRITER : options.user;
  if (user) headers['Authorization'] = basicAuth(user);
  return toAnswer(await fetch(emulator.url + path, { headers }));
}

/** The Failure body the emulator writes (its shape is the emulator's guess); `message` as escaped XML text. */
export function failure(code: string, message: string): string {
  return `<Failure xmlns="${WORKLIST_NS}"><Code>${code}</Code><Message>${message}</Message></Failure>`;
}

export function xmlFailure(status: number, code: string, message: string): ReturnType<typeof summary> {
  return { status, contentType: 'application/xml; charset=utf-8', body: failure(code, message) };
}

export function emptyAnswer(status: number): ReturnType<typeof summary> {
  return { status, contentType: undefined, body: '' };
}

/** A minimal UpdateTask body. */
export function updateTaskXml(serialNumber: string, action: string, inner = '', taskAttributes = ''): string {
  return (
    `<t:UpdateTask xmlns:t="${TASK_NS}" xmlns:p="${PROCESS_NS}" Action="${action}">` +
    `<t:Task SerialNumber="${serialNumber}"${taskAttributes}>${inner}</t:Task></t:UpdateTask>`
  );
}

/** A minimal UpdateProcessInstance body. */
export function updateInstanceXml(attributes: string, inner = ''): string {
  return `<w:ProcessInstance xmlns:w="${WORKLIST_NS}" xmlns:p="${PROCESS_NS}" ${attributes}>${inner}</w:ProcessInstance>`;
}
