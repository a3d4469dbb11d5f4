import type { BackendConfig } from '../config/config-schema.js';
import type { BpmFailure, BpmFailureKind } from '../core/bpm-failure.js';
import type { CallContext } from '../core/call-context.js';
import type { InstanceState, TaskUpdated, UpdateTaskItem } from '../core/commands.js';
import type { CommandOf, ResultOf, SingleMutation } from '../core/operation.js';
import type { Refused } from '../core/input-checks.js';
import type { Outcome } from '../core/outcome.js';
import type { InstanceListQuery, InstancePage, TaskListQuery, TaskPage } from '../core/list-views.js';
import type { ProcessInstanceView, TaskView } from '../core/read-views.js';
import type { Vendor } from '../core/vendor.js';
import type { HttpResponse } from '../http/backend-http-client.js';

/**
 * A vendor operation, declared once in its vendor folder and run by the one pipeline
 * (`configured-backend.ts`): check → prepare → build → send → classify → read. Read it as the
 * answer to "what exactly does this mutation send to the vendor, and how is the answer read?".
 *
 * `C` is the vendor-neutral command, `R` the result, `S` the backend's own settings (CSA's
 * userIdentifier), `P` what `prepare` found out before the write (CSA's current state).
 */
export interface OperationDeclaration<C, R, S = unknown, P = undefined> {
  /** Every input check, in the order the client reads its input; the first problem, naming the field. Nothing is sent when it fails. */
  check(command: C, settings: S): Refused | null;
  /**
   * Reads the real call makes before it writes (CSA's state check), through this request's
   * loaders. They run on a dry run too; a failure ends the call with nothing written.
   */
  prepare?(command: C, env: OperationEnv<S>): Promise<Outcome<P>>;
  /** The request, from the checked command: method, path below the base URL, query, headers, body. */
  request(command: C, settings: S, prepared: P): VendorRequestSpec;
  /**
   * What the call does to the vendor. `read`; `repeatable write`: sending it twice leaves what
   * sending it once does, so it is retried on an outage; `single write`: never retried, and a
   * failure after it may have reached the vendor is not `retryable`. A write whose success body
   * cannot be read says the change may have been applied.
   */
  effect: Effect;
  /** Statuses where this operation differs from the common table (K2's 202 "not updated"). */
  statuses?: Readonly<Partial<Record<number, StatusRule>>>;
  /** The success body as the result: a schema at the boundary, an Error when it cannot be read, or the vendor's refusal on a 2xx. */
  read(response: HttpResponse, command: C, prepared: P): R | Error | Refusal;
  /**
   * What the operation does once the answer is known, success or failure (CSA remembers what its
   * write answered, and re-reads the state a refusal was about); it may refine the outcome.
   */
  settle?(outcome: Outcome<R>, command: C, env: OperationEnv<S>): Promise<Outcome<R>> | Outcome<R>;
}

export type Effect = 'read' | 'repeatable write' | 'single write';

/** Whether a call of this effect may be sent again: only those are retried. */
export const isRepeatable = (effect: Effect): boolean => effect !== 'single write';

/** How the table reads one status, where an operation says otherwise: the failure kind, and a fallback message. */
export interface StatusRule {
  kind: Exclude<BpmFailureKind, 'validation' | 'unknown-backend' | 'unsupported-operation'>;
  message: string;
}

/** A request as a declaration builds it; the HTTP client adds the base path, credentials and request id. */
export interface VendorRequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Below the base URL's path; the declaration encodes any path segment it builds. */
  path: string;
  /** In this order; undefined values are left out. */
  query?: Readonly<Record<string, string | undefined>>;
  headers?: Readonly<Record<string, string>>;
  body?: string;
}

/** What a vendor's error body said, as far as its reader could tell. */
export interface VendorErrorBody {
  code?: string;
  message?: string;
  /** The body says the state rules refused the call, whatever the status (CSA). */
  stateRefusal?: boolean;
  /** The state the body names as the instance's current one (IBM's CWTBG0014E). */
  currentState?: string;
  /** The body says the caller is authenticated but not authorized, whatever the status (IBM's CWTBG0549E on a 401). */
  notAuthorized?: boolean;
  /** The body says the instance does not exist, whatever the status (IBM's CWTBG0025E on a 500 for an action on an unknown id). */
  notFound?: boolean;
}

/** A 2xx whose body says no (ELMA365's `{"success": false}`): a VendorRejectedError that keeps the status. */
export class Refusal {
  constructor(readonly message: string) {}
}

