import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A data field: its name and its value as text.' })
export class DataFieldInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  value!: string;
}

@InputType({ description: 'An XML field: an XML document, sent escaped as text.' })
export class XmlFieldInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  xml!: string;
}

@InputType({ description: 'A CSA process instance property.' })
export class PropertyInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, defaultValue: 'STRING', description: 'The CSA value type, e.g. STRING, INTEGER, BOOLEAN.' })
  type?: string | null;

  @Field(() => [String])
  values!: string[];
}
