import { K2Failure, invalidRequest } from './k2-failure.js';
import type { K2Task } from './k2-state.js';

/**
 * UpdateTask's @Action (k2-update-task.txt): a:[ActionName], r:[FQN], d:[FQN], s:[Duration].
 * Parsing, checking against a task and applying are separate steps, so a request is validated
 * completely before any state changes.
 */
export type K2ActionRequest =
  | { kind: 'action'; name: string }
  | { kind: 'redirect'; user: string }
  | { kind: 'delegate'; user: string }
  /** `until` null = sleep indefinitely (s:0). */
  | { kind: 'sleep'; until: string | null }
  | { kind: 'wake' };

/** Reads the Action attribute. `now` anchors s:N and the "must be in the future" rule. */
export function parseTaskAction(action: string, now: Date): K2ActionRequest {
  const match = /^([a-z]):([\s\S]+)$/.exec(action);
  // Guess: prefixes are lower case as documented; anything else is a malformed Action.
  if (!match) throw invalidRequest(`Action "${action}" is not of the form a:|r:|d:|s:<value>`);
  const prefix = match[1];
  const value = match[2] ?? '';
  switch (prefix) {
    case 'a':
      return { kind: 'action', name: value };
    case 'r':
      return { kind: 'redirect', user: value };
    case 'd':
      return { kind: 'delegate', user: value };
    case 's':
      return parseSleep(value, now);
    default:
      throw invalidRequest(`Action prefix "${prefix ?? ''}:" is not one of a:, r:, d:, s:`);
  }
}

/**
 * s:N (N > 0 seconds, 0 = indefinitely, < 0 = wake) or s:{xsd:dateTime with time zone}.
 * Guess: N must fit an xsd:int; a date-time must carry a zone and lie in the future.
 */
function parseSleep(value: string, now: Date): K2ActionRequest {
  if (/^[+-]?\d+$/.test(value)) {
    const seconds = Number(value);
    if (seconds < -2147483648 || seconds > 2147483647) throw invalidRequest(`sleep duration ${value} is out of range`);
    if (seconds < 0) return { kind: 'wake' };
    if (seconds === 0) return { kind: 'sleep', until: null };
    return { kind: 'sleep', until: isoInstant(now.getTime() + seconds * 1000) };
  }
  const instant = parseDateTimeWithZone(value);
  if (instant === undefined) {
    throw invalidRequest(`sleep value "${value}" is neither whole seconds nor an xsd:dateTime with a time zone`);
  }
  if (instant <= now.getTime()) throw invalidRequest(`sleep until ${value} is not in the future`);
  return { kind: 'sleep', until: isoInstant(instant) };
}

/** xsd:dateTime that carries a zone (Z or ±hh:mm); undefined when it is not one. */
function parseDateTimeWithZone(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number, number, number, number, number, number,
  ];
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3)); // finer digits are dropped
  const offsetHours = Number(m[10] ?? 0);
  const offsetMinutes = Number(m[11] ?? 0);
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) return undefined;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(local);
  // Date.UTC rolls 31 February over into March; a real calendar date survives unchanged.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const sign = m[9] === '-' ? -1 : 1;
  return local - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
}

/** An ISO instant in UTC, without milliseconds when they are zero (as the seed writes them). */
export function isoInstant(epochMillis: number): string {
  const date = new Date(epochMillis);
  if (Number.isNaN(date.getTime())) throw invalidRequest('the resulting date is out of range');
  return date.toISOString().replace('.000Z', 'Z');
}

/**
 * Checks a parsed action against the task (and the known users), returning it with the user
 * resolved to its stored spelling.
 */
export function checkTaskAction(task: K2Task, request: K2ActionRequest, knownUsers: readonly string[]): K2ActionRequest {
  switch (request.kind) {
    case 'action': {
      const action = task.actions.find((a) => a.name === request.name);
      if (!action) throw new K2Failure(400, 'ActionNotFound', `task ${task.serialNumber} has no action "${request.name}"`);
      if (!action.batchable) {
        throw new K2Failure(
          400,
          'ActionNotBatchable',
          `action "${request.name}" is not configured for batch processing; use the Worklist service`,
        );
      }
      // Guess: a sleeping task must be woken before it is actioned.
      if (task.status === 'Sleeping') throw notInState(task, 'it is sleeping');
      return request;
    }
    case 'redirect':
    case 'delegate':
      return { kind: request.kind, user: resolveUser(request.user, knownUsers) };
    case 'wake':
      // Guess: waking a task that is not sleeping is refused rather than ignored.
      if (task.status !== 'Sleeping') throw notInState(task, 'it is not sleeping');
      return request;
    case 'sleep':
      return request;
  }
}

/**
 * Guess: a name without a security label (e.g. `DENALLIX\Joe`, as in the UpdateTasks example)
 * means the default label K2; names compare case-insensitively, like Windows accounts.
 */
function resolveUser(fqn: string, knownUsers: readonly string[]): string {
  const labelled = /^[^\\:]+:/.test(fqn) ? fqn : `K2:${fqn}`;
  const user = knownUsers.find((u) => u.toLowerCase() === labelled.toLowerCase());
  if (user === undefined) throw new K2Failure(400, 'UserNotFound', `user "${fqn}" was not found`);
  return user;
}

function notInState(task: K2Task, why: string): K2Failure {
  return new K2Failure(400, 'InvalidWorklistItemState', `task ${task.serialNumber} is ${task.status}: ${why}`);
}

/** Applies a checked action. Never fails: everything was validated before. */
export function applyTaskAction(task: K2Task, request: K2ActionRequest): void {
  switch (request.kind) {
    case 'action':
      task.status = 'Completed';
      task.completedWithAction = request.name;
      task.sleepUntil = null;
      return;
    case 'redirect':
      task.allocatedUser = request.user;
      task.delegatedTo = [];
      task.status = 'Available';
      task.sleepUntil = null;
      return;
    case 'delegate':
      if (!task.delegatedTo.includes(request.user)) task.delegatedTo.push(request.user);
      return;
    case 'sleep':
      task.status = 'Sleeping';
      task.sleepUntil = request.until;
      return;
    case 'wake':
      task.status = 'Available';
      task.sleepUntil = null;
      return;
  }
}

/**
 * Guess: the emulator runs no scheduler; a task whose sleep has run out is woken when a request
 * next touches it, which is all a client can observe.
 */
export function wakeIfDue(task: K2Task, now: Date): void {
  if (task.status === 'Sleeping' && task.sleepUntil !== null && Date.parse(task.sleepUntil) <= now.getTime()) {
    task.status = 'Available';
    task.sleepUntil = null;
  }
}
