import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export * from './generated/graphql.js';
/**
 * Which types each result union and BpmError hold, for Apollo Client's cache:
 * `new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes })`. Without it
 * `... on BpmError { message }` matches nothing. (urql graphcache takes the whole schema instead:
 * `client/generated/introspection.json`, with `keylessTypes`.)
 */
export { default as possibleTypes } from './generated/possible-types.js';
export { keylessTypes } from './graphcache-keys.js';

/** A GraphQL error at the top level: a bug or a malformed request, never an expected failure. */
export class BpmGatewayError extends Error {
  override readonly name = 'BpmGatewayError';
  constructor(readonly status: number, readonly errors: readonly { message: string }[]) {
    super(errors.map((e) => e.message).join('; ') || `HTTP ${status}`);
  }
}

/**
 * A small typed client for the BPM GraphQL Gateway: pass one of the generated documents and get
 * its typed result. Expected failures (a refused state change, an unknown instance) come back as
 * data, in the result union; only top-level GraphQL errors throw.
 */
export function createBpmClient(endpoint: string, headers: Record<string, string> = {}) {
  const printed = new WeakMap<object, string>();
  return async function request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
    let query = printed.get(document);
    if (query === undefined) printed.set(document, (query = print(document)));
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: TResult; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new BpmGatewayError(res.status, body.errors ?? []);
    return body.data;
  };
}
