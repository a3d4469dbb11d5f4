import type { UpdateAllVariablesCommand } from '../../core/commands.js';
import { invalidInput } from '../../core/failures.js';
import { clip, type Invalid } from '../../core/input-checks.js';

/** IBM's piid: a positive integer (a non-number earns CWTBG0553E from the server). */
export function checkPiid(value: string, field: string): Invalid | null {
  return /^[1-9][0-9]{0,18}$/.test(value) ? null : invalidInput(field, `must be a positive integer (IBM's process instance id), got '${clip(value)}'`);
}

/**
 * What allVariables cannot take: an empty variable name, a context without activity or process
 * id, the same activity twice (contexts is a JSON object keyed by activity), or a context naming
 * a variable the request does not set.
 */
export function checkAllVariables(command: UpdateAllVariablesCommand): Invalid | null {
  const bad = checkPiid(command.instanceId, 'instanceId');
  if (bad) return bad;
  const names = Object.keys(command.variables);
  if (names.length === 0) return invalidInput('variables', 'set at least one variable');
  if (names.some((n) => n.trim() === '')) return invalidInput('variables', 'a variable name must not be empty');
  const unsendable = nonFiniteNumber(command.variables, 'variables');
  if (unsendable) return invalidInput(unsendable, 'is a number JSON cannot carry (beyond a double\'s range, or not a number); it would reach IBM as null');
  if (command.serverId != null && command.serverId.trim() === '') return invalidInput('serverId', 'must not be empty when given');
  const activities = new Set<string>();
  for (const [i, context] of (command.contexts ?? []).entries()) {
    const at = `contexts[${i}]`;
    if (context.activityId.trim() === '') return invalidInput(`${at}.activityId`, 'must not be empty');
    if (activities.has(context.activityId)) return invalidInput(`${at}.activityId`, `'${clip(context.activityId)}' is named twice`);
    activities.add(context.activityId);
    if (context.processId.trim() === '') return invalidInput(`${at}.processId`, 'must not be empty');
    if (context.variables.length === 0) return invalidInput(`${at}.variables`, 'name at least one variable of this context');
    for (const [j, name] of context.variables.entries()) {
      if (!Object.hasOwn(command.variables, name)) {
        return invalidInput(`${at}.variables[${j}]`, `'${clip(name)}' is not among the variables this request sets`);
      }
    }
  }
  return null;
}

/** The path of the first number that is not finite (1e400 parses as Infinity, which JSON writes as null). */
function nonFiniteNumber(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nonFiniteNumber(item, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nonFiniteNumber(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}
