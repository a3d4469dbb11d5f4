import { z } from 'zod';

/**
 * A vendor payload as a typed value, checked by its schema at the boundary: the rest of the code
 * never guesses at shapes. An Error names the first place where the payload is not as expected.
 */
export function readWithSchema<T>(schema: z.ZodType<T>, value: unknown): T | Error {
  const read = schema.safeParse(value);
  if (read.success) return read.data;
  const issue = read.error.issues[0]!;
  const at = issue.path.length ? issue.path.join('.') : 'the answer';
  return new Error(`${at}: ${issue.message}`);
}

/** A JSON body as a value, or an Error when it is not JSON. */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return new Error('not JSON');
  }
}

/** A JSON body read by its schema. */
export function readJson<T>(schema: z.ZodType<T>, body: string): T | Error {
  const json = parseJson(body);
  return json instanceof Error ? json : readWithSchema(schema, json);
}
