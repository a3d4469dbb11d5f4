import type { UpdateAllVariablesCommand } from '../../core/commands.js';

/**
 * The allVariables body of IBM's document: `{"variables": {...}, "contexts": {"<activity
 * flowObjectId>": {"processId": "25.…", "variables": ["name"]}}}`, contexts left out when none.
 * Variable values go through untouched: whatever JSON the client sent is what IBM gets.
 */
export function buildAllVariablesBody(command: UpdateAllVariablesCommand): string {
  const body: Record<string, unknown> = { variables: command.variables };
  if (command.contexts?.length) {
    body['contexts'] = Object.fromEntries(
      command.contexts.map((c) => [c.activityId, { processId: c.processId, variables: c.variables }]),
    );
  }
  return JSON.stringify(body);
}