/** What `prepare` and `settle` may use: the backend, its settings, this request and its reads. */
export interface OperationEnv<S> {
  backend: string;
  settings: S;
  call: CallContext;
  /** Whether the caller may read the backend's instances: what an operation reads back for its answer depends on it. */
  mayRead: boolean;
  /** Reads an instance through this request's loader of the backend (the one every read of the request shares). */
  readInstance(id: string): Promise<Outcome<ProcessInstanceView>>;
  /** Reads it again from the vendor, past what the loader holds. */
  rereadInstance(id: string): Promise<Outcome<ProcessInstanceView>>;
}

/** A read by id; with `many`, several ids in one vendor call (IBM's bulk getdetails). */
export interface ReadDeclaration<V, S> {
  one: OperationDeclaration<string, V, S>;
  many?: { maxIds: number; declaration: OperationDeclaration<readonly string[], ReadonlyMap<string, V>, S> };
}

/** The mutations a vendor has, each typed by its operation: no name strings, no casts. */
export type MutationDeclarations<S> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- `prepared` is each declaration's own business
  [O in SingleMutation]?: OperationDeclaration<CommandOf<O>, ResultOf<O>, S, any>;
};

/** One item of a batch call, numbered by its place in the whole batch (from 1): the number the vendor's answer may name it by. */
export interface NumberedItem { number: number; item: UpdateTaskItem }

/**
 * What a fresh read of an item's task says after the call carrying it was refused: it was
 * applied, it was not (so it may be sent again, alone), nobody can tell, or the vendor would
 * never take it in a batch (the Refusal says why).
 */
export type ItemVerdict = 'applied' | 'not applied' | 'unknown' | Refusal;

/**
 * Task updates several to a call (K2's UpdateTasks), run by `task-batch.ts`: the items in chunks;
 * a chunk refused is read back item by item, and what was not applied is sent alone with the
 * vendor's UPDATE_TASK; a chunk in doubt is never sent again.
 */
export interface TaskBatchDeclaration<S> {
  /** The most items one call carries. */
  chunkSize(settings: S): number;
  chunk: OperationDeclaration<readonly NumberedItem[], void, S>;
  /** The success of an item the vendor applied. */
  succeeded(item: UpdateTaskItem): TaskUpdated;
  judge(item: UpdateTaskItem, now: Outcome<TaskView>): ItemVerdict;
}

/** One call of a bulk state change: the vendor's action on these instances (the state, for the failures it reports). */
export interface StateBatchCall { action: string; state: InstanceState; instanceIds: readonly string[] }

/**
 * One state for many instances, several to a call (IBM's process/bulk?action=), run by
 * `instance-state-batch.ts`: each instance checked as SET_INSTANCE_STATE checks it, the ids in
 * calls of at most `maxIds`, one call per vendor action; a call in doubt is never sent again.
 */
export interface StateBatchDeclaration<S> {
  /** The most ids one call carries. */
  maxIds: number;
  /** The vendor's action that gives the instance this state; it may read the instance (ACTIVE: resume or retry). */
  actionOf(state: InstanceState, instanceId: string, env: OperationEnv<S>): Promise<Outcome<string>>;
  /** The call; its answer, the failure of each instance the vendor says it refused (by id); the others were changed. */
  call: OperationDeclaration<StateBatchCall, ReadonlyMap<string, BpmFailure>, S>;
}

/** One vendor: its name, the settings it takes from a backend's config, its error-body reader and its operations. */
export interface VendorDefinition<S = unknown> {
  vendor: Vendor;
  /** In messages: "K2", "IBM BPM". */
  name: string;
  /** What the vendor's calls take from a backend's config; none when absent. */
  settings?(backend: BackendConfig): S;
  /** Reads the vendor's error body: leniently, since most vendors do not document it. */
  readError(response: HttpResponse): VendorErrorBody;
  mutations: MutationDeclarations<S>;
  /** Mutations over many objects in few calls; a vendor without them has no UPDATE_TASKS. */
  batches?: { UPDATE_TASKS?: TaskBatchDeclaration<S>; SET_INSTANCE_STATES?: StateBatchDeclaration<S>; MIGRATE_INSTANCES?: { maxIds: number } };
  reads: { instance?: ReadDeclaration<ProcessInstanceView, S>; task?: ReadDeclaration<TaskView, S> };
  /** Lists the vendor documents: K2's filtered worklist, ELMA365's instances of a process. */
  lists?: { tasks?: OperationDeclaration<TaskListQuery, TaskPage, S>; instances?: OperationDeclaration<InstanceListQuery, InstancePage, S> };
}

/** Declares a vendor with its settings type inferred from `settings`. */
export const defineVendor = <S>(definition: VendorDefinition<S>): VendorDefinition<S> => definition;
