import { MutationInput } from './mutation-input.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DataFieldInput, PropertyInput, XmlFieldInput } from './field-inputs.js';

@InputType({ description: 'Which instance to update and what to set; K2 and CSA take different fields.' })
export class UpdateProcessInstanceInput extends MutationInput {
  @Field(() => ID, { description: 'The vendor\'s instance id (K2: an integer; CSA: a 32-character hex id).' })
  instanceId!: string;

  @Field(() => String, { nullable: true, description: 'K2' })
  folio?: string | null;

  @Field(() => Int, { nullable: true, description: 'K2' })
  priority?: number | null;

  @Field(() => Int, { nullable: true, description: 'K2, in minutes' })
  expectedDuration?: number | null;

  @Field(() => [DataFieldInput], { nullable: true, description: 'K2 process data fields' })
  dataFields?: DataFieldInput[] | null;

  @Field(() => [XmlFieldInput], { nullable: true, description: 'K2 process XML fields' })
  xmlFields?: XmlFieldInput[] | null;

  @Field(() => [PropertyInput], { nullable: true, description: 'CSA properties, merged into the instance' })
  properties?: PropertyInput[] | null;
}
