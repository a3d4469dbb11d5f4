import type { z } from 'zod';

/**
 * The keys an object of the config schema takes at `path` (through defaults, optionals, pipes,
 * arrays and unions), for "did you mean" on an unknown key.
 */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType[] = [schema];
  for (const step of [...path, null]) {
    const next: z.ZodType[] = [];
    const keys: string[] = [];
    for (const s of current.flatMap(unwrap)) {
      const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
      if (def['type'] === 'object') {
        const shape = def['shape'] as Record<string, z.ZodType>;
        if (step === null) keys.push(...Object.keys(shape));
        else if (typeof step === 'string' && shape[step]) next.push(shape[step]);
      } else if (def['type'] === 'array' && typeof step === 'number') {
        next.push(def['element'] as z.ZodType);
      }
    }
    if (step === null) return [...new Set(keys)];
    current = next;
  }
  return [];
}

function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def['type']) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return unwrap(def['innerType'] as z.ZodType);
    case 'pipe':
      return unwrap(def['in'] as z.ZodType);
    case 'union':
      return (def['options'] as z.ZodType[]).flatMap(unwrap);
    default:
      return [schema];
  }
}

/** The known key nearest to `key` (at most two edits, or one contains the other), if any. */
export function nearest(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const lower = key.toLowerCase();
    const other = candidate.toLowerCase();
    const distance = lower === other ? 0 : other.startsWith(lower) || lower.startsWith(other) ? 1 : editDistance(lower, other);
    if (distance <= 2 && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
