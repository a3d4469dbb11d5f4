/** The request target as a URL (origin form or absolute form); undefined when it is not one. */
export function requestUrl(raw: string): URL | undefined {
  try {
    return raw.startsWith('/') ? new URL(`http://emulator${raw}`) : new URL(raw);
  } catch {
    return undefined;
  }
}
