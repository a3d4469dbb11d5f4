import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Operation } from '../../core/operation.js';
import type { Vendor } from '../../core/vendor.js';
import { OperationEnum, VendorEnum } from '../enums.js';
import type { GatewayContext } from '../gateway-context.js';

@ObjectType({ description: 'A configured backend and the operations its vendor offers natively.' })
export class Backend {
  @Field(() => ID)
  id!: string;

  @Field(() => VendorEnum)
  vendor!: Vendor;

  @Field(() => [OperationEnum])
  operations!: Operation[];
}

@Resolver()
export class BackendResolver {
  @Query(() => [Backend], { description: 'The configured backends.' })
  backends(@Ctx() ctx: GatewayContext): Backend[] {
    return ctx.registry.list().map((a) => Object.assign(new Backend(), { id: a.id, vendor: a.vendor, operations: [...a.operations] }));
  }
}
