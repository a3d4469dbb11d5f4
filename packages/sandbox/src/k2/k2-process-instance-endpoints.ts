import { emptyReply, type Reply } from '../shared/reply.js';
import { isXmlContentType } from '../shared/xml-content-type.js';
import type { K2EndpointContext } from './k2-endpoint-context.js';
import { K2Failure, invalidRequest } from './k2-failure.js';
import { applyFields, checkFieldsExist } from './k2-fields.js';
import { booleanOption, decodeBody, requireWrite } from './k2-http-input.js';
import { xmlReply } from './k2-reply.js';
import { parseProcessInstanceUpdate } from './k2-request-xml.js';
import { dataFieldCollectionXml, processInstanceXml, type FieldSelection } from './k2-response-xml.js';
import type { K2ProcessInstance, K2State } from './k2-state.js';

/**
 * POST REST.svc/Process/Instances/UpdateProcessInstance (k2-update-process-instance.txt).
 * `synchronous` is accepted and checked but changes nothing: the emulator always applies the
 * update before it answers.
 */
export function updateProcessInstance(ctx: K2EndpointContext): Reply {
  const select = fieldSelection(ctx.query);
  booleanOption(ctx.query, 'synchronous');
  // Guess: the document requires Content-type: application/xml but says nothing of other types
  // here (only UpdateTask documents its 202); the emulator refuses them.
  if (!isXmlContentType(ctx.contentType)) throw invalidRequest('Content-Type must be application/xml');
  requireWrite(ctx.user);

  const update = parseProcessInstanceUpdate(decodeBody(ctx.body));
  const instance = findInstance(ctx.state, update.id);
  checkFieldsExist(instance.dataFields, update.dataFields, `process instance ${instance.id}`);
  checkFieldsExist(instance.xmlFields, update.xmlFields, `process instance ${instance.id}`);

  if (update.priority !== undefined) instance.priority = update.priority;
  if (update.folio !== undefined) instance.folio = update.folio;
  if (update.expectedDuration !== undefined) instance.expectedDuration = update.expectedDuration;
  applyFields(instance.dataFields, update.dataFields);
  applyFields(instance.xmlFields, update.xmlFields);

  // The documented return example is a DataFieldCollection; with no detail asked for, nothing.
  if (select.dataFields || select.xmlFields) return xmlReply(200, dataFieldCollectionXml(instance, select));
  return emptyReply(200);
}

/** GET REST.svc/Process/Instances({id})?piDataField=&piXmlField= (FACTS.md, section 1). */
export function getProcessInstance(ctx: K2EndpointContext, idText: string): Reply {
  const select = fieldSelection(ctx.query);
  // Guess: an id that is not a whole number is a bad request, not an unknown instance.
  if (!/^\d{1,10}$/.test(idText)) throw invalidRequest(`process instance id "${idText}" is not an integer`);
  return xmlReply(200, processInstanceXml(findInstance(ctx.state, Number(idText)), select));
}

function fieldSelection(query: URLSearchParams): FieldSelection {
  return { dataFields: booleanOption(query, 'piDataField'), xmlFields: booleanOption(query, 'piXmlField') };
}

function findInstance(state: K2State, id: number): K2ProcessInstance {
  const instance = state.instances.get(id);
  if (!instance) throw new K2Failure(404, 'ProcessInstanceNotFound', `process instance ${id} was not found`);
  return instance;
}
