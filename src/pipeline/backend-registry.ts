import { createHash } from 'node:crypto';
import type { AuditFacts } from '../audit/audit-record.js';
import { AccessPolicy } from '../core/access-policy.js';
import type { CallContext } from '../core/call-context.js';
import type { InstanceStatesSet, TasksUpdated } from '../core/commands.js';
import { invalidInput, notAllowed, unknownBackend } from '../core/failures.js';
import { digestInput, type ClaimResult, type IdempotencyStore } from '../core/idempotency.js';
import type { BpmFailureKind } from '../core/bpm-failure.js';
import { OPERATIONS, type CommandOf, type MutationOperation, type Operation, type ResultOf } from '../core/operation.js';
import { fail, type Outcome } from '../core/outcome.js';
import type { InstanceListQuery, InstancePage, TaskListQuery, TaskPage } from '../core/list-views.js';
import type { ProcessInstanceView, TaskView } from '../core/read-views.js';
import { RequestPreview } from '../core/request-preview.js';
import { ERROR_TYPE_NAMES, PREVIEW_TYPE_NAME, SUCCESS_TYPE_NAMES } from '../core/result-names.js';
import type { ConfiguredBackend } from './configured-backend.js';
import { instanceLoader, taskLoader } from './read-loaders.js';

export interface RegistryOptions {
  access?: AccessPolicy;
  idempotency?: { store: IdempotencyStore; windowMs: number; pendingMs: number };
  /** Told of every answer: operation, backend (only configured ids) and the result's type name. */
  onResult?: (operation: Operation, backend: string, result: string) => void;
  /** Told of every mutation and dry run once answered, for the audit trail (it must not block). */
  onAudit?: (facts: AuditFacts) => void;
}

/** Failures that mean nothing reached the vendor: the gateway's own refusals. */
const NOT_SENT: ReadonlySet<BpmFailureKind> = new Set(['validation', 'unknown-backend', 'unsupported-operation']);

/** A mutation as the GraphQL face hands it over: the command, and whether it is a dry run. */
export type MutationRequest<O extends MutationOperation> = CommandOf<O> & { backend: string; dryRun?: boolean | null };

/**
 * The configured backends by id, and the front of the pipeline: the one place where a call finds
 * its backend, and where access, idempotency and result counting are applied, for every vendor.
 */
export class BackendRegistry {
  private readonly byId: ReadonlyMap<string, ConfiguredBackend>;
  private readonly access: AccessPolicy;

  constructor(backends: readonly ConfiguredBackend[], private readonly options: RegistryOptions = {}) {
    this.byId = new Map(backends.map((b) => [b.id, b]));
    this.access = options.access ?? new AccessPolicy(new Map());
  }

  get(id: string): ConfiguredBackend | undefined {
    return this.byId.get(id);
  }

  list(): ConfiguredBackend[] {
    return [...this.byId.values()];
  }

  /** Whether the caller may run the operation on the backend (a job's visibility follows it). */
  allows(backend: string, operation: Operation, caller: CallContext['caller']): boolean {
    return this.byId.has(backend) && this.access.allows(backend, operation, caller);
  }

  /**
   * Runs a mutation on the backend the command names, or says why it cannot; with `dryRun`, shows
   * the vendor requests it would send. Afterwards the request forgets what it had read of what
   * may have changed, so a later read in it sees it.
   */
  async run<O extends MutationOperation>(operation: O, command: MutationRequest<O>, call: CallContext): Promise<Outcome<ResultOf<O> | RequestPreview>> {
    const audit = this.options.onAudit;
    // Only the audit trail needs the call's timing and its vendor calls.
    const started = audit ? performance.now() : 0;
    const context = audit ? call.request : undefined;
    const logged = context?.vendorLog?.length ?? 0;
    const outcome = await this.dispatch(operation, command, call);
    const result = this.count(operation, command.backend, outcome, operation);
    if (audit) {
      const preview = outcome.ok && outcome.value instanceof RequestPreview ? outcome.value : null;
      const durationMs = performance.now() - started;
      if (outcome.ok && !preview) this.auditItems(operation, command, outcome.value, call, context?.requestId ?? '', durationMs);
      audit({
        requestId: context?.requestId ?? '',
        caller: call.caller,
        backend: command.backend,
        vendor: this.byId.get(command.backend)?.vendor ?? '(unknown)',
        operation,
        command: command as unknown as Record<string, unknown>,
        dryRun: command.dryRun === true,
        outcome: result,
        failure: outcome.ok ? null : outcome.failure,
        durationMs,
        // A dry run sends nothing: its entry names the first request it would have sent.
        vendorCalls: preview
          ? preview.requests.slice(0, 1).map((r) => ({ method: r.method, path: new URL(r.url).pathname, status: null }))
          : context?.vendorLog?.slice(logged) ?? [],
      });
    }
    return outcome;
  }

