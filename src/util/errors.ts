// What a caught value says. JavaScript can throw anything, so every catch that shows what went
// wrong goes through here rather than assuming an Error.

/** An Error's message; anything else that was thrown, as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An Error's stack (its message where it has none), for an unexpected failure; anything else, as text. */
export function errorStack(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
