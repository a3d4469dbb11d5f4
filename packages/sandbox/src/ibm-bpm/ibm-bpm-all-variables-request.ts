import { invalidBody } from './ibm-bpm-failure.js';

/**
 * The allVariables body, checked for shape on its own (no instance needed):
 * `{"variables": {...}, "contexts": {"<flowObjectId>": {"processId": "25.…", "variables": ["name", …]}}}`.
 * Guess: members other than the documented ones are refused, so a misspelt `contexts` cannot
 * quietly turn a subprocess update into a top-level one.
 */

export interface AllVariablesRequest {
  /** Every value the request sets, by variable name, as sent. */
  variables: Record<string, unknown>;
  /** In body order. */
  contexts: ContextRequest[];
}

export interface ContextRequest {
  flowObjectId: string;
  processId: string;
  /** Names whose values (taken from `variables`) are set in this context instead of at top level. */
  variables: string[];
}

export function parseAllVariablesRequest(body: unknown): AllVariablesRequest {
  if (!isObject(body)) throw invalidBody('the body must be a JSON object');
  refuseUnknownMembers(body, ['variables', 'contexts'], 'the body');
  if (!('variables' in body)) throw invalidBody("the member 'variables' is required");
  const variables = body['variables'];
  if (!isObject(variables)) throw invalidBody("'variables' must be a JSON object");
  const contexts = parseContexts(body['contexts']);
  for (const context of contexts) {
    const missing = context.variables.find((name) => !Object.hasOwn(variables, name));
    if (missing !== undefined) {
      throw invalidBody(`contexts['${context.flowObjectId}'] names the variable '${missing}', which 'variables' gives no value for`);
    }
  }
  return { variables, contexts };
}

/** Guess: an absent or null `contexts` means none (a Java deserializer reads both the same). */
function parseContexts(contexts: unknown): ContextRequest[] {
  if (contexts === undefined || contexts === null) return [];
  if (!isObject(contexts)) throw invalidBody("'contexts' must be a JSON object keyed by flowObjectId");
  return Object.entries(contexts).map(([flowObjectId, entry]) => {
    const where = `contexts['${flowObjectId}']`;
    if (!isObject(entry)) throw invalidBody(`${where} must be a JSON object with 'processId' and 'variables'`);
    refuseUnknownMembers(entry, ['processId', 'variables'], where);
    const processId = entry['processId'];
    if (typeof processId !== 'string') throw invalidBody(`${where}.processId must be a string`);
    const names = entry['variables'];
    if (!Array.isArray(names) || !names.every((n): n is string => typeof n === 'string')) {
      throw invalidBody(`${where}.variables must be an array of variable names`);
    }
    return { flowObjectId, processId, variables: names };
  });
}

function refuseUnknownMembers(object: Record<string, unknown>, known: readonly string[], where: string): void {
  const unknown = Object.keys(object).find((key) => !known.includes(key));
  if (unknown !== undefined) throw invalidBody(`${where} has the unknown member '${unknown}'`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
