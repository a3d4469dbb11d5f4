import type { ElmaState } from './elma365-state.js';
import type { ElmaToken } from './elma365-tokens.js';

/** Everything an endpoint needs from one authenticated request. */
export interface ElmaEndpointContext {
  state: ElmaState;
  token: ElmaToken;
  contentType: string | undefined;
  body: Buffer;
}
