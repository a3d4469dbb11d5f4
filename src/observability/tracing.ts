import { trace, type Tracer } from '@opentelemetry/api';

/** The gateway's tracer; spans go nowhere until a provider is registered (startTracing). */
export const tracer: Tracer = trace.getTracer('bpm-graphql-gateway');

let exporting = false;
/**
 * Whether startTracing registered a provider. Off, the hot path makes no span, context or
 * propagation call at all: each is a no-op then, but a no-op with a closure, a context object
 * and a lookup per request and per vendor call.
 */
export const tracingOn = (): boolean => exporting;

/**
 * OpenTelemetry export, only when `OTEL_EXPORTER_OTLP_ENDPOINT` is set: spans of each GraphQL
 * request and each vendor call go to that OTLP/HTTP endpoint (the exporter reads the standard
 * OTEL_* variables itself). Returns how to flush and stop, or undefined when off. The SDK is
 * loaded only then: it is ~150 ms of start-up that a gateway without tracing never pays.
 */
export async function startTracing(env: NodeJS.ProcessEnv = process.env): Promise<{ shutdown(): Promise<void> } | undefined> {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  const [{ OTLPTraceExporter }, { resourceFromAttributes }, { BatchSpanProcessor, NodeTracerProvider }] = await Promise.all([
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/sdk-trace-node'),
  ]);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? 'bpm-graphql-gateway' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  exporting = true;
  return { shutdown: () => provider.shutdown() };
}
