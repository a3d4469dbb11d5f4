import type { AllVariablesRequest } from './ibm-bpm-all-variables-request.js';
import { unsupportedValue, variableDoesNotExist } from './ibm-bpm-failure.js';
import type { IbmInstance } from './ibm-bpm-state.js';

/**
 * Where each variable of an allVariables request lands, worked out in full before anything
 * changes, so a refused request changes nothing (all or nothing).
 *
 * A variable named in a context's list is set in that context (subprocess or linked process) and
 * not at top level; every other variable is set on the top-level process. Guess: a name listed
 * in two contexts is set in both.
 */

export interface Assignment {
  /** The variables object of the process that receives the value. */
  target: Record<string, unknown>;
  name: string;
  value: unknown;
}

export function planAllVariables(instance: IbmInstance, request: AllVariablesRequest): Assignment[] {
  const assignments: Assignment[] = [];
  const inContexts = new Set<string>();
  for (const context of request.contexts) {
    const activity = instance.contexts.find((c) => c.flowObjectId === context.flowObjectId);
    // Guess: 400 for a key that is no activity of the tree, or for the wrong processId (FACTS:
    // 409 versus 400 is unconfirmed); CWTBG0029E names the values that would do.
    if (!activity) {
      throw unsupportedValue(
        'contexts',
        context.flowObjectId,
        instance.contexts.map((c) => c.flowObjectId),
      );
    }
    if (context.processId !== activity.processId) {
      throw unsupportedValue(`contexts.${context.flowObjectId}.processId`, context.processId, [activity.processId]);
    }
    for (const name of context.variables) {
      if (!Object.hasOwn(activity.variables, name)) throw variableDoesNotExist(name);
      assignments.push({ target: activity.variables, name, value: request.variables[name] });
      inContexts.add(name);
    }
  }
  for (const [name, value] of Object.entries(request.variables)) {
    if (inContexts.has(name)) continue;
    if (!Object.hasOwn(instance.variables, name)) throw variableDoesNotExist(name);
    assignments.push({ target: instance.variables, name, value });
  }
  return assignments;
}

/**
 * Stores each value as a deep copy of its own (one request value may land in two contexts).
 * defineProperty, not `=`, so a variable named `__proto__` stays an ordinary key.
 */
export function applyAssignments(assignments: readonly Assignment[]): void {
  for (const { target, name, value } of assignments) {
    Object.defineProperty(target, name, { value: structuredClone(value), writable: true, enumerable: true, configurable: true });
  }
}
