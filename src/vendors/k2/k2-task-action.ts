import type { TaskActionCommand } from '../../core/commands.js';
import { invalidInput } from '../../core/failures.js';
import type { Invalid } from '../../core/input-checks.js';
import { checkXmlText } from '../../xml/xml-input-checks.js';

/** The encoded action, or the ValidationError that says why it cannot be encoded. */
export type EncodedAction = { ok: true; value: string } | { ok: false; failure: Invalid };
const succeed = (value: string): EncodedAction => ({ ok: true, value });
const fail = (failure: Invalid): EncodedAction => ({ ok: false, failure });

/** Which optional fields of TaskActionInput each kind takes; any other set field is a mistake. */
const FIELDS_OF_KIND: Record<TaskActionCommand['kind'], readonly (keyof TaskActionCommand)[]> = {
  ACTION: ['name'],
  REDIRECT: ['user'],
  DELEGATE: ['user'],
  SLEEP: ['sleepSeconds', 'sleepUntil'],
  WAKE: [],
};
const OPTIONAL_FIELDS = ['name', 'user', 'sleepSeconds', 'sleepUntil'] as const;

/**
 * A K2 user: `Label:Name` (`K2:ACME\bob`) or, as in K2's own UpdateTasks example, a name without
 * a label (`DENALLIX\Joe`). Only surrounding blanks are refused: K2 resolves the rest.
 */
const USER = /^\S(?:.*\S)?$/;

/**
 * The UpdateTask `Action` attribute for a task action: `a:Name`, `r:FQN`, `d:FQN`, `s:3600`,
 * `s:0` (indefinitely), `s:<dateTime>` or `s:-1` (wake), as the K2 Task service documents them.
 */
export function encodeK2TaskAction(action: TaskActionCommand): EncodedAction {
  for (const key of OPTIONAL_FIELDS) {
    if (action[key] != null && !FIELDS_OF_KIND[action.kind].includes(key)) {
      return fail(invalidInput(`action.${key}`, `is not used by a ${action.kind} action`));
    }
  }
  switch (action.kind) {
    case 'ACTION': {
      const name = action.name ?? '';
      if (name.trim() === '') return fail(invalidInput('action.name', 'an ACTION needs the name of the process action, e.g. "Approve"'));
      return withText(`a:${name}`, name, 'action.name');
    }
    case 'REDIRECT':
    case 'DELEGATE': {
      const user = action.user ?? '';
      if (user.trim() === '') return fail(invalidInput('action.user', `a ${action.kind} needs the fully qualified user, e.g. "K2:ACME\\bob"`));
      if (!USER.test(user)) return fail(invalidInput('action.user', 'must be a K2 user name such as "K2:ACME\\bob", without surrounding blanks or line breaks'));
      return withText(`${action.kind === 'REDIRECT' ? 'r' : 'd'}:${user}`, user, 'action.user');
    }
    case 'SLEEP':
      return encodeSleep(action);
    case 'WAKE':
      return succeed('s:-1');
  }
}

function encodeSleep({ sleepSeconds, sleepUntil }: TaskActionCommand): EncodedAction {
  if ((sleepSeconds == null) === (sleepUntil == null)) {
    return fail(invalidInput('action.sleepSeconds', 'a SLEEP needs exactly one of sleepSeconds and sleepUntil'));
  }
  if (sleepSeconds != null) {
    // Negative durations wake the item in K2; that is what WAKE says, so SLEEP refuses them.
    if (!Number.isInteger(sleepSeconds) || sleepSeconds < 0) {
      return fail(invalidInput('action.sleepSeconds', 'must be 0 (indefinitely) or more seconds; use WAKE to wake'));
    }
    return succeed(`s:${sleepSeconds}`);
  }
  const until = sleepUntil!;
  if (Number.isNaN(until.getTime())) return fail(invalidInput('action.sleepUntil', 'is not a valid date-time'));
  // xsd:dateTime with a zone, in UTC; milliseconds only when there are some.
  return succeed(`s:${until.toISOString().replace('.000Z', 'Z')}`);
}

function withText(encoded: string, raw: string, field: string): EncodedAction {
  const bad = checkXmlText(raw, field);
  return bad ? fail(bad) : succeed(encoded);
}
