import { Pool } from 'undici';

export interface LoadResult { requests: number; errors: number; seconds: number; rps: number; p50: number; p99: number; /** Sorted, ms. */ latencies: number[] }

export interface LoadSpec {
  origin: string;
  path: string;
  /** POST unless said otherwise. */
  method?: 'POST' | 'PUT';
  headers: Record<string, string>;
  body: string;
  concurrency: number;
  seconds: number;
  /** Whether an answer counts as success (status and body). */
  ok: (status: number, body: string) => boolean;
}

/**
 * Closed-loop load: `concurrency` workers, each sending the next request when the last one has
 * been answered, for `seconds`. Both sides of a comparison use this same client.
 */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const pool = new Pool(spec.origin, { connections: spec.concurrency, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + spec.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      const res = await pool.request({ method: spec.method ?? 'POST', path: spec.path, headers: spec.headers, body: spec.body });
      const body = await res.body.text();
      latencies.push(performance.now() - started);
      if (!spec.ok(res.statusCode, body)) errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: spec.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return summarize(latencies, errors, seconds);
}

/** Several runs against one target as one: rates over the summed time, percentiles over every answer. */
export function combineLoads(runs: readonly LoadResult[]): LoadResult {
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  return summarize(runs.flatMap((r) => r.latencies), runs.reduce((sum, r) => sum + r.errors, 0), seconds);
}

function summarize(latencies: number[], errors: number, seconds: number): LoadResult {
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, errors, seconds, rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), latencies };
}
