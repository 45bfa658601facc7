// What one run produced: its folds, its fingerprint and its trace (runs/ writes it, comparison/ reads it).

import { type BackendName, type NativePackage } from './backend.js';
import { type VaryFactor } from './settings.js';

/**
 * Digests of a model's variables at one point of one fold's training: what the divergence
 * locator compares across runs (comparison/divergence.ts). A command writes the same as JSON
 * Lines to $TF_REPRO_TRACE (comparison/trace-file.ts).
 */
export interface TraceCheckpoint {
  fold: number;
  /** 0: after initialisation, before any step; N >= 1: in or at the end of epoch N (1-based). */
  epoch: number;
  /** 1-based batch of the epoch, after its step; null: the end of the epoch (or initialisation). */
  batch: number | null;
  /**
   * Variable name → digest (SHA-256 hex of its float32 bytes for our own training; any string
   * from a command), in the model's order. A trace line without a variable gives the name
   * WHOLE_MODEL.
   */
  digests: Record<string, string>;
  /** The validation loss at the end of an epoch, where known: the report's chart. */
  valLoss?: number | null;
  /**
   * The rank (process) of a distributed run that wrote it (trace format 2); absent: a run of one
   * process. Runs are compared rank by rank; the ranks of one run with each other unless sharded.
   */
  rank?: number;
  /** Sharded training (FSDP/ZeRO): the ranks hold different parts of the model, compared across runs only. */
  sharded?: true;
  /**
   * SHA-256 hex of the inputs and labels the step took (docs/trace-format.md, `input_sha256`): after
   * a batch, that batch's; at the end of an epoch, of the epoch's batch digests in order. Absent
   * where not recorded (initialisation, a command that gives none). Tells data from computation.
   */
  inputSha256?: string;
}

/** How a command's run was distributed: the launcher its command line names, the world size, the backend it reported. */
export interface DistributedRun {
  /** 'torchrun' (also `python -m torch.distributed.run`), or null where the command names none (a launcher script). */
  launcher: 'torchrun' | null;
  /** Processes in the run: from the launcher's arguments (nproc-per-node × nnodes), else as the command reported it, else the ranks that traced; null where unknown. */
  worldSize: number | null;
  /** The collective backend the command reported ("gloo", "nccl"), null where it reported none. */
  backend: string | null;
}

/** The variable name of a trace line that names none: a digest of the whole model. */
export const WHOLE_MODEL = '(model)';

/** A training process's report at the end of each epoch. */
export interface EpochProgress {
  fold: number;
  epoch: number;
  epochs: number;
  loss: number;
  valLoss: number | null;
  valAccuracy: number | null;
}

/** One fold's outcome inside one run. */
export interface FoldResult {
  fold: number;
  /** Metric name → value, e.g. { loss, accuracy }. */
  metrics: Record<string, number>;
  /** SHA-256 of the fold's final weights as float32 bytes, in layer order; null when unknown. */
  weightsSha256: string | null;
  trainSeconds: number | null;
  /** The GPU whose process trained this fold, e.g. "GPU 1 (NVIDIA A10G)"; absent when not pinned. */
  device?: string | null;
}

/** What the training process saw of its environment, for the report's fingerprint. */
export interface EnvironmentFingerprint {
  node: string;
  platform: string;
  cpuModel: string;
  cpuCount: number;
  tfjsVersion: string;
  backend: BackendName;
  backendVersion: string;
  /** e.g. "simd", "threaded-simd" for wasm. */
  backendDetail: string;
  threads: number;
  /** The determinism variables as the training process saw them; null where unset. */
  determinismVariables: Record<string, string | null>;
  /** The native backend's libtensorflow, as its binding reports it; null elsewhere. */
  libtensorflowVersion?: string | null;
  /**
   * TensorFlow's oneDNN CPU kernels as the process ran them: a library built with them, and
   * TF_ENABLE_ONEDNN_OPTS (which the determinism settings pin) or else TensorFlow's default (on
   * Linux, on for CPUs with AVX512_VNNI, AVX512_BF16, AVX_VNNI or AMX); null where TensorFlow is not the backend.
   */
  oneDnn?: boolean | null;
  /** The GPU a process was pinned to; null when not pinned. */
  cudaVisibleDevices?: string | null;
  /** Where the native backend's libtensorflow came from, and how this check got its package; null elsewhere. */
  nativePackage?: NativePackage | null;
  /** The thread pools TensorFlow sized (TF_NUM_INTRAOP_THREADS, TF_NUM_INTEROP_THREADS, else one per processor); null elsewhere. */
  tensorflowThreads?: { intraOp: number; interOp: number } | null;
  /** TensorFlow listed a GPU and runs its ops there; null where TensorFlow is not the backend. */
  gpuDevice?: boolean | null;
  /** What the preflight found on the machine (nvidia-smi, the CUDA and cuDNN libraries). */
  gpus?: { index: number; name: string; driverVersion: string; memoryTotalMiB: number | null }[];
  cudaVersion?: string | null;
  cudnnVersion?: string | null;
}

