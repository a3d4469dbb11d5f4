import type { CallContext } from '../core/call-context.js';
import type { InstanceStatesSet, SetInstanceStatesCommand, TasksUpdated, TaskUpdated, UpdateTaskCommand, UpdateTaskItem, UpdateTasksCommand } from '../core/commands.js';
import { unreadableAnswer, unsupportedOperation } from '../core/failures.js';
import { OPERATIONS, type CommandOf, type MutationOperation, type Operation, type ResultOf, type SingleMutation } from '../core/operation.js';
import type { Refused } from '../core/input-checks.js';
import { fail, succeed, type Outcome } from '../core/outcome.js';
import type { InstanceListQuery, InstancePage, TaskListQuery, TaskPage } from '../core/list-views.js';
import type { ProcessInstanceView, TaskView } from '../core/read-views.js';
import { RequestPreview } from '../core/request-preview.js';
import type { Vendor } from '../core/vendor.js';
import type { BackendHttpClient, HttpResponse } from '../http/backend-http-client.js';
import { previewRequest } from './preview-request.js';
import { instanceLoader } from './read-loaders.js';
import { classifyStatus } from './status-table.js';
import { SecretRedactor } from '../core/secret-redactor.js';
import { checkBatch, chunksOf, runBatch, type BatchBackend } from './task-batch.js';
import { checkStates, previewStates, runStates, type StateBatchBackend } from './instance-state-batch.js';
import { isRepeatable, Refusal, type OperationDeclaration, type OperationEnv, type ReadDeclaration, type TaskBatchDeclaration, type VendorDefinition, type VendorRequestSpec } from './vendor-operation.js';

/**
 * One configured backend: a vendor's declarations, the backend's settings and its HTTP client.
 * This is the pipeline every vendor call runs through, once: check → prepare → build → send (under
 * the client's resilience) → classify → read. A dry run stops after build and shows the request.
 */
export class ConfiguredBackend<S = unknown> {
  readonly vendor: Vendor;
  /** What the backend can do, from its vendor's declarations. */
  readonly operations: readonly Operation[];

  constructor(
    readonly id: string,
    private readonly definition: VendorDefinition<S>,
    private readonly settings: S,
    private readonly http: BackendHttpClient,
    /** Vendor text in a failure may quote credentials (its own request, a config dump): masked. */
    private readonly redactor: SecretRedactor = new SecretRedactor(),
  ) {
    this.vendor = definition.vendor;
    const native: Record<Operation, boolean> = {
      READ_PROCESS_INSTANCE: !!definition.reads.instance,
      READ_TASK: !!definition.reads.task,
      LIST_TASKS: !!definition.lists?.tasks,
      LIST_PROCESS_INSTANCES: !!definition.lists?.instances,
      UPDATE_PROCESS_INSTANCE: !!definition.mutations.UPDATE_PROCESS_INSTANCE,
      UPDATE_TASK: !!definition.mutations.UPDATE_TASK,
      UPDATE_TASKS: !!definition.batches?.UPDATE_TASKS && !!definition.mutations.UPDATE_TASK && !!definition.reads.task,
      SET_INSTANCE_STATE: !!definition.mutations.SET_INSTANCE_STATE,
      SET_INSTANCE_STATES: !!definition.batches?.SET_INSTANCE_STATES && !!definition.mutations.SET_INSTANCE_STATE,
      UPDATE_ALL_VARIABLES: !!definition.mutations.UPDATE_ALL_VARIABLES,
      MIGRATE_INSTANCES: !!definition.mutations.MIGRATE_INSTANCES,
    };
    this.operations = OPERATIONS.filter((op) => native[op]);
  }

  /** The most ids one instance read takes (a bulk read's URL has to stay short). */
  get instanceBatchSize(): number {
    return this.definition.reads.instance?.many?.maxIds ?? Infinity;
  }

  /** The most instance ids one migration call takes (Infinity where the vendor sets no bound). */
  get migrationChunkSize(): number {
    return this.definition.batches?.MIGRATE_INSTANCES?.maxIds ?? Infinity;
  }

