// Hand-built reports for the renderers' tests: runs with chosen metrics, compared and put into a
// report by the real comparison and report builder.
import { createHash } from 'node:crypto';
import type { BaselineSource } from '../../src/contracts/drift.js';
import type { CostComparison, Diagnosis, Report } from '../../src/contracts/report.js';
import { WHOLE_MODEL, type CommandFingerprint, type EnvironmentFingerprint, type RunResult, type TraceCheckpoint } from '../../src/contracts/run-result.js';
import type { CheckSettings } from '../../src/contracts/settings.js';
import { compareArtifacts } from '../../src/comparison/artifacts.js';
import { compareRuns } from '../../src/comparison/compare.js';
import { compareWithBaseline, type BaselineReport } from '../../src/comparison/drift.js';
import { negativeControlOutcome, negativeControlWarning } from '../../src/comparison/negative-control.js';
import { concludeCheck } from '../../src/engine/conclude.js';
import { buildAcrossReport, type LegReport } from '../../src/report/across.js';
import { buildReport } from '../../src/report/build.js';

export const environment: EnvironmentFingerprint = {
  node: 'v24.1.0',
  platform: 'linux x64',
  cpuModel: 'AMD EPYC 7763 64-Core Processor',
  cpuCount: 4,
  tfjsVersion: '4.22.0',
  backend: 'wasm',
  backendVersion: '4.22.0',
  backendDetail: 'simd',
  threads: 1,
  determinismVariables: { TF_DETERMINISTIC_OPS: '1', TF_CUDNN_DETERMINISTIC: '1', PYTHONHASHSEED: '0' },
};

export interface ReportShape {
  runs?: number;
  folds?: number;
  /** Metric names; values are derived from the fold. */
  metrics?: string[];
  /** Makes run 2 differ in this fold. */
  differingFold?: number | null;
  /** Makes the last run fail after its first fold, with this error. */
  failure?: string | null;
  errors?: string[];
  warnings?: string[];
  /** Over the settings below. */
  settings?: Partial<CheckSettings>;
  /** What every run's training process saw; `environment` above unless given. */
  environment?: EnvironmentFingerprint;
}

export function makeReport({
  runs = 2,
  folds = 3,
  metrics = ['loss', 'accuracy'],
  differingFold = null,
  failure = null,
  errors = [],
  warnings = [],
  settings = {},
  environment: seen = environment,
}: ReportShape = {}): Report {
  const results: RunResult[] = Array.from({ length: runs }, (_, r) => {
    const failed = failure !== null && r === runs - 1;
    return {
      run: r + 1,
      role: 'control',
      status: failed ? 'failed' : 'ok',
      error: failed ? failure : null,
      startedAt: '2025-01-01T00:00:00.000Z',
      durationSeconds: 3.5,
      folds: Array.from({ length: failed ? 1 : folds }, (_, f) => ({
        fold: f + 1,
        metrics: Object.fromEntries(metrics.map((name, m) => [name, 0.1 + f / 1000 + m / 7 + (r === 1 && differingFold === f + 1 ? 1e-6 : 0)])),
        weightsSha256: `sha-${f}${r === 1 && differingFold === f + 1 ? '-other' : ''}`,
        trainSeconds: 1.25,
      })),
      environment: seen,
      warnings: [],
    };
  });
  const all = {
    runs,
    folds,
    epochs: 1,
    batchSize: 50,
    validationSplit: 0.2,
    seed: 0,
    samples: 300,
    deterministic: true,
    backend: 'wasm' as const,
    threads: 1,
    dataset: null,
    tolerance: 0,
    failOnMismatch: true,
    reportDir: null,
    ...settings,
  };
  return buildReport({
    settings: all,
    source: 'default workload on the embedded MNIST digits',
    runs: results,
    comparison: compareRuns(results, 0),
    durationSeconds: 7.25,
    warnings,
    errors,
  });
}

