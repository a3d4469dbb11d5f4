/** The codes the emulator server answers with on its own; every vendor's code list includes them. */
export type ServerFailureCode =
  | 'RequestEntityTooLarge' // body over the size limit
  | 'InternalError'; // a bug in the emulator

/**
 * A refusal thrown inside an emulator: the HTTP answer itself, so validation code throws it and
 * the server writes it in the vendor's error body. Each vendor subclasses it with its own codes;
 * nothing outside src/sandbox sees these classes.
 */
export class EmulatorFailure<Code extends string> extends Error {
  constructor(
    readonly status: number,
    readonly code: Code,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
