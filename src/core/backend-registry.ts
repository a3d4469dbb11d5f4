import {
  OPERATION_METHOD, supportedOperations, type Adapter, type CallContext, type CommandOf, type MutationOperation, type ResultOf,
} from './adapter.js';
import { createHash } from 'node:crypto';
import { AccessPolicy } from './access-policy.js';
import { invalidInput, notAllowed, unknownBackend, unsupportedOperation } from './failures.js';
import { digestInput, type IdempotencyStore } from './idempotency.js';
import type { Operation } from './operation.js';
import { fail, type Outcome } from './outcome.js';
import { instanceLoader, taskLoader } from './read-loaders.js';
import type { ProcessInstanceView, TaskView } from './read-views.js';

/** The configured backends by id; the one place an operation finds its adapter. */
export class BackendRegistry {
  private readonly byId: ReadonlyMap<string, Adapter>;
  private readonly operations: ReadonlyMap<string, readonly Operation[]>;

  constructor(
    adapters: readonly Adapter[],
    private readonly access: AccessPolicy = new AccessPolicy(new Map()),
    private readonly idempotency?: { store: IdempotencyStore; windowMs: number; pendingMs: number },
  ) {
    this.byId = new Map(adapters.map((a) => [a.id, a]));
    this.operations = new Map(adapters.map((a) => [a.id, supportedOperations(a)]));
  }

  /** What a backend can do natively, worked out once. */
  operationsOf(id: string): readonly Operation[] {
    return this.operations.get(id) ?? [];
  }

  get(id: string): Adapter | undefined {
    return this.byId.get(id);
  }

  list(): Adapter[] {
    return [...this.byId.values()];
  }

  /**
   * Runs a mutation on the backend the command names, or says why it cannot. Afterwards the
   * request forgets what it had read of what may have changed, so a later read in it sees it.
   */
  async run<O extends MutationOperation>(operation: O, command: CommandOf<O> & { backend: string }, call: CallContext): Promise<Outcome<ResultOf<O>>> {
    const adapter = this.byId.get(command.backend);
    if (!adapter) return fail(unknownBackend(command.backend, [...this.byId.keys()]));
    if (!this.access.allows(adapter.id, operation, call.caller)) return fail(notAllowed(adapter.id, operation, call.caller?.id ?? 'anonymous'));
    const method = adapter[OPERATION_METHOD[operation]] as
      | ((this: Adapter, c: CommandOf<O>, call: CallContext) => Promise<Outcome<ResultOf<O>>>)
      | undefined;
    if (!method) return fail(unsupportedOperation(adapter.id, adapter.vendor, operation));
    const execute = async () => {
      const outcome = await method.call(adapter, command, call);
      // Even a failure may have changed something (a timeout, an unreadable 2xx): forget either way.
      forgetChanged(call, adapter, command);
      return outcome;
    };
    const clientMutationId = (command as { clientMutationId?: string | null }).clientMutationId;
    if (clientMutationId == null || !this.idempotency) return execute();
    return this.once(JSON.stringify([call.caller?.id ?? null, adapter.id, operation, clientMutationId]), clientMutationId, command, execute);
  }

  /**
   * Client retries made safe: the same clientMutationId with the same input within the window
   * answers the first answer without calling the vendor again; with another input it is refused.
   */
  private async once<T>(key: string, clientMutationId: string, command: object, execute: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    // Hashed, so that no caller id, backend or client id can be spelled to collide with another's.
    key = createHash('sha256').update(key).digest('hex');
    if (clientMutationId.length === 0 || clientMutationId.length > 128) return fail(invalidInput('clientMutationId', 'must be 1 to 128 characters'));
    const { store, windowMs, pendingMs } = this.idempotency!;
    const inputDigest = digestInput(command);
    let claim: Awaited<ReturnType<IdempotencyStore['claim']>>;
    try {
      // A claim lives only as long as a call can run: a replica that dies mid-call must not
      // block the id for the whole window.
      claim = await store.claim(key, inputDigest, pendingMs);
    } catch {
      return fail({ kind: 'backend-unavailable', retryable: true, message: 'the idempotency store cannot be reached; nothing was sent, try again' });
    }
    if (!claim.claimed) {
      const { entry } = claim;
      if (entry.inputDigest !== inputDigest) return fail(invalidInput('clientMutationId', 'was already used, within the idempotency window, for a different input'));
      if (entry.state === 'pending') {
        return fail({ kind: 'backend-unavailable', retryable: true, message: 'the first call with this clientMutationId is still running; ask again in a moment' });
      }
      return entry.outcome as Outcome<T>;
    }
    let outcome: Outcome<T>;
    try {
      outcome = await execute();
    } catch (error) {
      await store.release(key).catch(() => undefined);
      throw error;
    }
    // A failure that is safe to repeat (nothing applied, or a call harmless twice) is not kept:
    // the client's retry with the same id must really retry. Everything else is the first answer.
    // A store that fails now still lets the answer through: the vendor has already answered.
    const keep = !(!outcome.ok && outcome.failure.kind === 'backend-unavailable' && outcome.failure.retryable);
    await (keep ? store.finish(key, { inputDigest, state: 'done', outcome }, windowMs) : store.release(key)).catch(() => undefined);
    return outcome;
  }

  /** Reads an instance through this request's loader for its backend. */
  async readInstance(backend: string, id: string, call: CallContext): Promise<Outcome<ProcessInstanceView>> {
    const adapter = this.byId.get(backend);
    if (!adapter) return fail(unknownBackend(backend, [...this.byId.keys()]));
    if (!this.access.allows(adapter.id, 'READ_PROCESS_INSTANCE', call.caller)) return fail(notAllowed(adapter.id, 'READ_PROCESS_INSTANCE', call.caller?.id ?? 'anonymous'));
    return instanceLoader(call, adapter).load(id);
  }

  /** Reads a task through this request's loader for its backend. */
  async readTask(backend: string, serialNumber: string, call: CallContext): Promise<Outcome<TaskView>> {
    const adapter = this.byId.get(backend);
    if (!adapter) return fail(unknownBackend(backend, [...this.byId.keys()]));
    if (!this.access.allows(adapter.id, 'READ_TASK', call.caller)) return fail(notAllowed(adapter.id, 'READ_TASK', call.caller?.id ?? 'anonymous'));
    return taskLoader(call, adapter).load(serialNumber);
  }

  async close(): Promise<void> {
    await Promise.all([...this.list().map((a) => a.close()), this.idempotency?.store.close()]);
  }
}

/**
 * Clears the loader entries a mutation may have made stale: its instance, or its task and (as a
 * task action can set process fields) the backend's instances; a migration changes many.
 */
function forgetChanged(call: CallContext, adapter: Adapter, command: object): void {
  const instances = instanceLoader(call, adapter);
  if ('serialNumber' in command && typeof command.serialNumber === 'string') {
    taskLoader(call, adapter).clear(command.serialNumber);
    instances.clearAll();
  } else if ('instanceId' in command && typeof command.instanceId === 'string') {
    instances.clear(command.instanceId);
  } else {
    instances.clearAll();
  }
}
