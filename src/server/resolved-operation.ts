import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';

/** What the request-level limits read once Apollo knows the operation: its document, operation, schema and variables. */
export type ResolvedOperation = Pick<GraphQLRequestContextDidResolveOperation<object>, 'operation' | 'document' | 'schema' | 'request'>;
