import { Field, ID, InputType } from 'type-graphql';

/** What every mutation input starts with; not a GraphQL type itself (type-graphql 2 emits only referenced types). */
@InputType()
export abstract class MutationInput {
  @Field(() => ID, { description: 'A configured backend id (`backends { id }`).' })
  backend!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Makes a retry safe: the same id with the same input, within the idempotency window, answers the first answer without calling the vendor again.',
  })
  clientMutationId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Checks the input exactly as the real call would and answers the vendor requests it would send (VendorRequestPreview), writing nothing. Needs the same access as the real call; never stored under clientMutationId.',
  })
  dryRun?: boolean | null;
}
