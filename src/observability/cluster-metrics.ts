import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { AggregatorRegistry, type Registry } from 'prom-client';

const ASK = 'bpm-gateway:metrics?';
const ANSWER = 'bpm-gateway:metrics';
const WAIT_MS = 5_000;

interface Answer { type: typeof ANSWER; id: string; text?: string; error?: string }

/**
 * In the primary of server.workers: a worker asked to answer /metrics gets every worker's
 * metrics, aggregated by prom-client (counters and histograms summed; each metric's own
 * aggregator otherwise), so that a scrape, whichever worker it reaches, sees the whole gateway.
 */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: string }) => {
    if (message?.type !== ASK || typeof message.id !== 'string') return;
    const id = message.id;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: ANSWER, id, text } satisfies Answer),
      (error: Error) => worker.send({ type: ANSWER, id, error: error.message } satisfies Answer),
    );
  });
}

/**
 * In a worker: its registry is the one the primary collects from, and /metrics answers the
 * whole cluster's text. If the primary does not answer in time, this worker's own metrics.
 */
export function clusterMetricsText(registry: Registry): () => Promise<string> {
  AggregatorRegistry.setRegistries([registry]);
  // prom-client answers the primary's collection only once an AggregatorRegistry exists in the worker too.
  new AggregatorRegistry();
  return () => new Promise<string>((resolve) => {
    const id = randomUUID();
    const done = (text: Promise<string> | string) => {
      clearTimeout(timer);
      process.off('message', onMessage);
      resolve(text);
    };
    const onMessage = (message: Partial<Answer>) => {
      if (message?.type === ANSWER && message.id === id) done(message.text ?? registry.metrics());
    };
    const timer = setTimeout(() => done(registry.metrics()), WAIT_MS);
    process.on('message', onMessage);
    process.send?.({ type: ASK, id });
  });
}
