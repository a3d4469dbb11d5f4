import { z } from 'zod';
import type { InstanceListQuery, InstancePage } from '../../core/list-views.js';
import { readJson } from '../../pipeline/read-with-schema.js';
import type { OperationDeclaration } from '../../pipeline/vendor-operation.js';
import { checkProcessCodes } from './elma365-input-checks.js';
import { elmaInstanceView } from './elma365-read-instance.js';
import { ELMA_JSON_HEADERS } from './elma365-wire.js';

/** `total` is a guess at the field's type: a count; anything else reads as "not said". */
const ListAnswer = z.looseObject({
  result: z.looseObject({
    result: z.array(z.record(z.string(), z.unknown())),
    total: z.unknown().optional(),
  }),
});

/**
 * A page of a process's instances from `POST bpm/instance/bytemplate/{ns}/{code}/list` (FACTS.md,
 * ELMA365, [C-3p]: body `{active, from, size, sortExpressions, filter}`, answer
 * `{result: {result: [...], total}}`). Newest first, as the third-party callers sort
 * (`__createdAt` descending). One item more than the page is asked for, so that a next page is
 * known even when the answer carries no total. Guesses: `active: true` keeps unfinished
 * instances; the items have the get endpoint's shape (`__id`, `__state`, ...).
 */
export const elmaListInstances: OperationDeclaration<InstanceListQuery, InstancePage> = {
  check: (query) => checkProcessCodes(query),
  request: (query) => ({
    method: 'POST',
    path: `/bpm/instance/bytemplate/${encodeURIComponent(query.namespace)}/${encodeURIComponent(query.processCode)}/list`,
    headers: ELMA_JSON_HEADERS,
    body: JSON.stringify({
      ...(query.activeOnly ? { active: true } : {}),
      from: query.offset,
      size: query.first + 1,
      sortExpressions: [{ field: '__createdAt', ascending: false }],
    }),
  }),
  effect: 'read',
  read: ({ body }, query) => {
    const answer = readJson(ListAnswer, body);
    if (answer instanceof Error) return answer;
    const { total } = answer.result;
    // An item without an id cannot be named or cached: it is left out.
    const result = answer.result.result.filter((item) => typeof item['__id'] === 'string' && item['__id'] !== '');
    const counted = typeof total === 'number' && Number.isInteger(total) && total >= 0 ? total : null;
    return {
      items: result.slice(0, query.first).map(elmaInstanceView),
      hasNextPage: result.length > query.first || (counted !== null && query.offset + Math.min(result.length, query.first) < counted),
      total: counted,
    };
  },
};
