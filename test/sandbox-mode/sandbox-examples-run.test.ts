import { Kind, OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SANDBOX_EXAMPLES } from '../../src/sandbox-mode/sandbox-examples.js';
import { startStack, type Stack } from '../support/gateway-harness.js';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack.close());

interface Answer { data?: Record<string, unknown> | null; errors?: unknown }

/** Each tab is run as a user runs it: its operations in order, a job id an earlier one answered pasted into the tab's variables. */
const tabs = SANDBOX_EXAMPLES.map((tab, index) => {
  const operations = parse(tab.query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && !!d.name);
  return [`${index + 1} (${operations.map((o) => o.name!.value).join(', ')})`, tab.query, tab.variables, operations] as const;
});

it.each(tabs)('every GraphiQL example of tab %s runs against the sandbox data without a GraphQL error', async (_label, query, variablesText, operations) => {
  let jobId: string | undefined;
  for (const operation of operations) {
    const name = operation.name!.value;
    const declared = operation.variableDefinitions?.length ?? 0;
    // The tab's variables hold a placeholder for the job id: a user pastes the id StartMigrationJob answered.
    const variables = declared === 0 ? undefined : { ...(JSON.parse(variablesText ?? '{}') as object), ...(jobId ? { id: jobId } : {}) };
    if (declared > 0) expect(jobId, `${name} needs an id an earlier example answers`).toBeDefined();
    const answer = operation.operation === OperationTypeNode.SUBSCRIPTION
      ? await subscribeToEnd(query, name, variables)
      : await post(query, name, variables);
    expect(answer.errors, name).toBeUndefined();
    expect(Object.keys(answer.data ?? {}), name).not.toHaveLength(0);
    // A followed job ends the subscription only once it has reached a final state.
    if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
      expect(Object.values(answer.data!)[0], name).toMatchObject({ status: expect.stringMatching(/^(SUCCEEDED|PARTIAL|FAILED|CANCELED)$/) });
    }
    jobId ??= startedJobId(answer);
  }
});

async function post(query: string, operationName: string, variables?: object): Promise<Answer> {
  const res = await fetch(`${stack.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, operationName, variables }),
  });
  expect(res.status, operationName).toBe(200);
  return (await res.json()) as Answer;
}

/** GraphiQL sends subscriptions over graphql-ws on /graphql; the last event is the job's final state. */
async function subscribeToEnd(query: string, operationName: string, variables?: object): Promise<Answer> {
  const client = createClient({ url: `${stack.gateway.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
  try {
    let last: Answer = {};
    for await (const event of client.iterate({ query, operationName, variables: variables as Record<string, unknown> })) {
      last = event as Answer;
      if (last.errors) break;
    }
    return last;
  } finally {
    await client.dispose();
  }
}

function startedJobId(answer: Answer): string | undefined {
  for (const value of Object.values(answer.data ?? {})) {
    const job = (value as { job?: { id?: string } } | null)?.job;
    if (job?.id) return job.id;
  }
  return undefined;
}
