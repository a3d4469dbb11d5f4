import type { Adapter } from '../../core/adapter.js';
import type { InstancesMigrated, MigrateInstancesCommand } from '../../core/commands.js';
import { invalidInput } from '../../core/failures.js';
import { fail, succeed, type Outcome } from '../../core/outcome.js';
import type { BackendHttpClient, HttpResponse } from '../../http/backend-http-client.js';
import { readVendorAnswer } from '../../http/vendor-answer.js';
import { buildMigrationBody, readMigrationAnswer } from './elma365-migration-json.js';
import { mapElma365Error } from './map-elma365-error.js';
import { checkMigration, UUID } from './validate-elma365-input.js';
import { elmaInstanceView } from './elma365-instance-read.js';
import type { ProcessInstanceView } from '../../core/read-views.js';
import { clip } from '../../core/input-checks.js';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' };

/** ELMA365 (BRIX365) public API: moving Pending process instances to the latest process version. */
export class Elma365Adapter implements Adapter {
  readonly vendor = 'ELMA365' as const;

  constructor(readonly id: string, private readonly http: BackendHttpClient) {}

  async migrateInstances(command: MigrateInstancesCommand): Promise<Outcome<InstancesMigrated>> {
    const invalid = checkMigration(command);
    if (invalid) return fail(invalid);
    const sent = await this.http.request({
      method: 'POST',
      // Codes are checked to be plain identifiers; encoding is a second fence, not the first.
      path: `/bpm/instance/bytemplate/${encodeURIComponent(command.namespace)}/${encodeURIComponent(command.processCode)}/version`,
      headers: JSON_HEADERS,
      body: buildMigrationBody(command),
      idempotent: true,
    });
    const read = this.answer(sent, ({ body }) => readMigrationAnswer(body), true);
    if (!read.ok) return read;
    const answer = read.value;
    if ('refused' in answer) return fail({ kind: 'vendor-rejected', backend: this.id, vendorStatus: sent.ok ? sent.value.status : undefined, message: answer.refused });
    const allActive = command.allActive === true;
    return succeed({
      namespace: command.namespace,
      processCode: command.processCode,
      allActive,
      requestedIds: allActive ? null : [...command.instanceIds!],
      excludedIds: allActive ? [...(command.excludeIds ?? [])] : [],
      ...answer,
    });
  }

  /** ELMA365 has no bulk read by id: one documented GET per instance, in parallel. */
  readInstances(ids: readonly string[]): Promise<Outcome<ProcessInstanceView>[]> {
    return Promise.all(ids.map(async (id) => {
      if (!UUID.test(id)) return fail(invalidInput('id', `'${clip(id)}' is not a UUID`));
      const sent = await this.http.request({ method: 'GET', path: `/bpm/instance/${id}/get`, headers: { accept: 'application/json' }, idempotent: true });
      return this.answer(sent, ({ body }) => elmaInstanceView(body, this.id), false);
    }));
  }

  private answer<T>(sent: Outcome<HttpResponse>, read: (response: HttpResponse) => T | Error, afterWrite: boolean): Outcome<T> {
    return readVendorAnswer(sent, {
      backend: this.id,
      vendor: 'ELMA365',
      mapError: ({ status, body }) => mapElma365Error(this.id, status, body),
      read,
      afterWrite,
    });
  }

  close(): Promise<void> {
    return this.http.close();
  }
}
