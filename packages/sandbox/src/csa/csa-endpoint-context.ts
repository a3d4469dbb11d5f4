import type { CsaPerson } from './csa-people.js';
import type { CsaState } from './csa-state.js';
import type { StateRefusalStatus } from './csa-state-merge.js';

/** Everything an endpoint needs from one authenticated request. */
export interface CsaEndpointContext {
  state: CsaState;
  people: readonly CsaPerson[];
  stateRefusalStatus: StateRefusalStatus;
  query: URLSearchParams;
  contentType: string | undefined;
  body: Buffer;
}