  /**
   * One entry per item of a batch, as if each were its own updateTask or setInstanceState (with
   * the batch's client id and duration, and the call that decided it), besides the batch's own entry.
   */
  private auditItems(operation: MutationOperation, command: MutationRequest<MutationOperation>, result: unknown, call: CallContext, requestId: string, durationMs: number): void {
    let items: { single: 'UPDATE_TASK' | 'SET_INSTANCE_STATE'; command: Record<string, unknown>; outcome: Outcome<unknown>; line?: { method: string; path: string } }[];
    if (operation === 'UPDATE_TASKS') {
      const batch = command as MutationRequest<'UPDATE_TASKS'>;
      items = (result as TasksUpdated).items.map((item, i) => ({ single: 'UPDATE_TASK', command: { ...batch.items[i] }, outcome: item.outcome, ...(item.call ? { line: item.call } : {}) }));
    } else if (operation === 'SET_INSTANCE_STATES') {
      const batch = command as MutationRequest<'SET_INSTANCE_STATES'>;
      items = (result as InstanceStatesSet).items.map((item, i) => ({ single: 'SET_INSTANCE_STATE', command: { instanceId: batch.instanceIds[i], state: batch.state }, outcome: item.outcome, ...(item.call ? { line: item.call } : {}) }));
    } else return;
    const vendor = this.byId.get(command.backend)?.vendor ?? '(unknown)';
    for (const { single, command: itemCommand, outcome, line } of items) {
      const failure = outcome.ok ? null : outcome.failure;
      this.options.onAudit!({
        requestId,
        caller: call.caller,
        backend: command.backend,
        vendor,
        operation: single,
        command: { ...itemCommand, clientMutationId: command.clientMutationId },
        dryRun: false,
        outcome: failure ? ERROR_TYPE_NAMES[failure.kind] : SUCCESS_TYPE_NAMES[single],
        failure,
        durationMs,
        // A success's status is not kept by the batch (a 2xx); a failure's is.
        vendorCalls: line ? [{ ...line, status: failure?.vendorStatus ?? null }] : [],
      });
    }
  }

  /**
   * Reads an instance through this request's loader for its backend. `answer`: the read is a
   * root field's answer (`processInstance`), counted as one; nested and federated reads are not.
   */
  async readInstance(backend: string, id: string, call: CallContext, answer = false): Promise<Outcome<ProcessInstanceView>> {
    const found = this.reachable(backend, 'READ_PROCESS_INSTANCE', call);
    const read = found.ok ? await instanceLoader(call, found.value).load(id) : found;
    if (answer) this.count('READ_PROCESS_INSTANCE', backend, read);
    return read;
  }

  /** Reads a task through this request's loader for its backend; `answer` as above. */
  async readTask(backend: string, serialNumber: string, call: CallContext, answer = false): Promise<Outcome<TaskView>> {
    const found = this.reachable(backend, 'READ_TASK', call);
    const read = found.ok ? await taskLoader(call, found.value).load(serialNumber) : found;
    if (answer) this.count('READ_TASK', backend, read);
    return read;
  }

  /** A page of a backend's worklist, or why not (a vendor without one: UnsupportedOperationError). */
  async listTasks(backend: string, query: TaskListQuery, call: CallContext): Promise<Outcome<TaskPage>> {
    const found = this.reachable(backend, 'LIST_TASKS', call);
    const page = found.ok ? await found.value.listTasks(query, call) : found;
    this.count('LIST_TASKS', backend, page);
    return page;
  }

  /** A page of a process's instances on a backend, likewise. */
  async listInstances(backend: string, query: InstanceListQuery, call: CallContext): Promise<Outcome<InstancePage>> {
    const found = this.reachable(backend, 'LIST_PROCESS_INSTANCES', call);
    const page = found.ok ? await found.value.listInstances(query, call) : found;
    this.count('LIST_PROCESS_INSTANCES', backend, page);
    return page;
  }

  async close(): Promise<void> {
    await Promise.all([...this.list().map((b) => b.close()), this.options.idempotency?.store.close()]);
  }

  private async dispatch<O extends MutationOperation>(operation: O, command: MutationRequest<O>, call: CallContext): Promise<Outcome<ResultOf<O> | RequestPreview>> {
    const found = this.reachable(command.backend, operation, call);
    if (!found.ok) return found;
    const backend = found.value;
    const { clientMutationId } = command;
    // Checked before a dry run too: a dry run refuses what the real call refuses.
    if (clientMutationId != null && this.options.idempotency && (clientMutationId.length === 0 || clientMutationId.length > 128)) {
      return fail(invalidInput('clientMutationId', 'must be 1 to 128 characters'));
    }
    // Reads the operation makes for its own answer (ELMA365's read-back) only for callers who may read.
    const mayRead = this.access.allows(backend.id, 'READ_PROCESS_INSTANCE', call.caller);
    // A dry run needs the same access as the real call, writes nothing, and is never stored.
    if (command.dryRun) return backend.mutate(operation, command, call, { dryRun: true, mayRead });
    const execute = async () => {
      const outcome = await backend.mutate(operation, command, call, { dryRun: false, mayRead });
      // Even a failure may have changed something (a timeout, an unreadable 2xx): forget either way.
      forgetChanged(call, backend, command);
      return outcome;
    };
    if (clientMutationId == null || !this.options.idempotency) return execute();
    const caller = call.caller?.id ?? '';
    return this.once(JSON.stringify([caller, backend.id, operation, clientMutationId]), command, execute, { caller, evictable: backend.repeatable(operation) });
  }

