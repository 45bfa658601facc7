// Errors as values at the edges: a parse or load either gives a value or says what is wrong.

/** Errors as values at the edges: a parse or load either gives a value or says what is wrong. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

export const fail = <T = never>(error: string): Parsed<T> => ({ ok: false, error });
