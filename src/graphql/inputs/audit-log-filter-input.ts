import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which audit entries; every criterion given must hold.' })
export class AuditLogFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only calls to this backend.' })
  backend?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this operation (UPDATE_TASK, ...).' })
  operation?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this caller (API key id or token subject).' })
  caller?: string | null;

  @Field(() => String, { nullable: true, description: "Only this outcome (the result's type name, e.g. NotFoundError)." })
  outcome?: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'From this time on (inclusive).' })
  since?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Before this time (exclusive).' })
  until?: Date | null;

  @Field(() => String, { nullable: true, description: 'Only the calls of this GraphQL request.' })
  requestId?: string | null;
}
