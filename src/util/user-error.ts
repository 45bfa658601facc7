// A problem with what the user gave us, as opposed to a bug.

/** A problem with what the user gave us: shown as one line, no stack trace, exit code 2. */
export class UserError extends Error {
  override name = 'UserError';
}
