// The environment of every process tf-repro starts that runs user code (a model module, a training
// command) or trains: this process's, as a `run:` step in another job would see it, so that user
// code is never handed the runner's channels to the step or its credentials.

/**
 * The runner's channels to the step itself (user code writing to them would set the step's
 * outputs, variables or summary ahead of the verdict) and the credentials it gives actions but not
 * `run:` steps.
 */
const RUNNER_ONLY_VARIABLES = new Set([
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_STATE',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
]);
/** The variables among those that carry a token, which the action's own process must not keep in its environment either (action/credentials.ts). */
const CREDENTIAL_VARIABLES = new Set(['GITHUB_TOKEN', 'GH_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']);
/** The action's inputs (`github-token` is INPUT_GITHUB-TOKEN) and its saved state. */
const RUNNER_ONLY_PREFIXES = ['INPUT_', 'STATE_'];

/** Whether user code must not get this variable. Names are compared in upper case: Windows' are case-insensitive. */
export function isWithheldVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return RUNNER_ONLY_VARIABLES.has(upper) || RUNNER_ONLY_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

/** Whether this variable carries a credential of the runner's: a token above, or an input whose name ends in TOKEN (`github-token`). */
export function isRunnerCredential(name: string): boolean {
  const upper = name.toUpperCase();
  return CREDENTIAL_VARIABLES.has(upper) || (upper.startsWith('INPUT_') && upper.endsWith('TOKEN'));
}

/** The environment for the user's own code: `env` without what only the action itself may use. */
export function userCodeEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !isWithheldVariable(name)));
}

/** A child process's environment: this process's, as user code may see it, plus `extra`. */
export function childEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...userCodeEnvironment(process.env), ...extra };
}
