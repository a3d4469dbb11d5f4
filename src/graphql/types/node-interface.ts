import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay's object identification: every object with a global id implements Node, so that
 * `node(id:)` refetches it and a normalizing cache keys it by `__typename:id` with no type policy.
 */
@InterfaceType({ description: 'An object with a global id: `node(id:)` reads it again. The id is unique across all backends and opaque; keep it as it is.' })
export abstract class Node {
  @Field(() => ID, { description: 'The global id (`gid://bpm/<Type>/<backend>/<vendor id>`, percent-encoded); opaque, unique across backends.' })
  id!: string;
}