export interface ExperimentShape {
  runs: number;
  folds: number;
  /** false: the runs fall into groups that differ, as unpinned runs (without determinism) do. */
  reproducible: boolean;
  /** The comparison's tolerance; 0: bitwise. */
  tolerance?: number;
}

/** A seeded stream of numbers in [0, 1) (mulberry32): the same fixture on every machine. */
function stream(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * How the runs of a not-reproducible check split, fold after fold (runs counted from 1): the
 * issue's example, all agreeing, every run alone, odd and even, one run out. Folds beyond these
 * take them again. Two runs either agree or not.
 */
function splitOf(fold: number, runs: number): number[][] {
  const all = Array.from({ length: runs }, (_, r) => r + 1);
  if (runs < 10) return fold % 2 === 0 ? [all.filter((r) => r % 2 === 1), all.filter((r) => r % 2 === 0)].filter((g) => g.length > 0) : [all];
  const patterns = [
    [[1, 2, 3, 4, 6], [5], all.filter((r) => r >= 7)],
    [all],
    all.map((r) => [r]),
    [all.filter((r) => r % 2 === 1), all.filter((r) => r % 2 === 0)],
    [all.slice(0, -1), all.slice(-1)],
  ];
  return patterns[fold % patterns.length] as number[][];
}

/**
 * A check as the experiment makes one: the default CNN on 1,000 validation digits a fold, loss
 * about 0.04 to 0.35 and accuracy a multiple of 1/1000, each a float32 read as a double, as
 * training reports them. Reproducible: every run gives the same numbers and weights. Not: in each
 * fold the runs fall into groups (splitOf), each with its own loss, weights and, now and then,
 * accuracy.
 */
export function makeExperimentReport({ runs, folds, reproducible, tolerance = 0 }: ExperimentShape): Report {
  const random = stream(runs * 1_000 + folds);
  const perFold = Array.from({ length: folds }, (_, f) => {
    const groups = reproducible ? [Array.from({ length: runs }, (_, r) => r + 1)] : splitOf(f, runs);
    const loss = 0.04 + 0.31 * random();
    const correct = 870 + Math.floor(120 * random());
    const byRun = new Map<number, { loss: number; accuracy: number; digest: string }>();
    groups.forEach((group, g) => {
      const shifted = g === 0 ? 0 : (random() - 0.5) * 2e-3;
      const accuracyShift = g === 0 ? 0 : Math.floor(random() * 3) - 1;
      const values = {
        loss: Math.fround(loss + shifted),
        accuracy: Math.fround((correct + accuracyShift) / 1_000),
        digest: createHash('sha256').update(`fold ${f} group ${g}`).digest('hex'),
      };
      for (const run of group) byRun.set(run, values);
    });
    return byRun;
  });
  const results: RunResult[] = Array.from({ length: runs }, (_, r) => ({
    run: r + 1,
    role: 'control',
    status: 'ok',
    error: null,
    startedAt: '2025-01-01T00:00:00.000Z',
    durationSeconds: 40 + Math.round(200 * random()) / 10,
    folds: perFold.map((byRun, f) => {
      const values = byRun.get(r + 1) as { loss: number; accuracy: number; digest: string };
      return { fold: f + 1, metrics: { loss: values.loss, accuracy: values.accuracy }, weightsSha256: values.digest, trainSeconds: 4.5 };
    }),
    environment,
    warnings: [],
  }));
  const settings = {
    runs,
    folds,
    epochs: 2,
    batchSize: 64,
    validationSplit: 0.1,
    seed: 42,
    samples: 0,
    deterministic: reproducible,
    backend: 'wasm' as const,
    threads: 1,
    dataset: null,
    tolerance,
    failOnMismatch: true,
    reportDir: null,
    parallel: 'auto' as const,
  };
  return buildReport({
    settings,
    source: 'default workload on the embedded MNIST digits',
    runs: results,
    comparison: compareRuns(results, tolerance),
    durationSeconds: 95.5,
    warnings: [],
    errors: [],
  });
}

/** What a training process on a GPU runner sees: the native backend, pinned to one GPU. */
export const gpuEnvironment: EnvironmentFingerprint = {
  ...environment,
  backend: 'tensorflow',
  backendDetail: 'tfjs-node-gpu',
  determinismVariables: { ...environment.determinismVariables, TF_ENABLE_ONEDNN_OPTS: '1' },
  libtensorflowVersion: '2.9.1',
  oneDnn: true,
  cudaVisibleDevices: '0',
  nativePackage: {
    obtained: 'cached',
    seconds: 0,
    dir: '/opt/hostedtoolcache/tensorflow-tfjs-node-gpu/4.22.0/x64',
    libtensorflowSource: "the download by @tensorflow/tfjs-node-gpu's install (libtensorflow 2.9.1)",
    oneDnnBuiltIn: true,
  },
  tensorflowThreads: { intraOp: 1, interOp: 1 },
  gpuDevice: true,
  gpus: [{ index: 0, name: 'NVIDIA A10G', driverVersion: '550.54.15', memoryTotalMiB: 23028 }],
  cudaVersion: '11.2',
  cudnnVersion: '8.1.0',
};

/** What a command's run got, and the versions it wrote to $TF_REPRO_ENVIRONMENT. */
export const commandEnvironment: CommandFingerprint = {
  kind: 'command',
  platform: 'linux x64',
  cpuModel: 'AMD EPYC 7763 64-Core Processor',
  cpuCount: 4,
  visibleCpus: 4,
  determinismVariables: { TF_DETERMINISTIC_OPS: '1', PYTHONHASHSEED: '0' },
  python: '3.12.3',
  frameworks: { tensorflow: '2.16.1', numpy: '1.26.4' },
};

export interface CommandReportShape {
  /** Makes run 2 write different bytes to this artifact. */
  differingArtifact?: string | null;
  /** Fail-fast stops run 2 in this fold, where it parts from run 1, before it wrote any metrics. */
  stoppedAt?: number | null;
  /** Each run traced this many checkpoints, the same in every run (a whole-model digest per epoch end of fold 0). */
  tracedCheckpoints?: number;
  /** A negative control run (run 3, seed 1) that gave the control runs' numbers ('same') or others ('differs'). */
  negativeControl?: 'same' | 'differs';
}

/**
 * A command check of 2 runs × 3 folds (0-based, as a metrics file numbers them) that wrote two
 * artifacts, put together by the engine's own last step.
 */
export function makeCommandReport({ differingArtifact = null, stoppedAt = null, tracedCheckpoints = 0, negativeControl }: CommandReportShape = {}): Report {
  const artifactPaths = ['out/predictions.csv', 'out/weights.bin'];
  const runs: RunResult[] = [1, 2].map((run) => ({
    run,
    role: 'control',
    status: 'ok',
    error: null,
    startedAt: '2025-01-01T00:00:00.000Z',
    durationSeconds: 12.5 + run,
    folds: [0, 1, 2].map((fold) => ({ fold, metrics: { loss: 0.25 + fold / 100, accuracy: 0.875 - fold / 100 }, weightsSha256: null, trainSeconds: null })),
    environment: commandEnvironment,
    warnings: [],
    artifacts: Object.fromEntries(
      artifactPaths.map((path, i) => [path, `${(path === differingArtifact && run === 2 ? 'f' : String(i + 1)).repeat(12)}aa${'0'.repeat(50)}`]),
    ),
    ...(tracedCheckpoints > 0
      ? {
          trace: Array.from({ length: tracedCheckpoints }, (_, i) => ({
            fold: 0,
            epoch: i + 1,
            batch: null,
            digests: { [WHOLE_MODEL]: sha256(`epoch ${i + 1}`) },
          })),
        }
      : {}),
  }));
  const negative =
    negativeControl === undefined
      ? undefined
      : negativeControlOutcome(
          {
            ...runs[0]!,
            run: 3,
            role: 'negative-control',
            folds: runs[0]!.folds.map((fold) => ({
              ...fold,
              metrics: { ...fold.metrics, accuracy: fold.metrics.accuracy! + (negativeControl === 'same' ? 0 : 0.0625) },
            })),
          },
          runs[0]!,
          1,
        );
  const command = {
    command: 'python train.py --epochs 2',
    workingDirectory: 'examples/keras',
    framework: 'tensorflow' as const,
    metricsFile: 'metrics.json',
    timeoutMinutes: 30,
    artifacts: ['out/**'],
  };
  if (stoppedAt !== null) {
    // A command that writes its metrics at the end, each epoch traced: run 2's clock-seeded shuffle
    // parts from run 1 at fold `stoppedAt`, epoch 2, and fail-fast stops it there, before it wrote any.
    const digest = (run: number, fold: number, epoch: number) => sha256(`${fold}/${epoch}${fold === stoppedAt && epoch >= 2 ? `/run ${run}` : ''}`);
    const traceUpTo = (run: number, lastFold: number, lastEpoch: number): TraceCheckpoint[] =>
      [0, 1, 2].flatMap((fold) =>
        [0, 1, 2, 3]
          .filter((epoch) => fold < lastFold || (fold === lastFold && epoch <= lastEpoch))
          .map((epoch) => ({ fold, epoch, batch: null, digests: { 'dense/kernel': digest(run, fold, epoch), 'dense/bias': digest(run, fold, epoch) } })),
      );
    runs[0] = { ...(runs[0] as RunResult), artifacts: undefined, trace: traceUpTo(1, 2, 3) };
    runs[1] = { ...(runs[1] as RunResult), status: 'stopped', folds: [], artifacts: undefined, durationSeconds: 5.7, trace: traceUpTo(2, stoppedAt, 2) };
  }
  return concludeCheck({
    settings: {
      runs: 2,
      seed: 0,
      deterministic: true,
      threads: 1,
      tolerance: 0,
      failOnMismatch: true,
      reportDir: '/tmp/report',
      command,
      ...(stoppedAt === null ? {} : { failFast: true }),
    },
    tolerance: 0,
    source: 'command `python train.py --epochs 2` in /work/examples/keras',
    runs,
    durationSeconds: 27.75,
    warnings: negative ? [negativeControlWarning(negative)].filter((warning) => warning !== null) : [],
    ...(negative ? { negativeControl: negative } : {}),
    ...(stoppedAt === null ? { artifacts: compareArtifacts(runs.map((run) => run.artifacts ?? null)) } : {}),
    ...(stoppedAt === null ? {} : { work: { trainedEpochs: 15, plannedEpochs: 18, stoppedEarly: true } }),
    command: {
      command: command.command,
      workingDirectory: '/work/examples/keras',
      framework: 'tensorflow',
      variables: {
        TF_DETERMINISTIC_OPS: '1',
        PYTHONHASHSEED: '0',
        TF_REPRO_SEED: '0',
      },
      // What is each run's own (runs/command-runs.ts splitRunVariables).
      runVariables: runs.map((run) => ({ TF_REPRO_RUN: String(run.run), TF_REPRO_METRICS: `/tmp/report/metrics/run-${run.run}.metrics` })),
      logs: ['logs/run-1.stdout.log', 'logs/run-1.stderr.log', 'logs/run-2.stdout.log', 'logs/run-2.stderr.log'],
    },
  });
}

/**
 * Fail-fast stopped every run in fold 0 before any finished it (the default workload, parallel):
 * no fold was finished by two runs, so nothing is measured.
 */
export function makeUnmeasuredReport(): Report {
  const traced = makeTracedReport();
  const runs = traced.runs.map((run) => ({ ...run, folds: [], durationSeconds: 9.5 }));
  const comparison = compareRuns(runs, 0, { divergence: traced.divergence });
  return {
    ...traced,
    runs,
    comparison,
    verdict: comparison.verdict,
    summary: comparison.summary,
    variance: comparison.variance,
    maxAbsDiff: comparison.maxAbsDiff,
    notMeasured: comparison.notMeasured,
  };
}

/** The report with what changes from one check to the next pinned: when it was made, the tool's version. */
export function pinned(report: Report): Report {
  return { ...report, createdAt: '2025-01-01T00:01:00.000Z', tool: { ...report.tool, version: '0.0.0-golden' } };
}

/** The variables of the default CNN as a trace names them, in the model's order. */
export const TRACED_VARIABLES = ['conv2d/kernel', 'conv2d/bias', 'conv2d_1/kernel', 'conv2d_1/bias', 'dense/kernel', 'dense/bias'];

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export interface TracedShape {
  runs?: number;
  folds?: number;
  epochs?: number;
  /** Where `run` parts from run 1: from the end of `epoch` of `fold` on, its weights and loss differ; null: every run agrees. */
  parting?: { run: number; fold: number; epoch: number } | null;
  /** Fail-fast: the runs stop after the fold where they part. */
  failFast?: boolean;
  /** The two runs' input digests where they part (input_sha256): the data, or the computation. */
  inputs?: 'same' | 'differ';
}

/**
 * A check whose runs recorded a trace (a digest of each variable after initialisation and after
 * every epoch, with the validation loss), compared by the real comparison. Where `parting` says,
 * one run parts from the others in conv2d_1 first; the report carries the divergence and the work
 * done as the engine gives them.
 */
export function makeTracedReport({
  runs = 3,
  folds = 10,
  epochs = 3,
  parting = { run: 2, fold: 0, epoch: 3 },
  failFast = true,
  inputs,
}: TracedShape = {}): Report {
  const trainedFolds = failFast && parting !== null ? parting.fold + 1 : folds;
  const parted = (run: number, fold: number, epoch: number) =>
    parting !== null && run === parting.run && (fold > parting.fold || (fold === parting.fold && epoch >= parting.epoch));
  const results: RunResult[] = Array.from({ length: runs }, (_, r) => {
    const run = r + 1;
    const trace: TraceCheckpoint[] = [];
    const foldResults: RunResult['folds'] = [];
    for (let fold = 0; fold < trainedFolds; fold++) {
      for (let epoch = 0; epoch <= epochs; epoch++) {
        const apart = parted(run, fold, epoch);
        // conv2d_1 parts first; where the parting epoch is the one before, everything has.
        const partedAt = (variable: string) => apart && (variable.startsWith('conv2d_1/') || parted(run, fold, epoch - 1));
        const digests = Object.fromEntries(TRACED_VARIABLES.map((v) => [v, sha256(`${fold}/${epoch}/${v}${partedAt(v) ? `/run ${run}` : ''}`)]));
        const loss = 0.9 / (epoch + 1) + fold / 100 + (apart ? 3.1e-6 * (1 + epoch) : 0);
        trace.push({ fold, epoch, batch: null, digests, ...(epoch === 0 ? {} : { valLoss: Math.fround(loss) }) });
      }
      const apart = parted(run, fold, epochs);
      foldResults.push({
        fold,
        metrics: { loss: Math.fround(0.3 / epochs + fold / 100 + (apart ? 2.4e-6 : 0)), accuracy: Math.fround((900 + fold - (apart ? 1 : 0)) / 1000) },
        weightsSha256: sha256(`${fold}${apart ? `/run ${run}` : ''}`),
        trainSeconds: 4.5,
      });
    }
    return {
      run,
      role: 'control',
      status: failFast && parting !== null && trainedFolds < folds ? 'stopped' : 'ok',
      error: null,
      startedAt: '2025-01-01T00:00:00.000Z',
      durationSeconds: 14.5 * trainedFolds,
      folds: foldResults,
      environment,
      warnings: [],
      trace,
    };
  });
  const report = buildReport({
    settings: {
      runs,
      folds,
      epochs,
      batchSize: 64,
      validationSplit: 0.1,
      seed: 42,
      samples: 0,
      deterministic: true,
      backend: 'wasm',
      threads: 1,
      dataset: null,
      tolerance: 0,
      failOnMismatch: true,
      reportDir: null,
      parallel: 'auto',
      failFast,
    },
    source: 'default workload on the embedded MNIST digits',
    runs: results,
    comparison: compareRuns(results, 0),
    durationSeconds: 61.25,
  });
  report.divergence =
    parting === null
      ? null
      : {
          runs: [1, parting.run],
          fold: parting.fold,
          stage: 'epoch',
          epoch: parting.epoch,
          batch: 37,
          variables: ['conv2d_1/kernel', 'conv2d_1/bias'],
          narrowing: { status: 'found', detail: '', seconds: 9.75 },
          ...(inputs ? { inputs } : {}),
        };
  report.work = { trainedEpochs: runs * trainedFolds * epochs, plannedEpochs: runs * folds * epochs, stoppedEarly: trainedFolds < folds };
  return report;
}

/** `compare-nondeterministic`: the experiment's own numbers, the settings needed and sufficient. */
export const experimentCost: CostComparison = {
  with: { runs: 2, verdict: 'reproducible', variance: 0, maxAbsDiff: 0, secondsPerRun: 1037, divergence: null },
  without: {
    runs: 2,
    verdict: 'not-reproducible',
    variance: 6.694e-7,
    maxAbsDiff: 2.9e-3,
    secondsPerRun: 825,
    divergence: { runs: [1, 2], fold: 0, stage: 'init', epoch: 0, batch: null, variables: ['conv2d/kernel', 'conv2d_1/kernel', 'dense/kernel'] },
  },
  overhead: 1037 / 825,
  case: 'needed-and-sufficient',
  explanation: 'without the settings the runs part at initialisation, with them every run agrees: the settings are needed on this runner, and they are enough',
};

/** `diagnose` on a runner where the shuffle's seed and one variable matter, within a budget that ran out. */
export const exampleDiagnosis: Diagnosis = {
  configuration: '2 runs of fold 0, 1 epoch, 1,000 images',
  baseline: {
    seconds: 21.5,
    verdict: 'not-reproducible',
    divergence: { runs: [1, 2], fold: 0, stage: 'init', epoch: 0, batch: null, variables: ['conv2d/kernel'] },
  },
  settings: [
    {
      name: 'TF_DETERMINISTIC_OPS',
      kind: 'variable',
      finding: 'necessary',
      seconds: 20.25,
      divergence: { runs: [1, 2], fold: 0, stage: 'epoch', epoch: 1, batch: 3, variables: ['dense/kernel'] },
      detail: '',
    },
    { name: 'TF_CUDNN_DETERMINISTIC', kind: 'variable', finding: 'not-needed', seconds: 19.5, divergence: null, detail: '' },
    { name: 'threads', kind: 'threads', finding: 'not-needed', seconds: 12.75, divergence: null, detail: '' },
    {
      name: 'shuffle',
      kind: 'seeding',
      finding: 'necessary',
      seconds: 20.5,
      divergence: { runs: [1, 2], fold: 0, stage: 'epoch', epoch: 1, batch: 1, variables: ['conv2d/kernel'] },
      detail: '',
    },
    { name: 'dropout', kind: 'seeding', finding: 'failed', seconds: 2.5, divergence: null, detail: 'the trial exited with code 1: out of memory' },
    { name: 'math-random', kind: 'seeding', finding: 'not-tried', seconds: null, divergence: null, detail: 'the budget ran out' },
  ],
  fastest: { off: ['TF_CUDNN_DETERMINISTIC', 'threads'], seconds: 11.25, reproducible: true, allOnSeconds: 21 },
  budgetMinutes: 2,
  spentSeconds: 118.25,
  notes: ['math-random was not tried: the budget of 2 minutes ran out', 'dropout could not be tried: its trial failed (out of memory)'],
};

/** A reproducible check of 2 runs × 3 folds with the cost table (`compare-nondeterministic`). */
export function makeCostReport(): Report {
  const report = makeTracedReport({ runs: 2, folds: 3, epochs: 2, parting: null, failFast: true });
  report.settings.compareNondeterministic = true;
  report.cost = experimentCost;
  return report;
}

/** A reproducible check of 2 runs × 3 folds with a diagnosis (`diagnose`). */
export function makeDiagnosisReport(): Report {
  const report = makeTracedReport({ runs: 2, folds: 3, epochs: 2, parting: null, failFast: true });
  report.settings.diagnose = true;
  report.settings.diagnoseBudgetMinutes = 2;
  report.diagnosis = exampleDiagnosis;
  return report;
}

/**
 * A leg of `across` as engine/across.ts reads one: `makeReport`'s check (2 runs × 3 folds), under
 * `label`, its runs' fingerprint `seen`; `bump`, a fold (1-based) whose loss this leg gives otherwise.
 */
function acrossLeg(label: string, seen: EnvironmentFingerprint, bump: number | null = null): LegReport {
  const report = makeReport({ environment: seen });
  if (bump !== null)
    for (const run of report.runs) for (const fold of run.folds) if (fold.fold === bump) fold.metrics.loss = (fold.metrics.loss as number) + 1e-6;
  return {
    file: `reports/${label}/report.json`,
    label,
    verdict: report.verdict,
    summary: report.summary,
    tolerance: 0,
    toolVersion: '0.0.0-golden',
    durationSeconds: report.durationSeconds,
    settings: report.settings,
    runs: report.runs,
    environment: seen,
    errors: [],
  };
}

/** `across` of three legs: two alike, the third on a GPU runner, whose fold 2 differs; `identical`: all three alike. */
export function makeAcrossReport({ identical = false }: { identical?: boolean } = {}): Report {
  const legs = identical
    ? [acrossLeg('ubuntu-latest', environment), acrossLeg('ubuntu-24.04', environment)]
    : [acrossLeg('ubuntu-latest', environment), acrossLeg('ubuntu-24.04', environment), acrossLeg('gpu-runner', gpuEnvironment, 2)];
  return buildAcrossReport(legs, { failOnCrossRunnerDifference: !identical });
}

/** A baseline found as main's last run's artifact. */
export const mainBaseline: Extract<BaselineSource, { kind: 'run' }> = {
  kind: 'run',
  branch: 'main',
  artifact: 'tf-repro-report',
  runId: 42,
  url: 'https://github.com/octo-org/octo-repo/actions/runs/42',
  commit: '0123456789abcdef0123456789abcdef01234567',
};

/** A check against a baseline from main: `changed`, the baseline's fold 2 had another loss and other weights; else none finished. */
export function makeDriftReport({ changed = true }: { changed?: boolean } = {}): Report {
  // A fixed version on both sides: the goldens stay as they are when tf-repro's version changes.
  const built = makeReport();
  const report = { ...built, tool: { ...built.tool, version: '0.0.0-golden' } };
  const runs = structuredClone(report.runs);
  for (const run of runs) {
    for (const fold of run.folds) {
      if (fold.fold !== 2) continue;
      fold.metrics.loss = (fold.metrics.loss as number) - 0.015625;
      fold.weightsSha256 = 'sha-baseline';
    }
  }
  const baseline: BaselineReport = {
    settings: { ...report.settings, epochs: 2 },
    runs: changed ? runs : [],
    createdAt: '2024-12-31T00:00:00.000Z',
    toolVersion: report.tool.version,
    verdict: 'reproducible',
  };
  return { ...report, drift: compareWithBaseline(report, baseline, mainBaseline, 0) };
}