  /** The backend, if it is configured and the caller may run the operation on it. */
  reachable(id: string, operation: Operation, call: CallContext): Outcome<ConfiguredBackend> {
    const backend = this.byId.get(id);
    // Only backends this caller may use are named: the list would map the deployment to anyone.
    if (!backend) return fail(unknownBackend(id, [...this.byId.keys()].filter((b) => OPERATIONS.some((op) => this.access.allows(b, op, call.caller)))));
    if (!this.access.allows(backend.id, operation, call.caller)) return fail(notAllowed(backend.id, operation, call.caller?.id ?? 'anonymous'));
    return { ok: true, value: backend };
  }

  /** Counts the answer by its result type, and says which type that is. */
  private count(operation: Operation, backend: string, outcome: Outcome<unknown>, mutation?: MutationOperation): string {
    const result = !outcome.ok
      ? ERROR_TYPE_NAMES[outcome.failure.kind]
      : mutation && outcome.value instanceof RequestPreview ? PREVIEW_TYPE_NAME : SUCCESS_TYPE_NAMES[operation];
    // Only configured ids become labels, so callers cannot grow the label set.
    this.options.onResult?.(operation, this.byId.has(backend) ? backend : '(unknown)', result);
    return result;
  }

  /**
   * Client retries made safe: the same clientMutationId with the same input within the window
   * answers the first answer without calling the vendor again; with another input it is refused.
   */
  private async once<T>(key: string, command: object, execute: () => Promise<Outcome<T>>, owner: { caller: string; evictable: boolean }): Promise<Outcome<T>> {
    // Hashed, so that no caller id, backend or client id can be spelled to collide with another's.
    key = createHash('sha256').update(key).digest('hex');
    const { store, windowMs, pendingMs } = this.options.idempotency!;
    const inputDigest = digestInput(command);
    // Hashed too, so that a caller id is not stored in clear (Redis keys are visible to its admins).
    const caller = createHash('sha256').update(owner.caller).digest('hex').slice(0, 32);
    let claim: ClaimResult;
    try {
      // A claim lives only as long as a call can run: a replica that dies mid-call must not
      // block the id for the whole window.
      claim = await store.claim(key, inputDigest, pendingMs, { caller, reserveBytes: Buffer.byteLength(JSON.stringify(command)) });
    } catch {
      return fail({ kind: 'backend-unavailable', retryable: true, message: 'the idempotency store cannot be reached; nothing was sent, try again' });
    }
    if (!claim.claimed && 'full' in claim) return fail(invalidInput('clientMutationId', claim.full));
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
    // Not kept: a failure that is safe to repeat (nothing applied, or a call harmless twice), for
    // the client's retry with the same id must really retry; and a refusal before anything was
    // sent, which would only fill the store. Everything else is the first answer. A store that
    // fails now still lets the answer through: the vendor has already answered.
    const keep = outcome.ok || !(NOT_SENT.has(outcome.failure.kind) || (outcome.failure.kind === 'backend-unavailable' && outcome.failure.retryable));
    await (keep ? store.finish(key, { inputDigest, state: 'done', outcome }, windowMs, { caller, reserveBytes: 0, evictable: owner.evictable }) : store.release(key)).catch(() => undefined);
    return outcome;
  }
}

/**
 * Clears the loader entries a mutation may have made stale: its instance, or its task and (as a
 * task action can set process fields) the backend's instances; a migration changes many.
 */
function forgetChanged(call: CallContext, backend: ConfiguredBackend, command: object): void {
  const instances = instanceLoader(call, backend);
  if ('items' in command && Array.isArray(command.items)) {
    const tasks = taskLoader(call, backend);
    for (const item of command.items as { serialNumber: string }[]) tasks.clear(item.serialNumber);
    instances.clearAll();
  } else if ('serialNumber' in command && typeof command.serialNumber === 'string') {
    taskLoader(call, backend).clear(command.serialNumber);
    instances.clearAll();
  } else if ('instanceId' in command && typeof command.instanceId === 'string') {
    instances.clear(command.instanceId);
  } else {
    instances.clearAll();
  }
}
