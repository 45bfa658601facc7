// The settings the published experiment found necessary, as a training process's environment.
// They must be in place before TensorFlow loads: libtensorflow reads them once. And the
// environment the user's own code starts from, without what only the action may use. Pure.

export const DETERMINISM_VARIABLES = [
  'TF_DETERMINISTIC_OPS',
  'TF_CUDNN_DETERMINISTIC',
  'PYTHONHASHSEED',
  'TF_NUM_INTEROP_THREADS',
  'TF_NUM_INTRAOP_THREADS',
  'OMP_NUM_THREADS',
] as const;

/** The variables to add for a deterministic run, less those in `off` (diagnose); none for the baseline. */
export function determinismEnvironment(deterministic: boolean, threads: number, off: readonly string[] = []): Record<string, string> {
  if (!deterministic) return {};
  const all: Record<string, string> = {
    TF_DETERMINISTIC_OPS: '1',
    TF_CUDNN_DETERMINISTIC: '1',
    PYTHONHASHSEED: '0',
    TF_NUM_INTEROP_THREADS: '1',
    TF_NUM_INTRAOP_THREADS: String(threads),
    OMP_NUM_THREADS: String(threads),
  };
  for (const name of off) delete all[name];
  return all;
}

/** What a process sees of those variables, for the report's fingerprint. */
export function observedDeterminismVariables(env: NodeJS.ProcessEnv): Record<string, string | null> {
  return Object.fromEntries(DETERMINISM_VARIABLES.map((name) => [name, env[name] ?? null]));
}