  /** A mutation's own checks, nothing sent: what a job checks of each of its calls before it is queued. */
  check<O extends SingleMutation>(operation: O, command: CommandOf<O>): Refused | null {
    const declaration = this.definition.mutations[operation] as OperationDeclaration<CommandOf<O>, unknown, S, unknown> | undefined;
    return declaration ? declaration.check(command, this.settings) : unsupportedOperation(this.id, this.vendor, operation) as Refused;
  }

  /** Items per batch call of updateTasks (1 without a batch call). */
  get taskChunkSize(): number {
    return this.definition.batches?.UPDATE_TASKS?.chunkSize(this.settings) ?? 1;
  }

  /** Ids per bulk state-change call (1 without one). */
  get stateChunkSize(): number {
    return this.definition.batches?.SET_INSTANCE_STATES?.maxIds ?? 1;
  }

  /** Whether this backend's form of the mutation may run twice harmlessly (so its remembered answer may be forgotten early). */
  repeatable(operation: MutationOperation): boolean {
    if (operation === 'UPDATE_TASKS' || operation === 'SET_INSTANCE_STATES') return false;
    const declaration = this.definition.mutations[operation];
    return declaration ? isRepeatable(declaration.effect) : true;
  }

  /** The circuit breaker of this backend's HTTP client: closed, half-open or open. */
  breakerState(): string {
    return this.http.resilience.state;
  }

  /**
   * Runs a mutation, or with `dryRun` shows what it would send; nothing is written then.
   * `mayRead`: the caller may read instances, so the operation may tell what it reads back.
   */
  mutate<O extends MutationOperation>(operation: O, command: CommandOf<O>, call: CallContext, how: { dryRun: boolean; mayRead: boolean } = { dryRun: false, mayRead: true }): Promise<Outcome<ResultOf<O> | RequestPreview>> {
    if (operation === 'UPDATE_TASKS') return this.updateTasks(command as UpdateTasksCommand, call, how.dryRun) as Promise<Outcome<ResultOf<O> | RequestPreview>>;
    if (operation === 'SET_INSTANCE_STATES') return this.setInstanceStates(command as SetInstanceStatesCommand, call, how) as Promise<Outcome<ResultOf<O> | RequestPreview>>;
    const declaration = this.definition.mutations[operation] as OperationDeclaration<CommandOf<O>, ResultOf<O>, S, unknown> | undefined;
    if (!declaration) return Promise.resolve(fail(unsupportedOperation(this.id, this.vendor, operation)));
    return this.execute(declaration, command, call, how.dryRun ? operation : null, how.mayRead);
  }

  /**
   * A batch of task updates (`task-batch.ts`): every item checked first, then chunk by chunk. A dry
   * run shows one request per chunk.
   */
  async updateTasks(command: UpdateTasksCommand, call: CallContext, dryRun: boolean): Promise<Outcome<TasksUpdated | RequestPreview>> {
    const batch = this.batch(call);
    if (!batch) return fail(unsupportedOperation(this.id, this.vendor, 'UPDATE_TASKS'));
    const refused = checkBatch(command, batch.check);
    if (refused) return fail(refused);
    if (dryRun) return succeed(new RequestPreview(this.id, this.vendor, 'UPDATE_TASKS', chunksOf(command.items, batch.chunkSize).map(batch.previewChunk)));
    return succeed(await runBatch(batch, command.items));
  }

  /** One state for many instances (`instance-state-batch.ts`): every id checked first, then call by call. */
  async setInstanceStates(command: SetInstanceStatesCommand, call: CallContext, how: { dryRun: boolean; mayRead: boolean }): Promise<Outcome<InstanceStatesSet | RequestPreview>> {
    const declaration = this.definition.batches?.SET_INSTANCE_STATES;
    const single = this.definition.mutations.SET_INSTANCE_STATE;
    if (!declaration || !single) return fail(unsupportedOperation(this.id, this.vendor, 'SET_INSTANCE_STATES'));
    const settings = this.settings;
    const { state } = command;
    const refused = checkStates(command, (instanceId) => single.check({ backend: this.id, instanceId, state }, settings));
    if (refused) return fail(refused);
    const env = this.env(call, how.mayRead);
    const spec = (action: string, instanceIds: readonly string[]) => declaration.call.request({ action, state, instanceIds }, settings, undefined);
    const batch: StateBatchBackend = {
      maxIds: declaration.maxIds,
      actionOf: (id) => declaration.actionOf(state, id, env),
      send: async (action, instanceIds) => {
        const sent = await this.run(declaration.call, { action, state, instanceIds }, call);
        // The vendor's answer names instances, not this backend: each failure is stamped with it.
        if (sent.ok) for (const failure of sent.value.values()) failure.backend = this.id;
        return sent;
      },
      preview: (action, ids) => previewRequest(this.http.preview({ ...spec(action, ids), idempotent: false }, call.request)),
      line: this.lineOf(spec('', [])),
    };
    if (how.dryRun) return succeed(new RequestPreview(this.id, this.vendor, 'SET_INSTANCE_STATES', await previewStates(batch, command.instanceIds)));
    return succeed(await runStates(batch, command));
  }

