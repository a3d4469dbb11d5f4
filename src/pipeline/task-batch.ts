import type { BpmFailure } from '../core/bpm-failure.js';
import type { TaskItemOutcome, TasksUpdated, TaskUpdated, UpdateTaskItem, UpdateTasksCommand } from '../core/commands.js';
import { invalidInput } from '../core/failures.js';
import type { Refused } from '../core/input-checks.js';
import { fail, succeed, type Outcome } from '../core/outcome.js';
import type { PreviewedRequest } from '../core/request-preview.js';
import type { TaskView } from '../core/read-views.js';
import { Refusal, type NumberedItem, type TaskBatchDeclaration } from './vendor-operation.js';

/** The most items one updateTasks call takes; more is work for a job. */
export const MAX_BATCH_ITEMS = 10_000;

/** What the batch needs of its backend: the single task update, the chunk call, fresh reads. */
export interface BatchBackend {
  backend: string;
  declaration: TaskBatchDeclaration<unknown>;
  chunkSize: number;
  /** The single UPDATE_TASK's checks, for one item. */
  check(item: UpdateTaskItem): Refused | null;
  sendChunk(chunk: readonly NumberedItem[]): Promise<Outcome<void>>;
  previewChunk(chunk: readonly NumberedItem[]): PreviewedRequest;
  /** A read of the task from the vendor, past any loader. */
  readTask(serialNumber: string): Promise<Outcome<TaskView>>;
  sendOne(item: UpdateTaskItem): Promise<Outcome<TaskUpdated>>;
  /** The request lines of a chunk's call and of an item's own, for the audit trail. */
  lines: { chunk: { method: string; path: string }; alone(item: UpdateTaskItem): { method: string; path: string } };
}

/** Checks every item before anything is sent: the first problem, its field named `items[i].…`. */
export function checkBatch(command: UpdateTasksCommand, check: (item: UpdateTaskItem) => Refused | null, max = MAX_BATCH_ITEMS): Refused | null {
  const { items } = command;
  if (items.length === 0) return invalidInput('items', 'name at least one task');
  if (items.length > max) return invalidInput('items', `takes at most ${max} tasks${max === MAX_BATCH_ITEMS ? ' per call (more: runAsJob)' : ''}, got ${items.length}`);
  const seen = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    const refused = check(item);
    if (refused) return atItem(refused, i);
    const first = seen.get(item.serialNumber);
    // Twice in one batch is a mistake, and would make the read-back of a refused call ambiguous.
    if (first !== undefined) return invalidInput(`items[${i}].serialNumber`, `task ${item.serialNumber} is already items[${first}]`);
    seen.set(item.serialNumber, i);
  }
  return null;
}

function atItem(refused: Refused, i: number): Refused {
  if (refused.kind !== 'validation') return { ...refused, message: `items[${i}]: ${refused.message}` };
  const field = refused.field === null ? `items[${i}]` : `items[${i}].${refused.field}`;
  const message = refused.field !== null && refused.message.startsWith(`${refused.field}: `) ? `items[${i}].${refused.message}` : `${field}: ${refused.message}`;
  return { ...refused, field, message };
}

/** The checked items in chunks, each numbered by its place in the batch. */
export function chunksOf(items: readonly UpdateTaskItem[], size: number): NumberedItem[][] {
  const chunks: NumberedItem[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size).map((item, i) => ({ number: start + i + 1, item })));
  }
  return chunks;
}

/**
 * Runs a checked batch, chunk after chunk, one outcome per item in input order. Nothing is sent
 * twice blindly: a chunk in doubt marks its items unknown; a refused chunk is read back, and only
 * items the read shows were not applied are sent again, each alone.
 */
export async function runBatch(backend: BatchBackend, items: readonly UpdateTaskItem[]): Promise<TasksUpdated> {
  const outcomes: TaskItemOutcome[] = [];
  for (const chunk of chunksOf(items, backend.chunkSize)) outcomes.push(...(await runChunk(backend, chunk)));
  return { items: outcomes };
}

