import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import Negotiator from 'negotiator';

/** What a request whose document could not be used answers with: the GraphQL-over-HTTP spec's three cases. */
const DOCUMENT_FAILURES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * The GraphQL-over-HTTP spec's rule for legacy clients: a response sent as `application/json`
 * SHOULD be 200 even when the document failed to parse or validate, or its variables failed to
 * coerce (such a client reads `errors`, and may treat a 4xx as a transport failure). A client that
 * accepts `application/graphql-response+json` (Apollo Client, urql, graphql-request) keeps the
 * 400. The choice of media type is made as Apollo Server makes it.
 */
export function applyLegacyJsonStatus({ request, response, errors }: GraphQLRequestContextWillSendResponse<object>): void {
  if (response.http.status !== 400 || !errors?.length) return;
  if (!errors.every((e) => DOCUMENT_FAILURES.has(String(e.extensions['code'])))) return;
  const accept = request.http?.headers.get('accept');
  const type = accept ? new Negotiator({ headers: { accept } }).mediaType(['application/json', 'application/graphql-response+json']) : 'application/json';
  if (type === 'application/json') response.http.status = 200;
}
