// Real training on a small subset, each run a fresh process: what the check's verdict rests on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import type { Report } from '../../src/contracts/report.js';
import type { RunResult, TraceCheckpoint } from '../../src/contracts/run-result.js';
import type { CheckSettings, SeedingPart } from '../../src/contracts/settings.js';
import { runCheck } from '../../src/engine/check.js';
import { trainingSettings } from '../../src/engine/training-source.js';
import { trainRuns } from '../../src/runs/training-processes.js';
import { builtEntry, repoRoot } from '../support/paths.js';
import { checkSettings } from '../support/settings.js';

const small: CheckSettings = checkSettings({ folds: 2, epochs: 2, batchSize: 32, seed: 3, samples: 800, backend: 'wasm', parallel: 1 });

test('deterministic runs in fresh processes give identical metrics and weights', async () => {
  const report = await runCheck(small, { entryScript: builtEntry });
  assert.equal(report.verdict, 'reproducible', report.summary);
  assert.equal(report.runs.length, 2);
  for (const run of report.runs) {
    assert.equal(run.status, 'ok');
    assert.equal(run.folds.length, 2);
    assert.equal(run.environment?.backend, 'wasm');
    assert.equal(run.fusedStep, true, 'the default CNN on wasm took the fused step');
    assert.deepEqual(run.warnings, []);
    assert.equal(run.environment?.determinismVariables.TF_DETERMINISTIC_OPS, '1');
    assert.equal(run.environment?.determinismVariables.OMP_NUM_THREADS, '1');
  }
  const [first, second] = report.runs;
  assert.deepEqual(
    second.folds.map((f) => f.metrics),
    first.folds.map((f) => f.metrics),
  );
  assert.deepEqual(
    second.folds.map((f) => f.weightsSha256),
    first.folds.map((f) => f.weightsSha256),
  );
  // The two folds trained different data: a digest that ignored the weights would pass above.
  assert.notEqual(first.folds[0].weightsSha256, first.folds[1].weightsSha256);
  assert.equal(report.variance, 0);
  assert.equal(report.maxAbsDiff, 0);
  // It learned something: 10 classes at chance would be 0.1.
  for (const fold of first.folds) assert.ok(fold.metrics.accuracy > 0.2, `accuracy ${fold.metrics.accuracy}`);
});

test("TF_REPRO_FUSED_STEP=off trains through tfjs, says so per run, and gives bitwise the fused runs' numbers", async () => {
  const settings = { ...small, epochs: 1 };
  const fused = await runCheck(settings, { entryScript: builtEntry });
  process.env.TF_REPRO_FUSED_STEP = 'off';
  let tfjs: Report;
  try {
    tfjs = await runCheck(settings, { entryScript: builtEntry });
  } finally {
    delete process.env.TF_REPRO_FUSED_STEP;
  }
  assert.deepEqual(
    [fused, tfjs].map((report) => report.runs.map((run) => [run.status, run.fusedStep, run.warnings])),
    [
      [
        ['ok', true, []],
        ['ok', true, []],
      ],
      [
        ['ok', false, []],
        ['ok', false, []],
      ],
    ],
  );
  assert.deepEqual(
    tfjs.runs[0]?.folds.map((f) => [f.metrics, f.weightsSha256]),
    fused.runs[0]?.folds.map((f) => [f.metrics, f.weightsSha256]),
  );
  // Not an environment difference: the fingerprint of both is the same backend, detail and all.
  assert.equal(tfjs.runs[0]?.environment?.backendDetail, fused.runs[0]?.environment?.backendDetail);
});

test('a different seed gives different numbers', async () => {
  const [a, b] = await Promise.all([
    runCheck({ ...small, runs: 2, folds: 2 }, { entryScript: builtEntry }),
    runCheck({ ...small, seed: 4 }, { entryScript: builtEntry }),
  ]);
  assert.notEqual(a.runs[0].folds[0].weightsSha256, b.runs[0].folds[0].weightsSha256);
});

test('without the determinism settings the runs differ and the verdict says so', async () => {
  const report = await runCheck({ ...small, deterministic: false, failFast: false }, { entryScript: builtEntry });
  assert.equal(report.verdict, 'not-reproducible', report.summary);
  assert.ok((report.maxAbsDiff ?? 0) > 0);
  assert.ok((report.variance ?? 0) > 0);
  assert.notEqual(report.runs[0].folds[0].weightsSha256, report.runs[1].folds[0].weightsSha256);
  assert.equal(report.runs[0].environment?.determinismVariables.TF_DETERMINISTIC_OPS, process.env.TF_DETERMINISTIC_OPS ?? null);
  assert.deepEqual(report.comparison.mismatchedFolds, [0, 1]);
});

/** The first checkpoint (by epoch) where the two runs' variables differ, with those variables; null: they never do. */
function firstParting(runs: RunResult[]): { epoch: number; variables: string[] } | null {
  assert.deepEqual(
    runs.map((run) => run.status),
    ['ok', 'ok'],
  );
  const [a, b] = runs.map((run) => run.trace ?? []) as [TraceCheckpoint[], TraceCheckpoint[]];
  assert.equal(a.length, b.length);
  for (let i = 0; i < a.length; i++) {
    const variables = Object.keys(a[i].digests).filter((name) => a[i].digests[name] !== b[i].digests[name]);
    if (variables.length > 0) return { epoch: a[i].epoch, variables };
  }
  return null;
}

/** Two fresh processes of fold 0, one epoch, with `unseeded` left off. */
const withPartOff = (unseeded: SeedingPart[], model?: string) =>
  trainRuns(
    { ...trainingSettings(small), epochs: 1, samples: 600, onlyFolds: [0], unseeded, ...(model ? { model } : {}) },
    { entryScript: builtEntry, logDir: null, workers: 2, backends: [{ backend: 'wasm' }] },
  );

test('each seeding left off alone makes fresh runs part where it acts; Math.random alone does not for the default model', async () => {
  const initializers = firstParting(await withPartOff(['initializers']));
  assert.deepEqual(initializers, { epoch: 0, variables: ['conv2d/kernel', 'conv2d_1/kernel', 'dense/kernel', 'dense_1/kernel'] });
  for (const part of ['shuffle', 'dropout'] as const) assert.equal(firstParting(await withPartOff([part]))?.epoch, 1, part);
  // Nothing in the default model's training draws from Math.random: left unseeded, the runs still agree.
  const mathRandom = await withPartOff(['math-random']);
  assert.equal(firstParting(mathRandom), null);
  assert.equal(mathRandom[0].folds[0].weightsSha256, mathRandom[1].folds[0].weightsSha256);
});

test("a user model's filled seeds left off: initializers part at initialisation, dropout in the first epoch", async () => {
  const mlp = join(repoRoot, 'test', 'fixtures', 'models', 'mlp.mjs');
  assert.deepEqual(firstParting(await withPartOff(['initializers'], mlp)), { epoch: 0, variables: ['dense/kernel', 'dense_1/kernel'] });
  assert.equal(firstParting(await withPartOff(['dropout'], mlp))?.epoch, 1);
  assert.equal(firstParting(await withPartOff([], mlp)), null);
});