  /** What a batch needs of this backend, or null without a batch call. */
  batch(call: CallContext): BatchBackend | null {
    const declaration = this.definition.batches?.UPDATE_TASKS;
    const single = this.definition.mutations.UPDATE_TASK;
    const read = this.definition.reads.task?.one;
    if (!declaration || !single || !read) return null;
    const settings = this.settings;
    const withBackend = (item: UpdateTaskItem): UpdateTaskCommand => ({ ...item, backend: this.id });
    return {
      backend: this.id,
      declaration: declaration as TaskBatchDeclaration<unknown>,
      chunkSize: declaration.chunkSize(settings),
      check: (item) => single.check(withBackend(item), settings),
      sendChunk: async (chunk) => (await this.run(declaration.chunk, chunk, call)) as Outcome<void>,
      previewChunk: (chunk) => previewRequest(this.http.preview({ ...declaration.chunk.request(chunk, settings, undefined), idempotent: false }, call.request)),
      readTask: async (serial) => this.stamp(await this.run(read, serial, call)),
      lines: { chunk: this.lineOf(declaration.chunk.request([], settings, undefined)), alone: (item) => this.lineOf(single.request(withBackend(item), settings, undefined)) },
      sendOne: (item) => this.run(single as OperationDeclaration<UpdateTaskCommand, TaskUpdated, S, unknown>, withBackend(item), call),
    };
  }

  /** A request's method and path as the audit trail names vendor calls (the base path included, no query). */
  private lineOf(spec: VendorRequestSpec): { method: string; path: string } {
    return { method: spec.method, path: this.http.preview({ ...spec, idempotent: false }).path.split('?')[0]! };
  }

  /** Reads instances, one outcome per id in order (a DataLoader batch function). */
  readInstances(ids: readonly string[], call: CallContext): Promise<Outcome<ProcessInstanceView>[]> {
    return this.readAll(this.definition.reads.instance, 'READ_PROCESS_INSTANCE', ids, call);
  }

  /** Reads tasks by serial number, likewise. */
  readTasks(serialNumbers: readonly string[], call: CallContext): Promise<Outcome<TaskView>[]> {
    return this.readAll(this.definition.reads.task, 'READ_TASK', serialNumbers, call);
  }

  /** A page of the backend's worklist (K2), each task stamped with this backend. */
  async listTasks(query: TaskListQuery, call: CallContext): Promise<Outcome<TaskPage>> {
    const declaration = this.definition.lists?.tasks;
    if (!declaration) return fail(unsupportedOperation(this.id, this.vendor, 'LIST_TASKS'));
    return this.stampPage(await this.run(declaration, query, call));
  }

