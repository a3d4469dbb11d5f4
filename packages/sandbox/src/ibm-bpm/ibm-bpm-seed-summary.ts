import type { IbmContext, IbmSeed } from './ibm-bpm-state.js';
import { acceptsVariableUpdates } from './ibm-bpm-update-states.js';

/**
 * One line per seeded instance, for the sandbox start-up banner: enough to know which piids,
 * states, variables and contexts (flowObjectId, processId) to try.
 */
export function describeIbmSeed(seed: IbmSeed): string[] {
  return seed.instances.map((i) => {
    const update = acceptsVariableUpdates(i.executionState) ? 'allVariables accepted' : 'allVariables refused (409)';
    const parts = [`variables ${list(Object.keys(i.variables))}`, ...i.contexts.map(describeContext)];
    return `instance ${i.piid}: ${i.name} (${i.processTemplateID}), ${i.executionState}, ${update}; ${parts.join('; ')}`;
  });
}

function describeContext(context: IbmContext): string {
  const kind = context.kind === 'subprocess' ? 'subprocess' : 'linked process';
  return `${kind} "${context.name}" ${context.flowObjectId} (${context.processId}): ${list(Object.keys(context.variables))}`;
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '(none)' : items.join(', ');
}
