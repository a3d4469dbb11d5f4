import { z } from 'zod';

/**
 * Schemas for trees of the safe XML parser (attributes under `@Name`, text under `#text`, every
 * value a string). Vendor answers are read leniently: unknown attributes and elements pass, an
 * element that came twice is read as its first, and an element with only text (which the parser
 * gives as a string) is read as one whose `#text` is that text.
 */

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const asElement = (value: unknown): unknown => (typeof value === 'string' ? { '#text': value } : value);

/** One element, read by `schema` (an object schema), whatever shape the parser gave it. */
export function xmlElement<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => asElement(first(value)), schema);
}

/** An element that may repeat (one, or many), each read by `schema`. */
export function xmlElements<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (Array.isArray(value) ? value : [value]).map(asElement), z.array(schema));
}

/** An attribute: a string when present. */
export const xmlAttribute = z.string().optional();

/** An element with text and perhaps attributes: `<a>text</a>` parses as a string, `<a x="1">text</a>` as an object. */
export const xmlTextElement = z.preprocess(first, z.union([z.string(), z.looseObject({ '#text': z.string().optional() })]));

/** A named field (`<DataField Name="x">value</DataField>`), as K2 writes its data and XML fields. */
export const xmlNamedField = z.union([
  z.string().transform((text) => ({ name: '', value: text })),
  z.looseObject({ '@Name': z.string().optional(), '#text': z.string().optional() }).transform((f) => ({ name: f['@Name'] ?? '', value: f['#text'] ?? '' })),
]);

/** The text of a parsed element: '' for `<a/>`. */
export function elementText(element: z.infer<typeof xmlTextElement> | undefined): string {
  if (element === undefined) return '';
  return typeof element === 'string' ? element : element['#text'] ?? '';
}
