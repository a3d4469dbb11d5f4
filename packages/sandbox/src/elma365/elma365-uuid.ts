const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * The id in the form the emulator stores (lower case), or undefined when the text is not a UUID
 * in its canonical 8-4-4-4-12 form.
 * Guess: ELMA365 says only "uuid"; hex digits of either case are accepted, as UUID text is
 * case-insensitive (RFC 9562), and no version or variant is required.
 */
export function parseUuid(text: unknown): string | undefined {
  return typeof text === 'string' && UUID.test(text) ? text.toLowerCase() : undefined;
}
