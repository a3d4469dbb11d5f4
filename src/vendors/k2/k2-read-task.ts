import { z } from 'zod';
import type { TaskView } from '../../core/read-views.js';
import { readWithSchema } from '../../pipeline/read-with-schema.js';
import type { OperationDeclaration } from '../../pipeline/vendor-operation.js';
import { createSafeXmlParser } from '../../xml/safe-xml-parser.js';
import { xmlAttribute, xmlElement, xmlElements, xmlNamedField } from '../../xml/xml-schemas.js';
import { checkK2Serial } from './k2-input-checks.js';
import { K2ProcessInstanceXml, k2Variables } from './k2-read-instance.js';
import { K2_XML_ACCEPT } from './k2-wire.js';

const parse = createSafeXmlParser({ arrays: ['Action', 'ActivityDataField', 'ActivityXmlField', 'DataField', 'XmlField'] });

const WorklistItemXml = z.looseObject({
  '@SerialNumber': xmlAttribute, '@Status': xmlAttribute, '@AllocatedUser': xmlAttribute, '@Priority': xmlAttribute,
  ProcessInstance: xmlElement(K2ProcessInstanceXml).optional(),
  Action: xmlElements(z.looseObject({ '@Name': xmlAttribute, '@Batchable': xmlAttribute })).optional(),
  ActivityDataField: xmlElements(xmlNamedField).optional(),
  ActivityXmlField: xmlElements(xmlNamedField).optional(),
});
const ReadAnswer = z.looseObject({ WorklistItem: xmlElement(WorklistItemXml) });

/**
 * `GET REST.svc/Worklist/Items({SerialNumber})` (FACTS.md, K2): a `WorklistItem` with
 * AllocatedUser, SerialNumber, Status, its `Action Name Batchable` children and the nested
 * `ProcessInstance`. Activity fields as `ActivityDataField` / `ActivityXmlField` elements are the
 * sandbox emulator's reading of "actDataField" (a guess: K2's sample does not show them).
 */
export const k2ReadTask: OperationDeclaration<string, TaskView> = {
  check: (serial) => checkK2Serial(serial, 'serialNumber'),
  request: (serial) => ({
    method: 'GET',
    path: `/REST.svc/Worklist/Items(${serial})`,
    // allocate=false: a read must not allocate the item to the gateway's account (K2's default
    // for `allocate` comes from its web.config, so it is always said).
    query: { allocate: 'false', piDataField: 'true', actDataField: 'true', actXmlField: 'true' },
    headers: K2_XML_ACCEPT,
  }),
  effect: 'read',
  read: ({ body }) => {
    const doc = parse(body);
    const answer = doc instanceof Error ? doc : readWithSchema(ReadAnswer, doc);
    if (answer instanceof Error) return answer;
    const w = answer.WorklistItem;
    const pi: z.infer<typeof K2ProcessInstanceXml> = w.ProcessInstance ?? {};
    const priority = Number(w['@Priority']);
    return {
      serialNumber: w['@SerialNumber'] ?? '',
      backend: '',
      vendor: 'K2',
      status: w['@Status'] ?? 'Unknown',
      allocatedUser: w['@AllocatedUser'] ?? null,
      priority: w['@Priority'] !== undefined && Number.isInteger(priority) ? priority : null,
      processInstanceId: pi['@ID'] ?? null,
      folio: pi['@Folio'] ?? null,
      actions: (w.Action ?? []).map((a) => ({ name: a['@Name'] ?? '', batchable: a['@Batchable'] === 'true' })),
      activityVariables: k2Variables(w.ActivityDataField, w.ActivityXmlField),
    };
  },
};
