// Hand-built reports for the renderers' tests: runs with chosen metrics, compared and put into a
// report by the real comparison and report builder.
import type { EnvironmentFingerprint, Report, RunResult } from '../../src/contracts.js';
import { compareRuns } from '../../src/comparison/compare.js';
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
  errors?: string[];
  warnings?: string[];
}

export function makeReport({ runs = 2, folds = 3, metrics = ['loss', 'accuracy'], differingFold = null, errors = [], warnings = [] }: ReportShape = {}): Report {
  const results: RunResult[] = Array.from({ length: runs }, (_, r) => ({
    run: r + 1,
    status: 'ok',
    error: null,
    startedAt: '2025-01-01T00:00:00.000Z',
    durationSeconds: 3.5,
    folds: Array.from({ length: folds }, (_, f) => ({
      fold: f + 1,
      metrics: Object.fromEntries(metrics.map((name, m) => [name, 0.1 + f / 1000 + m / 7 + (r === 1 && differingFold === f + 1 ? 1e-6 : 0)])),
      weightsSha256: `sha-${f}${r === 1 && differingFold === f + 1 ? '-other' : ''}`,
      trainSeconds: 1.25,
    })),
    environment,
    warnings: [],
  }));
  const settings = { runs, folds, epochs: 1, batchSize: 50, validationSplit: 0.2, seed: 0, samples: 300, deterministic: true, backend: 'wasm' as const, threads: 1, dataset: null, tolerance: 0, failOnMismatch: true, reportDir: null };
  return buildReport({ settings, source: 'default workload on the embedded MNIST digits', runs: results, comparison: compareRuns(results, 0), durationSeconds: 7.25, warnings, errors });
}
