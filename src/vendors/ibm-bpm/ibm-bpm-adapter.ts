import type { Adapter } from '../../core/adapter.js';
import type { AllVariablesUpdated, UpdateAllVariablesCommand } from '../../core/commands.js';
import { unreadableAnswer } from '../../core/failures.js';
import { fail, succeed, type Outcome } from '../../core/outcome.js';
import type { BackendHttpClient, HttpResponse } from '../../http/backend-http-client.js';
import { readVendorAnswer } from '../../http/vendor-answer.js';
import type { ProcessInstanceView } from '../../core/read-views.js';
import { bulkInstances, ibmInstanceView, READ_PARTS } from './ibm-instance-read.js';
import { buildAllVariablesBody } from './ibm-all-variables-body.js';
import { mapIbmError } from './map-ibm-error.js';
import { checkAllVariables, checkPiid } from './validate-ibm-input.js';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' };

/** IBM BPM / Business Automation Workflow, `/rest/bpm/wle/v1`: the bulk variable update. */
export class IbmBpmAdapter implements Adapter {
  readonly vendor = 'IBM_BPM' as const;
  /** Ids per bulk `getdetails` call: they travel in the URL, which servers cap at a few KB. */
  readonly readBatchSize = 100;

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
    const message = this.answer(sent, ({ body }) => successMessage(body), true);
    return message.ok ? succeed({ instanceId: command.instanceId, message: message.value }) : message;
  }

  /** One id: the documented GET; several: IBM's bulk `getdetails`, one call for the batch. */
  async readInstances(ids: readonly string[]): Promise<Outcome<ProcessInstanceView>[]> {
    const valid = ids.filter((id) => !checkPiid(id, 'id'));
    const [first] = valid;
    const found = valid.length > 1 ? await this.readBulk(valid) : new Map(first ? [[first, await this.readOne(first)]] : []);
    return ids.map((id) => {
      const invalid = checkPiid(id, 'id');
      if (invalid) return fail(invalid);
      return found.get(id) ?? fail({ kind: 'not-found', backend: this.id, message: `IBM BPM has no instance ${id} (not in its bulk answer)` });
    });
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private async readOne(id: string): Promise<Outcome<ProcessInstanceView>> {
    const sent = await this.http.request({ method: 'GET', path: `/process/${id}`, query: { parts: READ_PARTS }, headers: { accept: 'application/json' }, idempotent: true });
    const data = this.data(sent);
    if (!data.ok) return data;
    const view = ibmInstanceView(data.value, this.id);
    return view instanceof Error ? fail(unreadableAnswer(this.id, 'IBM BPM', 200, view.message, false)) : succeed(view);
  }

  /** Every id's outcome; when the bulk call itself fails, that failure is every id's. */
  private async readBulk(ids: string[]): Promise<Map<string, Outcome<ProcessInstanceView>>> {
    const sent = await this.http.request({
      method: 'GET', path: '/process',
      query: { action: 'getdetails', instanceIds: ids.join(','), parts: READ_PARTS },
      headers: { accept: 'application/json' }, idempotent: true,
    });
    const data = this.data(sent);
    if (!data.ok) return new Map(ids.map((id) => [id, data]));
    const found = new Map<string, Outcome<ProcessInstanceView>>();
    for (const entry of bulkInstances(data.value)) {
      const view = ibmInstanceView(entry, this.id);
      if (!(view instanceof Error)) found.set(view.id, succeed(view));
    }
    return found;
  }

  /** The `data` object of a 2xx JSON answer, or the failure. */
  private data(sent: Outcome<HttpResponse>): Outcome<Record<string, unknown>> {
    return this.answer(sent, ({ body }) => {
      try {
        const data = (JSON.parse(body) as { data?: unknown } | null)?.data;
        if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
      } catch {
        // fall through: not JSON
      }
      return new Error('no data object in the JSON answer');
    }, false);
  }

  private answer<T>(sent: Outcome<HttpResponse>, read: (response: HttpResponse) => T | Error, afterWrite: boolean): Outcome<T> {
    return readVendorAnswer(sent, {
      backend: this.id,
      vendor: 'IBM BPM',
      mapError: ({ status, body, mediaType }) => mapIbmError(this.id, status, body, mediaType),
      read,
      afterWrite,
    });
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
