import { escapeXmlText } from '../shared/xml-text.js';
import { exceptionTypeOf, type IbmFailure } from './ibm-bpm-failure.js';

/**
 * IBM's error body, three ways: the JSON object wrapped in `{"status":"error","Data":{…}}` (what
 * real servers send, FACTS [C-3p]), the same object flat (the document's "WLE Error Response"
 * schema), and the document's XML RestRuntimeException.
 */

export type IbmErrorEnvelope = 'wrapped' | 'flat';

/** The document's XML schema namespace for RestRuntimeException. */
export const EXCEPTION_NS = 'http://rest.bpm.ibm.com/v1/data/exception';

/**
 * The error object in the fixtures' key order. programmersDetails is sent on purpose: a real
 * server with "server-stacktrace-enabled" sends one, and the gateway must never show it.
 */
export function errorObject(failure: IbmFailure): Record<string, unknown> {
  return {
    status: 'error',
    exceptionType: exceptionTypeOf(failure.code),
    errorNumber: failure.code,
    errorMessage: failure.message,
    errorMessageParameters: [...failure.parameters],
    programmersDetails: programmersDetails(failure),
    responses: null,
    errorData: null,
  };
}

export function errorJson(failure: IbmFailure, envelope: IbmErrorEnvelope): string {
  const data = errorObject(failure);
  return JSON.stringify(envelope === 'wrapped' ? { status: 'error', Data: data } : data);
}

/**
 * The schema is elementFormDefault="unqualified": only the root element is in the namespace, so
 * it carries a prefix and the children none. Guess: the prefix `tns` (the schema's own), JAXB's
 * standalone declaration; `responses` and `errorData` (minOccurs 0) are left out when null.
 */
export function errorXml(failure: IbmFailure): string {
  const parameters = failure.parameters.map((p) => `<errorMessageParameters>${escapeXmlText(p)}</errorMessageParameters>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<tns:RestRuntimeException xmlns:tns="${EXCEPTION_NS}">` +
    '<status>error</status>' +
    '<Data>' +
    '<status>error</status>' +
    `<exceptionType>${exceptionTypeOf(failure.code)}</exceptionType>` +
    `<errorNumber>${failure.code}</errorNumber>` +
    `<errorMessage>${escapeXmlText(failure.message)}</errorMessage>` +
    parameters +
    `<programmersDetails>${escapeXmlText(programmersDetails(failure))}</programmersDetails>` +
    '</Data>' +
    '</tns:RestRuntimeException>'
  );
}

/**
 * A made-up Java stack trace, shaped like a real one, so a client that leaks it is caught.
 * Guess: frames and line numbers are invented.
 */
export function programmersDetails(failure: IbmFailure): string {
  return [
    `${exceptionTypeOf(failure.code)}: ${failure.message}`,
    '\tat com.ibm.bpm.wle.api.impl.BPDInstanceServiceImpl.checkInstance(BPDInstanceServiceImpl.java:1187)',
    '\tat com.ibm.bpm.rest.impl.resource.ProcessInstanceResource.handle(ProcessInstanceResource.java:402)',
    '\tat com.ibm.bpm.rest.impl.RestServlet.service(RestServlet.java:211)',
    '\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:668)',
  ].join('\n');
}
