import type { Operation } from './operation.js';

/** Who is calling, as the server's authentication established it. */
export interface Caller {
  /** The API key's id or the token's subject; for logs and messages. */
  id: string;
  roles: readonly string[];
}

/** One rule of a backend: callers with any of these roles may run these operations. */
export interface AccessRule {
  roles: readonly string[];
  operations: readonly Operation[];
}

/**
 * Which callers may run which operations on which backend. A backend without rules is open to
 * every authenticated caller; with rules, a call needs one rule that names one of the caller's
 * roles and the operation. Without authentication (the loopback sandbox) there is no caller and
 * nothing is checked.
 */
export class AccessPolicy {
  constructor(
    private readonly rules: ReadonlyMap<string, readonly AccessRule[]>,
    /** With authentication on, a call without a caller is refused: a second fence behind the server's. */
    private readonly callerRequired = false,
  ) {}

  allows(backend: string, operation: Operation, caller: Caller | undefined): boolean {
    if (!caller) return !this.callerRequired;
    const rules = this.rules.get(backend);
    if (!rules) return true;
    return rules.some((r) => r.operations.includes(operation) && r.roles.some((role) => caller.roles.includes(role)));
  }
}
