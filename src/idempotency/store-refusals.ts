/** What a caller is told when its new clientMutationId cannot be remembered (both stores say the same). */
export const CALLER_FULL = (maxBytesPerCaller: number) =>
  `this caller's remembered answers fill its share (${maxBytesPerCaller} bytes of idempotency.maxBytesPerCaller) with calls that must not run twice; no new clientMutationId until some expire, or send the call without one`;
export const TOTAL_FULL = 'the gateway\'s remembered answers are full (idempotency.maxBytes) with calls that must not run twice; no new clientMutationId until some expire, or send the call without one';
