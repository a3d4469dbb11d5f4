import { BENCH_USER } from './bench-user.js';

/** One vendor call: what (a) sends straight to the emulator, and (b) makes per request it gets. */
export interface VendorCall { method: 'PUT' | 'POST'; path: string; headers: Record<string, string>; body: string; ok: (status: number) => boolean }

/** A workload of `npm run bench`: the GraphQL mutation (c) gets, and the vendor call it causes. */
export interface Workload {
  name: string;
  vendor: 'k2' | 'ibm';
  /** The emulator's URL (its base path included) → the call. */
  call(vendorUrl: string): VendorCall;
  graphql: { query: string; variables: Record<string, unknown> };
  /** The success a middle's answer must name. */
  success: string;
}

const basic = `Basic ${Buffer.from(`${BENCH_USER.username}:${BENCH_USER.password}`).toString('base64')}`;
const pathOf = (url: string) => new URL(url).pathname;

export const WORKLOADS: readonly Workload[] = [
  {
    name: 'K2 updateTask (XML)',
    vendor: 'k2',
    // Sleep task 8_25 for an hour: repeatable, the task stays where it is.
    call: (url) => ({
      method: 'POST',
      path: `${pathOf(url)}/SyncREST.svc/Task/Items/UpdateTask`,
      headers: { 'content-type': 'application/xml; charset=utf-8', authorization: basic },
      body: '<?xml version="1.0" encoding="utf-8"?><t:UpdateTask xmlns:t="http://schemas.k2.com/task/d1" Action="s:3600"><t:Task SerialNumber="8_25"></t:Task></t:UpdateTask>',
      ok: (status) => status === 200,
    }),
    graphql: {
      query: 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { __typename ... on UpdateTaskSuccess { vendorAction } } }',
      variables: { input: { backend: 'k2', serialNumber: '8_25', action: { kind: 'SLEEP', sleepSeconds: 3600 } } },
    },
    success: 'UpdateTaskSuccess',
  },
  {
    name: 'IBM updateAllVariables (JSON)',
    vendor: 'ibm',
    call: (url) => ({
      method: 'PUT',
      path: `${pathOf(url)}/process/23972/allVariables`,
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: basic },
      body: JSON.stringify({ variables: { approved: true, notes: 'bench' } }),
      ok: (status) => status === 200,
    }),
    graphql: {
      query: 'mutation($input: UpdateAllVariablesInput!) { updateAllVariables(input: $input) { __typename } }',
      variables: { input: { backend: 'ibm', instanceId: '23972', variables: { approved: true, notes: 'bench' } } },
    },
    success: 'UpdateAllVariablesSuccess',
  },
];
