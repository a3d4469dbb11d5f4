import { MutationInput } from './mutation-input.js';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Move instances to the latest published process version (ELMA365): a list, or all active ones.' })
export class MigrateInstancesInput extends MutationInput {
  @Field(() => String, { description: 'The workspace code (ELMA365 `namespace`).' })
  namespace!: string;

  @Field(() => String, { description: 'The process code.' })
  processCode!: string;

  @Field(() => [ID], { nullable: true, description: 'either these instances ...' })
  instanceIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: '... or every active one,' })
  allActive?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'except these (only with allActive)' })
  excludeIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Run as a durable bulk job of calls of at most 10,000 ids (answers BulkJobStarted; follow it with jobProgress). A list longer than one call takes always runs as a job.' })
  runAsJob?: boolean | null;
}