export async function runChunk(backend: BatchBackend, chunk: readonly NumberedItem[]): Promise<TaskItemOutcome[]> {
  const sent = await backend.sendChunk(chunk);
  const call = backend.lines.chunk;
  if (sent.ok) return chunk.map(({ item }) => ({ outcome: succeed(backend.declaration.succeeded(item)), unknown: false, call }));
  const failure = sent.failure;
  if (inDoubt(failure)) return chunk.map(() => ({ ...unknownItem(failure), call }));
  // Refused before the vendor looked at any item: the same failure for each, nothing applied.
  if (nothingApplied(failure)) return chunk.map(() => ({ outcome: fail(failure), unknown: false, call }));
  return readBack(backend, chunk, failure);
}

/** A call that may have reached the vendor and been applied: a timeout, a reset, a 502/504. */
export const inDoubt = (failure: BpmFailure): boolean => failure.kind === 'backend-unavailable' && !failure.retryable;

export const nothingApplied = (failure: BpmFailure): boolean =>
  (failure.kind === 'backend-unavailable' && failure.retryable) || failure.kind === 'authentication' || failure.kind === 'validation' || failure.kind === 'unsupported-operation';

export function unknownItem(failure: BpmFailure, what: 'task' | 'instance' = 'task'): { outcome: Outcome<never>; unknown: true } {
  const outcomeUnknown: BpmFailure = {
    kind: 'backend-unavailable',
    retryable: false,
    ...facts(failure),
    message: `outcome unknown: ${failure.message}; the call carrying this ${what} may have applied it, so it was not sent again (read the ${what} to see)`,
  };
  return { outcome: fail(outcomeUnknown), unknown: true };
}

const facts = ({ backend, vendorStatus, vendorCode }: BpmFailure) => ({
  ...(backend !== undefined ? { backend } : {}),
  ...(vendorStatus !== undefined ? { vendorStatus } : {}),
  ...(vendorCode !== undefined ? { vendorCode } : {}),
});

/**
 * After a refused chunk: whatever the vendor applied before refusing, each item's task is read
 * again and judged. Where the refusal names exactly one item's serial number, that item is the one
 * refused. Items shown not applied are sent alone, so each gets its own answer.
 */
async function readBack(backend: BatchBackend, chunk: readonly NumberedItem[], failure: BpmFailure): Promise<TaskItemOutcome[]> {
  const named = chunk.filter(({ item }) => mentions(failure.message, item.serialNumber));
  const culprit = named.length === 1 ? named[0]!.item.serialNumber : null;
  const reads = await Promise.all(chunk.map(({ item }) => (item.serialNumber === culprit ? null : backend.readTask(item.serialNumber))));
  const outcomes: TaskItemOutcome[] = [];
  const call = backend.lines.chunk;
  for (const [i, { item }] of chunk.entries()) {
    const now = reads[i];
    if (!now) {
      outcomes.push({ outcome: fail(failure), unknown: false, call });
      continue;
    }
    const verdict = backend.declaration.judge(item, now);
    if (verdict === 'applied') outcomes.push({ outcome: succeed(backend.declaration.succeeded(item)), unknown: false, call });
    else if (verdict === 'unknown') outcomes.push({ ...unknownItem(failure), call });
    else if (verdict instanceof Refusal) outcomes.push({ outcome: fail({ kind: 'vendor-rejected', backend: backend.backend, message: verdict.message }), unknown: false, call });
    else {
      const alone = await backend.sendOne(item);
      const own = backend.lines.alone(item);
      outcomes.push(!alone.ok && inDoubt(alone.failure) ? { ...unknownItem(alone.failure), call: own } : { outcome: alone, unknown: false, call: own });
    }
  }
  return outcomes;
}

/** Whether a message names this serial number as a whole token (`2_24`, not inside `12_245`). */
function mentions(message: string, serial: string): boolean {
  const escaped = serial.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`).test(message);
}
