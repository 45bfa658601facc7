// The environment a training command gets: the determinism variables of its framework, and
// tf-repro's own TF_REPRO_* variables that tell the command its seed, its run and where to write
// its metrics and its trace. Pure.
import type { Framework } from '../contracts/settings.js';
import type { CpuHost } from '../util/cpu-host.js';
import { determinismEnvironment, pinnedVariables } from './environment.js';

const XLA_DETERMINISTIC = '--xla_gpu_deterministic_ops=true';

/**
 * The framework's determinism variables (none without `deterministic`: unpinned runs), less those
 * in `off` (diagnose switches them off one at a time). `inherited` is the environment the command
 * would otherwise get: XLA_FLAGS already there are kept, with the deterministic flag added, and
 * its TF_ENABLE_ONEDNN_OPTS is the one TensorFlow's gets (else TensorFlow's default on `host`).
 */
export function frameworkEnvironment(
  framework: Framework,
  deterministic: boolean,
  threads: number,
  inherited: NodeJS.ProcessEnv = {},
  off: readonly string[] = [],
  host: CpuHost = NO_CPU_FEATURES,
): Record<string, string> {
  if (!deterministic) return {};
  const all = presetVariables(framework, threads, inherited, host);
  for (const name of off) delete all[name];
  return all;
}

/**
 * The preset's variables that act only on a GPU, each with what reads it: on a runner without a GPU
 * switching one off changes nothing, so diagnose does not try it there and says why. Unverified by
 * this project's tests, which have no GPU (docs/distributed.md, docs/gpu-runners.md).
 */
export const GPU_ONLY_VARIABLES: Readonly<Record<string, string>> = {
  CUBLAS_WORKSPACE_CONFIG: 'cuBLAS reads it',
  TF_CUDNN_DETERMINISTIC: 'cuDNN reads it',
  NCCL_ALGO: "NCCL, the GPUs' collectives, reads it; gloo on CPUs does not",
};

/** A host whose CPU TensorFlow turns oneDNN on for nowhere: where the caller only needs the names. */
const NO_CPU_FEATURES: CpuHost = { platform: 'linux', arch: 'x64', flags: [], armNeoverseV1: false };

function presetVariables(framework: Framework, threads: number, inherited: NodeJS.ProcessEnv, host: CpuHost): Record<string, string> {
  switch (framework) {
    case 'tensorflow':
      return determinismEnvironment(true, threads, [], pinnedVariables(inherited, host));
    case 'pytorch':
      // cuBLAS needs a fixed workspace for deterministic results (torch.use_deterministic_algorithms says so).
      // NCCL picks its all-reduce algorithm (Ring, Tree, NVLS...) by message size and topology, and each
      // sums in another order: Ring's order is fixed by the topology, so NVIDIA Megatron-LM's deterministic
      // mode sets NCCL_ALGO=Ring (docs/distributed.md). gloo, PyTorch's CPU backend, does not read it.
      return { CUBLAS_WORKSPACE_CONFIG: ':4096:8', NCCL_ALGO: 'Ring', PYTHONHASHSEED: '0', OMP_NUM_THREADS: String(threads) };
    case 'jax': {
      const flags = inherited['XLA_FLAGS']?.trim() ?? '';
      return { XLA_FLAGS: flags.includes(XLA_DETERMINISTIC) ? flags : `${flags} ${XLA_DETERMINISTIC}`.trim(), PYTHONHASHSEED: '0' };
    }
    case 'none':
      return {};
  }
}

/**
 * TF_REPRO_SEED, TF_REPRO_RUN (1-based, as the report numbers runs), TF_REPRO_METRICS,
 * TF_REPRO_TRACE (where the run may write its checkpoints' digests, comparison/trace-file.ts) and
 * TF_REPRO_ENVIRONMENT (where it may write its Python and framework versions, comparison/fingerprint.ts).
 */
export function reproVariables(seed: number, run: number, metricsPath: string, tracePath: string, environmentPath: string): Record<string, string> {
  return {
    TF_REPRO_SEED: String(seed),
    TF_REPRO_RUN: String(run),
    TF_REPRO_METRICS: metricsPath,
    TF_REPRO_TRACE: tracePath,
    TF_REPRO_ENVIRONMENT: environmentPath,
  };
}
