import { unsupportedValue } from './ibm-bpm-failure.js';

/**
 * The `parts` parameter of the instance GETs: `|`-separated, default all (FACTS [C]).
 * Guess: the header is always sent (without it nothing identifies the instance), so `header` and
 * `none` add nothing; diagram, actions, summary and relationships are accepted but not modelled,
 * so they add nothing either. What a client can ask for is the variables and the execution tree.
 */

export const PART_NAMES = ['header', 'data', 'diagram', 'executionTree', 'actions', 'summary', 'relationships', 'all', 'none'] as const;

export interface Parts {
  /** `data`: the top-level `variables`, and each context's in the execution tree. */
  data: boolean;
  executionTree: boolean;
}

export function parseParts(query: URLSearchParams): Parts {
  const raw = query.get('parts');
  if (raw === null) return { data: true, executionTree: true };
  const names = raw.split('|');
  for (const name of names) {
    // Guess: names match exactly, as documented; an empty name (`parts=` or `a||b`) is unsupported.
    if (!(PART_NAMES as readonly string[]).includes(name)) throw unsupportedValue('parts', name, PART_NAMES);
  }
  const all = names.includes('all');
  return { data: all || names.includes('data'), executionTree: all || names.includes('executionTree') };
}
