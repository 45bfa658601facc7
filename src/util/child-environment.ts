// The environment of every process tf-repro starts that runs user code (a model module, a training
// command) or trains: this process's, without the action's inputs (`github-token` is
// INPUT_GITHUB-TOKEN) and the runner's tokens, so that user code is never handed them.

/** Tokens a runner or a workflow puts in the environment. */
const TOKEN_VARIABLES = new Set(['GITHUB_TOKEN', 'GH_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RUNTIME_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL']);

/** Whether a child process must not get this variable. Names are compared in upper case: Windows' are case-insensitive. */
export function isWithheldVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return upper.startsWith('INPUT_') || TOKEN_VARIABLES.has(upper);
}

/** `env` without the variables a child process must not get. */
export function withoutTokens(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !isWithheldVariable(name)));
}

/** A child process's environment: this process's without the tokens, plus `extra`. */
export function childEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...withoutTokens(process.env), ...extra };
}
