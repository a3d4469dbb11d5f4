import type { Adapter } from '../../core/adapter.js';
import type { AllVariablesUpdated, UpdateAllVariablesCommand } from '../../core/commands.js';
import { unreadableAnswer } from '../../core/failures.js';
import { fail, succeed, type Outcome } from '../../core/outcome.js';
import type { BackendHttpClient } from '../../http/backend-http-client.js';
import { buildAllVariablesBody } from './ibm-all-variables-body.js';
import { mapIbmError } from './map-ibm-error.js';
import { checkAllVariables } from './validate-ibm-input.js';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' };

/** IBM BPM / Business Automation Workflow, `/rest/bpm/wle/v1`: the bulk variable update. */
export class IbmBpmAdapter implements Adapter {
  readonly vendor = 'IBM_BPM' as const;

  constructor(readonly id: string, private readonly http: BackendHttpClient) {}

  async updateAllVariables(command: UpdateAllVariablesCommand): Promise<Outcome<AllVariablesUpdated>> {
    const invalid = checkAllVariables(command);
    if (invalid) return fail(invalid);
    const sent = await this.http.request({
      method: 'PUT',
      path: `/process/${command.instanceId}/allVariables`,
      query: { serverId: command.serverId ?? undefined },
      headers: JSON_HEADERS,
      body: buildAllVariablesBody(command),
      // A PUT that sets values: repeating it leaves the same variables.
      idempotent: true,
    });
    if (!sent.ok) return sent;
    const { status, body, mediaType } = sent.value;
    if (status < 200 || status >= 300) return fail(mapIbmError(this.id, status, body, mediaType));
    const message = successMessage(body);
    if (message instanceof Error) return fail(unreadableAnswer(this.id, 'IBM BPM', status, message.message, true));
    return succeed({ instanceId: command.instanceId, message });
  }

  close(): Promise<void> {
    return this.http.close();
  }
}

/**
 * `{"status":"200","data":{"message":"Successfully updated."}}` per the document; the message text
 * itself is not confirmed (FACTS.md [I]), so any JSON without one is success with no message. An
 * empty body is taken as success too; a body that is not JSON is a broken answer.
 */
function successMessage(body: string): string | null | Error {
  if (body.trim() === '') return null;
  try {
    const message = (JSON.parse(body) as { data?: { message?: unknown } } | null)?.data?.message;
    return typeof message === 'string' ? message.slice(0, 1000) : null;
  } catch {
    return new Error('not JSON');
  }
}
