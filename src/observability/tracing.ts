import { trace, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/** The gateway's tracer; spans go nowhere until a provider is registered (startTracing). */
export const tracer: Tracer = trace.getTracer('bpm-graphql-gateway');

/**
 * OpenTelemetry export, only when `OTEL_EXPORTER_OTLP_ENDPOINT` is set: spans of each GraphQL
 * request and each vendor call go to that OTLP/HTTP endpoint (the exporter reads the standard
 * OTEL_* variables itself). Returns how to flush and stop, or undefined when off.
 */
export function startTracing(env: NodeJS.ProcessEnv = process.env): { shutdown(): Promise<void> } | undefined {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? 'bpm-graphql-gateway' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  return { shutdown: () => provider.shutdown() };
}
