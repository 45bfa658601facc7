// Exit codes shared by the CLI and the action's process (README lists them).

/** Exit codes shared by the CLI and the action's process. */
export const EXIT = { reproducible: 0, notReproducible: 1, error: 2 } as const;
