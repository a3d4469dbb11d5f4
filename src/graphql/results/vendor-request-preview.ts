import { Field, ID, ObjectType } from 'type-graphql';
import type { MutationOperation } from '../../core/operation.js';
import type { PreviewedRequest, RequestPreview } from '../../core/request-preview.js';
import type { Vendor } from '../../core/vendor.js';
import { OperationEnum, VendorEnum } from '../enums.js';

@ObjectType({ description: 'An HTTP header of a vendor request; credentials show only their scheme (`Basic ***`).' })
export class HttpHeader {
  @Field(() => String, { description: 'The header name, as the gateway sends it.' })
  name!: string;

  @Field(() => String, { description: 'The value; a credential is masked.' })
  value!: string;
}

@ObjectType({ description: 'One HTTP request to the vendor, exactly as the real call sends it.' })
export class VendorRequest {
  @Field(() => String, { description: 'GET, POST, PUT or DELETE.' })
  method!: string;

  @Field(() => String, { description: 'The full URL, query included, byte for byte what the real call uses.' })
  url!: string;

  @Field(() => [HttpHeader], { description: 'The headers the gateway sets, credentials masked.' })
  headers!: HttpHeader[];

  @Field(() => String, { nullable: true, description: 'The body, byte for byte what the real call sends; null when the request has none.' })
  body!: string | null;
}

@ObjectType({
  description: 'A dry run: the input passed every check the real call makes, and these are the vendor requests it would send, in order. Nothing was written, and nothing is stored under the clientMutationId. Reads the real call makes first (a CSA state check) did run.',
})
export class VendorRequestPreview {
  @Field(() => ID, { description: 'The backend the call would go to.' })
  backend!: string;

  @Field(() => VendorEnum, { description: "The backend's vendor." })
  vendor!: Vendor;

  @Field(() => OperationEnum, { description: 'The operation previewed.' })
  operation!: MutationOperation;

  @Field(() => [VendorRequest], { description: 'The requests the write would send, in order.' })
  requests!: VendorRequest[];
}

/** A core preview as its GraphQL object (union members resolve by class). */
export function toVendorRequestPreview(preview: RequestPreview): VendorRequestPreview {
  const request = (r: PreviewedRequest) => Object.assign(new VendorRequest(), { ...r, headers: r.headers.map((h) => Object.assign(new HttpHeader(), h)) });
  return Object.assign(new VendorRequestPreview(), { backend: preview.backend, vendor: preview.vendor, operation: preview.operation, requests: preview.requests.map(request) });
}
