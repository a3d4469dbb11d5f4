import type { IbmState } from './ibm-bpm-state.js';
import type { IbmUser } from './ibm-bpm-users.js';

/** Everything an endpoint needs from one authenticated request. */
export interface IbmEndpointContext {
  state: IbmState;
  user: IbmUser;
  query: URLSearchParams;
  contentType: string | undefined;
  body: Buffer;
}
