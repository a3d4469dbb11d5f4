/**
 * The one failure taxonomy every vendor maps into. An expected failure is a value of this type,
 * never a thrown error; only `src/graphql/` turns it into a GraphQL error object. One kind per
 * error type of the GraphQL contract (DESIGN.md), each with a one-line "when".
 */
import type { Operation } from './operation.js';
import type { Vendor } from './vendor.js';

/** Facts about the vendor's answer, kept on every failure that came from a vendor. */
export interface VendorFacts {
  /** The backend id the call went to; absent when no backend was reached. */
  backend?: string;
  /** The vendor's HTTP status, when it answered. */
  vendorStatus?: number;
  /** The vendor's own error code (e.g. CWTBG0059E), when its body carried one. */
  vendorCode?: string;
}

export type BpmFailure =
  /** The input is wrong for this vendor; nothing was sent. */
  | ({ kind: 'validation'; message: string; field: string | null } & VendorFacts)
  /** No backend with that id is configured. */
  | ({ kind: 'unknown-backend'; message: string } & VendorFacts)
  /** The vendor has no such operation. */
  | ({ kind: 'unsupported-operation'; message: string; operation: Operation; vendor: Vendor } & VendorFacts)
  /** The instance or task does not exist. */
  | ({ kind: 'not-found'; message: string } & VendorFacts)
  /** The vendor refused the gateway's credentials (401). */
  | ({ kind: 'authentication'; message: string } & VendorFacts)
  /** Authenticated, but not allowed (403). */
  | ({ kind: 'permission-denied'; message: string } & VendorFacts)
  /** The instance's state forbids the change. */
  | ({ kind: 'invalid-state-transition'; message: string; currentState: string | null; requestedState: string | null } & VendorFacts)
  /** The vendor refused the request as malformed or not applicable (400, K2's 202-not-updated). */
  | ({ kind: 'vendor-rejected'; message: string } & VendorFacts)
  /** Connection refused or reset, timeout, 502/503/504. `retryable`: repeating the call is safe. */
  | ({ kind: 'backend-unavailable'; message: string; retryable: boolean } & VendorFacts)
  /** Any other failure the vendor reported, or an answer the gateway could not read. */
  | ({ kind: 'backend-error'; message: string } & VendorFacts);

export type BpmFailureKind = BpmFailure['kind'];

/** The failure of a given kind, for code that builds or narrows one. */
export type FailureOf<K extends BpmFailureKind> = Extract<BpmFailure, { kind: K }>;
