import type { K2State } from './k2-state.js';
import type { K2User } from './k2-users.js';

/** Everything an endpoint needs from one authenticated request. */
export interface K2EndpointContext {
  state: K2State;
  user: K2User;
  query: URLSearchParams;
  contentType: string | undefined;
  body: Buffer;
  now: Date;
  /** Refuse an UpdateTask without an integer @ID (the emulator's strict option). */
  requireUpdateTaskId: boolean;
}
