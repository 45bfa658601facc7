// Real training on a small subset, each run a fresh process: what the check's verdict rests on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckSettings } from '../../src/contracts.js';
import { runCheck } from '../../src/engine/check.js';
import { builtEntry } from '../support/paths.js';
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

test('a different seed gives different numbers', async () => {
  const [a, b] = await Promise.all([
    runCheck({ ...small, runs: 2, folds: 2 }, { entryScript: builtEntry }),
    runCheck({ ...small, seed: 4 }, { entryScript: builtEntry }),
  ]);
  assert.notEqual(a.runs[0].folds[0].weightsSha256, b.runs[0].folds[0].weightsSha256);
});

test('without the determinism settings the runs differ and the verdict says so', async () => {
  const report = await runCheck({ ...small, deterministic: false }, { entryScript: builtEntry });
  assert.equal(report.verdict, 'not-reproducible', report.summary);
  assert.ok(report.maxAbsDiff > 0);
  assert.ok(report.variance > 0);
  assert.notEqual(report.runs[0].folds[0].weightsSha256, report.runs[1].folds[0].weightsSha256);
  assert.equal(report.runs[0].environment?.determinismVariables.TF_DETERMINISTIC_OPS, process.env.TF_DETERMINISTIC_OPS ?? null);
  assert.deepEqual(report.comparison.mismatchedFolds, [0, 1]);
});
