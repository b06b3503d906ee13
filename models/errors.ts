/** Typed errors: callers (CLI exit codes, UI messages) branch on the class, not on text. */

/** The user's input is wrong and can be fixed by the user (CLI exit 2). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'InputError';
  }
}