/**
 * What a command's run got, for the report's fingerprint. tf-repro does not see inside a command:
 * this is the machine, the determinism variables the run was given, and the Python and framework
 * versions the command itself wrote to $TF_REPRO_ENVIRONMENT (comparison/fingerprint.ts reads them).
 */
export interface CommandFingerprint extends NoTrainingFields {
  kind: 'command';
  platform: string;
  cpuModel: string;
  cpuCount: number;
  /** The processors the command may run on (os.availableParallelism: the CPU affinity where the OS has one). */
  visibleCpus: number;
  /** The framework's determinism variables as the run got them; null where unset. */
  determinismVariables: Record<string, string | null>;
  /** Python's version, as the command wrote it; null where it wrote none. */
  python: string | null;
  /** Package name → version (tensorflow, torch, jax, numpy…), as the command wrote them; empty where it wrote none. */
  frameworks: Record<string, string>;
  /**
   * In report.json's `environment` only: the run's `distributed` (RunResult), which report/build.ts
   * copies there so that the environment table, merge's warning and `across` read it as one more
   * field of the fingerprint. Absent: one process.
   */
  distributed?: DistributedRun;
}

/** What only a training process reports, absent from a command's fingerprint: `env.backend` reads as undefined there. */
type NoTrainingFields = { [K in Exclude<keyof EnvironmentFingerprint, 'platform' | 'cpuModel' | 'cpuCount' | 'determinismVariables'>]?: never };

/** A run's fingerprint: its training process's, or what its command got. */
export type RunFingerprint = EnvironmentFingerprint | CommandFingerprint;

/** 'stopped': cut short on purpose, by fail-fast after a divergence elsewhere; what it finished is kept. */
export type RunStatus = 'ok' | 'failed' | 'stopped';

/** How a varied run (`vary`) differed from the control runs: each factor it changed, in words ("TZ=Asia/Kathmandu (UTC+05:45)"). */
export type RunVariation = Partial<Record<VaryFactor, string>>;

/**
 * What a run is for. 'control': a repeat of the check, the runs the verdict compares (every run
 * today); 'varied': a run under varied conditions; 'negative-control': a run with another seed,
 * which must differ. Only control runs decide the verdict and trigger fail-fast; a run of another
 * role is compared with the controls apart (comparison/run-roles.ts).
 */
export const RUN_ROLES = ['control', 'varied', 'negative-control'] as const;

export type RunRole = (typeof RUN_ROLES)[number];

export interface RunResult {
  /** 1-based, as shown to users. */
  run: number;
  role: RunRole;
  status: RunStatus;
  /** One line, for a failed run. */
  error: string | null;
  startedAt: string;
  /**
   * Wall time of the processes that trained this run, added up (start-up included). With
   * `parallel` > 1 a run's folds may train in several processes at once, so this is what the run
   * costs on its own, not the span from its start to its end; the report's own durationSeconds
   * is the check's wall time.
   */
  durationSeconds: number;
  folds: FoldResult[];
  environment: RunFingerprint | null;
  warnings: string[];
  /** Command mode: each artifact this run wrote, path → SHA-256. */
  artifacts?: Record<string, string>;
  /** The run's checkpoints, in the order they were recorded; absent where nothing was traced. */
  trace?: TraceCheckpoint[];
  /**
   * Training runs: whether every training step of every fold took the default CNN's fused wasm
   * step (training/fused-step.ts), false where any went through tfjs's ops (another model or
   * backend, TF_REPRO_FUSED_STEP=off, or a fallback its warnings name). Not part of the
   * environment's fingerprint: both paths give bitwise the same numbers. Absent in command mode
   * and before a fold ends.
   */
  fusedStep?: boolean;
  /** A varied run (`vary`): which conditions it changed, and how. Absent: a control run. */
  variation?: RunVariation;
  /** Command mode: a run of several processes (a launcher, or ranks in its trace); absent: one process. */
  distributed?: DistributedRun;
  /**
   * Where the run's processes ran (runs/placement.ts), one entry per process in the order they
   * started: the slot (0-based) among those side by side, the folds it trained (null: a command
   * run whole) and the CUDA_VISIBLE_DEVICES it got (null: left as the runner had it). Absent in
   * reports written before it, and for result files.
   */
  placement?: ProcessPlacement[];
}

export interface ProcessPlacement {
  slot: number;
  folds: number[] | null;
  cudaVisibleDevices: string | null;
}
