import { z } from 'zod';
import type { AllVariablesUpdated, UpdateAllVariablesCommand } from '../../core/commands.js';
import { readJson } from '../../pipeline/read-with-schema.js';
import type { OperationDeclaration } from '../../pipeline/vendor-operation.js';
import { buildAllVariablesBody } from './ibm-all-variables-body.js';
import { checkAllVariables } from './ibm-input-checks.js';
import { IBM_JSON_HEADERS } from './ibm-wire.js';

/** `{"status":"200","data":{"message":"Successfully updated."}}`; the message text is not confirmed (FACTS.md [I]), so any JSON is read. */
const Message = z.object({ data: z.object({ message: z.string() }) });
const Updated = z.unknown().transform((json) => {
  const message = Message.safeParse(json);
  return message.success ? message.data.data.message.slice(0, 1000) : null;
});

/** `PUT process/{id}/allVariables[?serverId=]` (ibm-bpm-all-variables.txt), JSON. */
export const ibmUpdateAllVariables: OperationDeclaration<UpdateAllVariablesCommand, AllVariablesUpdated> = {
  check: (command) => checkAllVariables(command),
  request: (command) => ({
    method: 'PUT',
    path: `/process/${command.instanceId}/allVariables`,
    query: { serverId: command.serverId ?? undefined },
    headers: IBM_JSON_HEADERS,
    body: buildAllVariablesBody(command),
  }),
  // A PUT that sets values: repeating it leaves the same variables.
  effect: 'repeatable write',
  // The document's own words for the statuses where they say more than the common table.
  statuses: {
    403: { kind: 'permission-denied', message: 'lets only admin users update all variables' },
    409: { kind: 'invalid-state-transition', message: 'cannot update the variables of an instance that is not Active, Suspended or Failed' },
  },
  // An empty body is taken as success too; a body that is not JSON is a broken answer.
  read: ({ body }, command) => {
    const message = body.trim() === '' ? null : readJson(Updated, body);
    return message instanceof Error ? message : { instanceId: command.instanceId, message };
  },
};
