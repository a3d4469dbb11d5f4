/**
 * What lives for one GraphQL request and no longer: per-request DataLoaders, so that one request
 * that touches an instance twice reads it once, and no answer leaks into another request.
 */
export class RequestScope {
  private readonly items = new Map<string, unknown>();

  /** The value under `key`, made by `make` the first time this request asks for it. */
  memo<T>(key: string, make: () => T): T {
    if (!this.items.has(key)) this.items.set(key, make());
    return this.items.get(key) as T;
  }
}
