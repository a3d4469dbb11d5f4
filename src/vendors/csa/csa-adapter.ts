import type { Adapter, CallContext } from '../../core/adapter.js';
import type {
  InstanceSnapshot, InstanceStateSet, ProcessInstanceUpdated, SetInstanceStateCommand, UpdateProcessInstanceCommand,
} from '../../core/commands.js';
import { fail, succeed, type Outcome } from '../../core/outcome.js';
import type { BackendHttpClient } from '../../http/backend-http-client.js';
import { csaInstanceLoader, readCsaAnswer, type CsaInstanceLoader } from './csa-instance-loader.js';
import { buildCsaPropertiesXml, buildCsaStateXml, type CsaInstance } from './csa-process-instance-xml.js';
import { csaTransitionRefusal } from './csa-state-rules.js';
import { checkCsaId, checkCsaPropertyUpdate, checkCsaStateChange } from './validate-csa-input.js';
import { csaInstanceView } from './csa-instance-view.js';
import type { ProcessInstanceView } from '../../core/read-views.js';

const XML_HEADERS = { 'content-type': 'application/xml; charset=utf-8', accept: 'application/xml' };

/** Micro Focus Cloud Service Automation, Legacy API: process instance state and property merges. */
export class CsaAdapter implements Adapter {
  readonly vendor = 'CSA' as const;

  constructor(
    readonly id: string,
    private readonly http: BackendHttpClient,
    /** The admin person every call runs as (`userIdentifier`, required by every Legacy call). */
    private readonly userIdentifier: string,
  ) {}

  /**
   * State rules are checked both ways. First against a read of the instance (through this
   * request's loader, so a request touching the instance twice reads it once): CSA's refusal
   * status and body are not documented, so catching the documented rules before writing gives a
   * precise InvalidStateTransitionError with nothing sent. That read can race with another
   * writer, so CSA's own refusal of the PUT is mapped too, and the current state re-read for it.
   */
  async setInstanceState(command: SetInstanceStateCommand, call: CallContext): Promise<Outcome<InstanceStateSet>> {
    const invalid = checkCsaStateChange(command);
    if (invalid) return fail(invalid);
    const loader = this.loader(call);
    const requested = command.state;
    if (requested != null) {
      const current = this.written(call).get(command.instanceId) ?? (await loader.load(command.instanceId));
      if (!current.ok) return current;
      const refusal = current.value.state && csaTransitionRefusal(current.value.state, requested);
      if (refusal) return fail(this.stateRefusal(current.value, requested, `not sent: ${refusal}`));
    }
    const query = { userIdentifier: this.userIdentifier, scope: 'view', view: 'processinstancestate', action: 'merge' };
    const written = await this.put(command.instanceId, query, buildCsaStateXml(command), call);
    if (!written.ok && written.failure.kind === 'invalid-state-transition') {
      const now = await loader.load(command.instanceId);
      return fail({ ...written.failure, currentState: now.ok ? stateWord(now.value) : null, requestedState: requested ?? null });
    }
    return written.ok ? succeed({ instanceId: command.instanceId, snapshot: snapshotOf(written.value) }) : written;
  }

  async updateProcessInstance(command: UpdateProcessInstanceCommand, call: CallContext): Promise<Outcome<ProcessInstanceUpdated>> {
    const invalid = checkCsaPropertyUpdate(command);
    if (invalid) return fail(invalid);
    const query = { userIdentifier: this.userIdentifier, view: 'propertyinfo', scope: 'view', property_action_: 'merge' };
    const written = await this.put(command.instanceId, query, buildCsaPropertiesXml(command.instanceId, command.properties!), call);
    return written.ok ? succeed({ instanceId: command.instanceId, dataFields: null, snapshot: snapshotOf(written.value) }) : written;
  }

  /**
   * Reads go through the same per-request loader as the state checks, so a request that reads an
   * instance and changes its state reads it once. CSA has no bulk read.
   */
  readInstances(ids: readonly string[], call: CallContext): Promise<Outcome<ProcessInstanceView>[]> {
    const loader = this.loader(call);
    return Promise.all(ids.map(async (id) => {
      const invalid = checkCsaId(id, 'id');
      if (invalid) return fail(invalid);
      const read = await loader.load(id);
      return read.ok ? succeed(csaInstanceView(read.value, this.id)) : read;
    }));
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private loader(call: CallContext): CsaInstanceLoader {
    return csaInstanceLoader(call, this.id, this.http, this.userIdentifier);
  }

  /**
   * What this request's own writes answered, by instance: the state checks of later writes in the
   * request use it. Reads do not: the PUT is sent with `scope=view&view=…`, and the document only
   * says it answers the "Updated ProcessInstance VO", which may hold only that view's fields.
   */
  private written(call: CallContext): Map<string, Outcome<CsaInstance>> {
    return call.scope.memo(`csa-written:${this.id}`, () => new Map<string, Outcome<CsaInstance>>());
  }

  /** A merging PUT (query parameters in the documents' own order). */
  private async put(instanceId: string, query: Record<string, string>, body: string, call: CallContext): Promise<Outcome<CsaInstance>> {
    const loader = this.loader(call);
    const written = this.written(call);
    const sent = await this.http.request({
      method: 'PUT',
      path: `/processinstances/${encodeURIComponent(instanceId)}`,
      query,
      headers: XML_HEADERS,
      body,
      // A merge sets values; sending it twice leaves the same instance.
      idempotent: true,
    });
    loader.clear(instanceId);
    written.delete(instanceId);
    const answer = readCsaAnswer(this.id, sent, true);
    if (answer.ok) written.set(instanceId, answer);
    return answer;
  }

  private stateRefusal(current: CsaInstance, requested: string, message: string) {
    return {
      kind: 'invalid-state-transition' as const,
      backend: this.id,
      currentState: stateWord(current),
      requestedState: requested,
      message: `CSA instance ${current.id}: ${message}`,
    };
  }
}

function stateWord(instance: CsaInstance): string | null {
  return instance.state ?? instance.vendorState;
}

function snapshotOf({ state, returnCode, status, properties }: CsaInstance): InstanceSnapshot {
  return { state, returnCode, status, properties };
}
