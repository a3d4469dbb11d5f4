import { classifyStatus } from '../../src/pipeline/status-table.js';
import type { StatusRule, VendorDefinition } from '../../src/pipeline/vendor-operation.js';

/**
 * A vendor's non-success answer as the pipeline classifies it: the vendor's own error-body reader,
 * then the one status table with the operation's exceptions.
 */
export function classifyAnswer(
  definition: Pick<VendorDefinition<never>, 'name' | 'readError'>,
  status: number,
  body: string,
  options: { mediaType?: string; statuses?: Readonly<Partial<Record<number, StatusRule>>>; idempotent?: boolean } = {},
) {
  const error = definition.readError({ status, body, mediaType: options.mediaType ?? '' });
  return classifyStatus({ backend: 'b', vendor: definition.name, status, error, statuses: options.statuses, idempotent: options.idempotent ?? true });
}
