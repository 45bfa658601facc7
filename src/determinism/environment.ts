// The settings the published experiment found necessary, as a training process's environment.
// They must be in place before TensorFlow loads: libtensorflow reads them once. And the
// environment the user's own code starts from, without what only the action may use. Pure.
import type { CpuHost } from '../util/cpu-host.js';

export const DETERMINISM_VARIABLES = [
  'TF_DETERMINISTIC_OPS',
  'TF_CUDNN_DETERMINISTIC',
  'PYTHONHASHSEED',
  'TF_NUM_INTEROP_THREADS',
  'TF_NUM_INTRAOP_THREADS',
  'OMP_NUM_THREADS',
] as const;

/**
 * Library defaults the determinism settings pin, to the runner's value or else to the library's
 * own default: they change the numbers (TensorFlow's oneDNN kernels sum in another order), so every
 * process and every later check must run the same way. Not a determinism switch: diagnose never
 * turns them off, since unset means the same default.
 */
export const PINNED_VARIABLES = ['TF_ENABLE_ONEDNN_OPTS'] as const;

/** The variables to add for a deterministic run, less those in `off` (diagnose); none for unpinned runs. `pinned`: pinnedVariables(). */
export function determinismEnvironment(
  deterministic: boolean,
  threads: number,
  off: readonly string[] = [],
  pinned: Record<string, string> = {},
): Record<string, string> {
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
  return { ...all, ...pinned };
}

/** What a process sees of those variables and the pinned ones, for the report's fingerprint. */
export function observedDeterminismVariables(env: NodeJS.ProcessEnv): Record<string, string | null> {
  return Object.fromEntries([...DETERMINISM_VARIABLES, ...PINNED_VARIABLES].map((name) => [name, env[name] ?? null]));
}

/** x86 features for which TensorFlow turns oneDNN on by default on Linux (its DefaultOneDnnPolicy). */
const ONEDNN_CPU_FEATURES = ['avx512_vnni', 'avx512_bf16', 'avx_vnni', 'amx_tile', 'amx_int8', 'amx_bf16'];

/**
 * TensorFlow's default for TF_ENABLE_ONEDNN_OPTS (tensorflow/core/util/port.cc, DefaultOneDnnPolicy):
 * on Linux, on only for CPUs with neural-network features (AVX512_VNNI, AVX512_BF16, AVX_VNNI, AMX;
 * Arm's Neoverse V1), as since TensorFlow 2.9; on Windows x86-64 on (TensorFlow 2.15 and later;
 * off before); elsewhere off.
 */
export function tensorflowOneDnnDefault(host: CpuHost): boolean {
  if (host.platform === 'linux') return ONEDNN_CPU_FEATURES.some((flag) => host.flags.includes(flag)) || host.armNeoverseV1;
  return host.platform === 'win32' && host.arch === 'x64';
}

/** TensorFlow's reading of a boolean variable: 0, false, 1, true in any case; anything else (or unset) is null: its default. */
export function tensorflowBoolean(value: string | undefined): boolean | null {
  const text = value?.trim().toLowerCase();
  if (text === '1' || text === 'true') return true;
  if (text === '0' || text === 'false') return false;
  return null;
}

/** TF_ENABLE_ONEDNN_OPTS as the runner sets it, else TensorFlow's default on this host, as '1' or '0'. */
export function pinnedVariables(inherited: NodeJS.ProcessEnv, host: CpuHost): Record<string, string> {
  const runner = inherited.TF_ENABLE_ONEDNN_OPTS;
  return { TF_ENABLE_ONEDNN_OPTS: runner !== undefined && runner.trim() !== '' ? runner : tensorflowOneDnnDefault(host) ? '1' : '0' };
}

/** Whether TensorFlow runs its oneDNN kernels in a process with this environment (its IsMklEnabled). */
export function oneDnnEnabled(env: NodeJS.ProcessEnv, host: CpuHost, builtWithOneDnn: boolean): boolean {
  return builtWithOneDnn && (tensorflowBoolean(env.TF_ENABLE_ONEDNN_OPTS) ?? tensorflowOneDnnDefault(host));
}

/**
 * The thread pools TensorFlow sizes for the eager context (process_util.cc): TF_NUM_INTRAOP_THREADS
 * and TF_NUM_INTEROP_THREADS where they are positive whole numbers, else one thread per processor
 * the process may run on.
 */
export function tensorflowThreadPools(env: NodeJS.ProcessEnv, processors: number): { intraOp: number; interOp: number } {
  const pool = (value: string | undefined) => {
    const number = /^\s*\d+\s*$/.test(value ?? '') ? Number(value) : 0;
    return number > 0 ? number : processors;
  };
  return { intraOp: pool(env.TF_NUM_INTRAOP_THREADS), interOp: pool(env.TF_NUM_INTEROP_THREADS) };
}

/**
 * LD_LIBRARY_PATH for a training process whose native candidates need library folders of their own
 * (provision/: pip's CUDA libraries beside a Python TensorFlow), ahead of the runner's; {} when none do.
 */
export function nativeLibraryEnvironment(libraryPaths: readonly (readonly string[] | undefined)[], inherited: NodeJS.ProcessEnv): Record<string, string> {
  const dirs = [...new Set(libraryPaths.flatMap((paths) => paths ?? []))];
  if (dirs.length === 0) return {};
  return { LD_LIBRARY_PATH: [...dirs, ...(inherited.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean)].join(':') };
}