  /** A page of a process's instances (ELMA365), likewise. */
  async listInstances(query: InstanceListQuery, call: CallContext): Promise<Outcome<InstancePage>> {
    const declaration = this.definition.lists?.instances;
    if (!declaration) return fail(unsupportedOperation(this.id, this.vendor, 'LIST_PROCESS_INSTANCES'));
    return this.stampPage(await this.run(declaration, query, call));
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private stampPage<P extends { items: { backend: string }[] }>(page: Outcome<P>): Outcome<P> {
    if (page.ok) for (const item of page.value.items) item.backend = this.id;
    return page;
  }

  private async readAll<V extends { backend: string }>(read: ReadDeclaration<V, S> | undefined, operation: Operation, ids: readonly string[], call: CallContext): Promise<Outcome<V>[]> {
    if (!read) return ids.map(() => fail(unsupportedOperation(this.id, this.vendor, operation)));
    const valid = ids.filter((id) => !read.one.check(id, this.settings));
    if (!read.many || valid.length < 2) return Promise.all(ids.map(async (id) => this.stamp(await this.run(read.one, id, call))));
    // Several ids: one bulk call; an id missing from its answer is not there.
    const found = await this.run(read.many.declaration, valid, call);
    return ids.map((id) => {
      const invalid = read.one.check(id, this.settings);
      if (invalid) return fail(invalid);
      if (!found.ok) return found;
      const view = found.value.get(id);
      return view ? this.stamp(succeed(view)) : fail({ kind: 'not-found', backend: this.id, message: `${this.definition.name} has no instance ${id} (not in its bulk answer)` });
    });
  }

  /** A view read by a declaration names this backend (declarations do not know their backend's id). */
  private stamp<V extends { backend: string }>(read: Outcome<V>): Outcome<V> {
    if (read.ok) read.value.backend = this.id;
    return read;
  }

  private run<C, R, P>(declaration: OperationDeclaration<C, R, S, P>, command: C, call: CallContext): Promise<Outcome<R>> {
    return this.execute(declaration, command, call, null) as Promise<Outcome<R>>;
  }

  private async execute<C, R, P>(
    declaration: OperationDeclaration<C, R, S, P>,
    command: C,
    call: CallContext,
    previewOf: MutationOperation | null,
    mayRead = true,
  ): Promise<Outcome<R | RequestPreview>> {
    const invalid = declaration.check(command, this.settings);
    if (invalid) return fail(invalid);
    const env = this.env(call, mayRead);
    // A declaration without `prepare` has P = undefined (the declaration types default it so).
    let prepared = undefined as P;
    if (declaration.prepare) {
      const ready = await declaration.prepare(command, env);
      if (!ready.ok) return ready;
      prepared = ready.value;
    }
    const request = { ...declaration.request(command, this.settings, prepared), idempotent: isRepeatable(declaration.effect) };
    if (previewOf) return succeed(new RequestPreview(this.id, this.vendor, previewOf, [previewRequest(this.http.preview(request, call.request))]));
    const outcome = this.classify(declaration, await this.http.request(request, call.request), command, prepared);
    return declaration.settle ? declaration.settle(outcome, command, env) : outcome;
  }

  /** The vendor's answer as an outcome, with whatever vendor text a failure carries redacted. */
  private classify<C, R, P>(declaration: OperationDeclaration<C, R, S, P>, sent: Outcome<HttpResponse>, command: C, prepared: P): Outcome<R> {
    const outcome = this.interpret(declaration, sent, command, prepared);
    if (!outcome.ok) outcome.failure.message = this.redactor.redact(outcome.failure.message);
    return outcome;
  }

  /** A transport failure stays as it is; a non-success goes through the status table; a success is read. */
  private interpret<C, R, P>(declaration: OperationDeclaration<C, R, S, P>, sent: Outcome<HttpResponse>, command: C, prepared: P): Outcome<R> {
    if (!sent.ok) return sent;
    const response = sent.value;
    const { status } = response;
    if (status < 200 || status >= 300 || declaration.statuses?.[status]) {
      return fail(classifyStatus({
        backend: this.id,
        vendor: this.definition.name,
        status,
        error: this.definition.readError(response),
        statuses: declaration.statuses,
        idempotent: isRepeatable(declaration.effect),
      }));
    }
    const value = declaration.read(response, command, prepared);
    if (value instanceof Error) return fail(unreadableAnswer(this.id, this.definition.name, status, value.message, declaration.effect !== 'read'));
    if (value instanceof Refusal) return fail({ kind: 'vendor-rejected', backend: this.id, vendorStatus: status, message: value.message });
    return succeed(value);
  }

  private env(call: CallContext, mayRead: boolean): OperationEnv<S> {
    const loader = () => instanceLoader(call, this);
    return {
      backend: this.id,
      settings: this.settings,
      call,
      mayRead,
      readInstance: (id) => loader().load(id),
      rereadInstance: (id) => loader().clear(id).load(id),
    };
  }
}
