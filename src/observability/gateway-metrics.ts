import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BackendRegistry } from '../pipeline/backend-registry.js';

const BREAKER_VALUE: Record<string, number> = { closed: 0, 'half-open': 1, open: 2 };

/**
 * The gateway's Prometheus metrics, in a registry of its own (not prom-client's global one), so
 * that two gateways in one process never count into each other.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly results: Counter<'operation' | 'backend' | 'result'>;
  private readonly vendorCalls: Histogram<'backend' | 'method' | 'outcome'>;
  private readonly breakerChanges: Counter<'backend' | 'to'>;
  private readonly http: Histogram<'method' | 'route' | 'status'>;
  private readonly auditLost: Counter;

  constructor(backends: () => BackendRegistry | undefined) {
    // Node's own: CPU, memory, event-loop lag, GC, handles (prom-client's defaults, process_* and nodejs_*).
    collectDefaultMetrics({ register: this.registry });
    this.http = new Histogram({
      name: 'bpm_gateway_http_request_duration_seconds',
      help: 'HTTP requests answered, by method, route and status, with their latency.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
      registers: [this.registry],
    });
    this.results = new Counter({
      name: 'bpm_gateway_requests_total',
      help: 'GraphQL operations answered, by operation, backend and result type (success or error type).',
      labelNames: ['operation', 'backend', 'result'],
      registers: [this.registry],
    });
    this.vendorCalls = new Histogram({
      name: 'bpm_gateway_vendor_call_duration_seconds',
      help: 'Vendor HTTP calls by backend, method and outcome (HTTP status, or the failure kind).',
      labelNames: ['backend', 'method', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
      registers: [this.registry],
    });
    this.breakerChanges = new Counter({
      name: 'bpm_gateway_breaker_transitions_total',
      help: "Each backend's circuit breaker changes, by the state it went to (open, half-open, closed).",
      labelNames: ['backend', 'to'],
      registers: [this.registry],
    });
    this.auditLost = new Counter({
      name: 'bpm_gateway_audit_entries_lost_total',
      help: 'Audit entries that could not be written (queue full, database refusing or gone, shutdown).',
      registers: [this.registry],
    });
    new Gauge({
      name: 'bpm_gateway_breaker_state',
      help: "Each backend's circuit breaker: 0 closed, 1 half-open, 2 open.",
      labelNames: ['backend'],
      registers: [this.registry],
      // With server.workers: the worst worker's breaker, not a sum.
      aggregator: 'max',
      collect() {
        for (const adapter of backends()?.list() ?? []) {
          const state = adapter.breakerState();
          if (state) this.set({ backend: adapter.id }, BREAKER_VALUE[state] ?? -1);
        }
      },
    });
  }

  countAuditLost(entries: number): void {
    this.auditLost.inc(entries);
  }

  observeHttp(method: string, route: string, status: number, seconds: number): void {
    this.http.observe({ method, route, status: String(status) }, seconds);
  }

  countBreakerChange(backend: string, to: string): void {
    this.breakerChanges.inc({ backend, to });
  }

  countResult(operation: string, backend: string, result: string): void {
    this.results.inc({ operation, backend, result });
  }

  observeVendorCall(backend: string, method: string, outcome: string, seconds: number): void {
    this.vendorCalls.observe({ backend, method, outcome }, seconds);
  }
}
