import { OPERATION_METHOD, supportedOperations, type Adapter, type CallContext, type CommandOf, type ResultOf } from './adapter.js';
import { unknownBackend, unsupportedOperation } from './failures.js';
import type { Operation } from './operation.js';
import { fail, type Outcome } from './outcome.js';

/** The configured backends by id; the one place an operation finds its adapter. */
export class BackendRegistry {
  private readonly byId: ReadonlyMap<string, Adapter>;
  private readonly operations: ReadonlyMap<string, readonly Operation[]>;

  constructor(adapters: readonly Adapter[]) {
    this.byId = new Map(adapters.map((a) => [a.id, a]));
    this.operations = new Map(adapters.map((a) => [a.id, supportedOperations(a)]));
  }

  /** What a backend can do natively, worked out once. */
  operationsOf(id: string): readonly Operation[] {
    return this.operations.get(id) ?? [];
  }

  get(id: string): Adapter | undefined {
    return this.byId.get(id);
  }

  list(): Adapter[] {
    return [...this.byId.values()];
  }

  /** Runs `operation` on the backend the command names, or says why it cannot. */
  async run<O extends Operation>(operation: O, command: CommandOf<O> & { backend: string }, call: CallContext): Promise<Outcome<ResultOf<O>>> {
    const adapter = this.byId.get(command.backend);
    if (!adapter) return fail(unknownBackend(command.backend, [...this.byId.keys()]));
    const method = adapter[OPERATION_METHOD[operation]] as
      | ((this: Adapter, c: CommandOf<O>, call: CallContext) => Promise<Outcome<ResultOf<O>>>)
      | undefined;
    if (!method) return fail(unsupportedOperation(adapter.id, adapter.vendor, operation));
    return method.call(adapter, command, call);
  }

  async close(): Promise<void> {
    await Promise.all(this.list().map((a) => a.close()));
  }
}
