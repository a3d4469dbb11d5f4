import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A data field: its name and its value as text.' })
export class DataFieldInput {
  @Field(() => String, { description: 'The data field\'s name, as the vendor knows it.' })
  name!: string;

  @Field(() => String, { description: 'The value to set, as text.' })
  value!: string;
}

@InputType({ description: 'An XML field: an XML document, sent escaped as text.' })
export class XmlFieldInput {
  @Field(() => String, { description: 'The XML field\'s name, as the vendor knows it.' })
  name!: string;

  @Field(() => String, { description: 'One well-formed XML document (or \'\' to clear the field); sent escaped.' })
  xml!: string;
}

@InputType({ description: 'A CSA process instance property.' })
export class PropertyInput {
  @Field(() => String, { description: 'The property\'s name.' })
  name!: string;

  @Field(() => String, { nullable: true, defaultValue: 'STRING', description: 'The CSA value type, e.g. STRING, INTEGER, BOOLEAN.' })
  type?: string | null;

  @Field(() => [String], { description: 'Its values, as text; several for a list.' })
  values!: string[];
}
