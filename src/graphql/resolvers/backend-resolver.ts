import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Operation } from '../../core/operation.js';
import type { Vendor } from '../../core/vendor.js';
import { OperationEnum, VendorEnum } from '../enums.js';
import type { GatewayContext } from '../gateway-context.js';

@ObjectType({ description: 'A configured backend and the operations its vendor offers natively.' })
export class Backend {
  @Field(() => ID, { description: 'The backend\'s id in the config: what every `backend` argument takes.' })
  id!: string;

  @Field(() => VendorEnum, { description: 'The process engine behind it.' })
  vendor!: Vendor;

  @Field(() => [OperationEnum], { description: 'The operations this backend\'s vendor offers; others answer UnsupportedOperationError.' })
  operations!: Operation[];
}

@Resolver()
export class BackendResolver {
  @Query(() => [Backend], { description: 'The configured backends.' })
  backends(@Ctx() ctx: GatewayContext): Backend[] {
    return ctx.registry.list().map((a) => Object.assign(new Backend(), { id: a.id, vendor: a.vendor, operations: [...a.operations] }));
  }
}
