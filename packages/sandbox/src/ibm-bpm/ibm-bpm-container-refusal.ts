/**
 * A refusal the JAX-RS container would give before IBM's REST code runs (unsupported media type,
 * say). Guess: such answers have an empty body, not IBM's error envelope.
 */
export class ContainerRefusal extends Error {
  override name = 'ContainerRefusal';

  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
