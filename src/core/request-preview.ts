import type { MutationOperation } from './operation.js';
import type { Vendor } from './vendor.js';

/** One vendor request as a dry run shows it: what would go on the wire, credentials masked. */
export interface PreviewedRequest {
  method: string;
  /** The full URL, query included, exactly as the real call sends it. */
  url: string;
  headers: { name: string; value: string }[];
  /** Byte for byte what the real call sends; null for a request without a body. */
  body: string | null;
}

/** A dry run's answer: the requests the real call would send, in order. Nothing was written. */
export class RequestPreview {
  constructor(
    readonly backend: string,
    readonly vendor: Vendor,
    readonly operation: MutationOperation,
    readonly requests: PreviewedRequest[],
  ) {}
}
