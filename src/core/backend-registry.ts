import { OPERATION_METHOD, type Adapter, type CommandOf, type ResultOf } from './adapter.js';
import { unknownBackend, unsupportedOperation } from './failures.js';
import type { Operation } from './operation.js';
import { fail, type Outcome } from './outcome.js';

/** The configured backends by id; the one place an operation finds its adapter. */
export class BackendRegistry {
  private readonly byId: ReadonlyMap<string, Adapter>;

  constructor(adapters: readonly Adapter[]) {
    this.byId = new Map(adapters.map((a) => [a.id, a]));
  }

  get(id: string): Adapter | undefined {
    return this.byId.get(id);
  }

  list(): Adapter[] {
    return [...this.byId.values()];
  }

  /** Runs `operation` on the backend the command names, or says why it cannot. */
  async run<O extends Operation>(operation: O, command: CommandOf<O> & { backend: string }): Promise<Outcome<ResultOf<O>>> {
    const adapter = this.byId.get(command.backend);
    if (!adapter) return fail(unknownBackend(command.backend, [...this.byId.keys()]));
    const method = adapter[OPERATION_METHOD[operation]] as
      | ((this: Adapter, c: CommandOf<O>) => Promise<Outcome<ResultOf<O>>>)
      | undefined;
    if (!method) return fail(unsupportedOperation(adapter.id, adapter.vendor, operation));
    return method.call(adapter, command);
  }

  async close(): Promise<void> {
    await Promise.all(this.list().map((a) => a.close()));
  }
}
