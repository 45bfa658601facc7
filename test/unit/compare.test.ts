import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Divergence } from '../../src/contracts/report.js';
import type { FoldResult, RunResult, RunStatus } from '../../src/contracts/run-result.js';
import { compareRuns } from '../../src/comparison/compare.js';
import { experimentRunsToRunResults, experimentTotalSeconds, parseExperimentText } from '../../src/comparison/experiment-format.js';

// A results file as the published experiment writes it: 3 runs × 10 folds, float32 metrics
// printed by Python. Run 2 is identical to run 1; run 3 differs by ~1e-4 in folds 2, 5 and 7.
// Generated once with numpy (float32 values, printed with repr(float(x))).
const FIXTURE = `20200917-232830
0 0.06173431873321533 0.9851194620132446
1 0.04556234925985336 0.9780905842781067
2 0.06522852182388306 0.9827620983123779
3 0.06198731064796448 0.9796321988105774
4 0.06892821937799454 0.9891670346260071
5 0.038730841130018234 0.991142988204956
6 0.051161471754312515 0.9895882606506348
7 0.07349517196416855 0.9843761920928955
8 0.06670375168323517 0.9792917966842651
9 0.06438595801591873 0.9806376099586487

20200917-235312
0 0.06173431873321533 0.9851194620132446
1 0.04556234925985336 0.9780905842781067
2 0.06522852182388306 0.9827620983123779
3 0.06198731064796448 0.9796321988105774
4 0.06892821937799454 0.9891670346260071
5 0.038730841130018234 0.991142988204956
6 0.051161471754312515 0.9895882606506348
7 0.07349517196416855 0.9843761920928955
8 0.06670375168323517 0.9792917966842651
9 0.06438595801591873 0.9806376099586487

20200918-001755
0 0.06173431873321533 0.9851194620132446
1 0.04556234925985336 0.9780905842781067
2 0.06535851955413818 0.9826620817184448
3 0.06198731064796448 0.9796321988105774
4 0.06892821937799454 0.9891670346260071
5 0.03852084279060364 0.9914429783821106
6 0.051161471754312515 0.9895882606506348
7 0.07356517016887665 0.9843761920928955
8 0.06670375168323517 0.9792917966842651
9 0.06438595801591873 0.9806376099586487
`;

function fixtureRuns(): RunResult[] {
  const p = parseExperimentText(FIXTURE, 'fixture.txt');
  if (!p.ok) throw new Error(p.error);
  return experimentRunsToRunResults(p.value, 'fixture.txt');
}

function close(actual: number | null, expected: number, rel = 1e-12): void {
  assert.ok(actual !== null, 'measured');
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `expected ${expected}, got ${actual}`);
}

function fold(i: number, loss: number, accuracy: number, digest: string | null = null): FoldResult {
  return { fold: i, metrics: { loss, accuracy }, weightsSha256: digest, trainSeconds: 1 };
}

function run(n: number, folds: FoldResult[], status: RunStatus = 'ok', error: string | null = null): RunResult {
  return { run: n, role: 'control', status, error, startedAt: '2020-09-17T14:15:30.000Z', durationSeconds: 1, folds, environment: null, warnings: [] };
}

test('fixture: variance, largest difference and total time match numpy', () => {
  const runs = fixtureRuns();
  const c = compareRuns(runs, 0);
  // python3/numpy: res = np.array(rows).reshape(3, 10, 3); v = np.var(res, axis=0)
  //   v[:, 1:].mean() -> 1.8432876282435828e-09 (same as the exact Fraction result)
  close(c.variance, 1.8432876282435828e-9);
  // python3/numpy: (res.max(0) - res.min(0))[:, 1:].max() -> 0.000299990177154541 (accuracy, fold 5)
  assert.equal(c.maxAbsDiff, 0.000299990177154541);
  // python3/numpy: v[2, 1] -> 3.7554244158855e-09, v[5, 2] -> 1.999869030871398e-08
  close(c.folds[2]?.metrics['loss']?.variance ?? NaN, 3.7554244158855e-9);
  close(c.folds[5]?.metrics['accuracy']?.variance ?? NaN, 1.999869030871398e-8);
  // python3: max - min per fold, exact subtraction
  assert.equal(c.folds[2]?.metrics['loss']?.maxAbsDiff, 0.00012999773025512695);
  assert.equal(c.folds[7]?.metrics['loss']?.maxAbsDiff, 6.999820470809937e-5);
  assert.equal(c.folds[7]?.metrics['accuracy']?.maxAbsDiff, 0);
  // python3: datetime gaps 1482.0 + 1483.0
  assert.equal(experimentTotalSeconds(['20200917-232830', '20200917-235312', '20200918-001755']), 2965);
  assert.equal(
    runs.reduce((s, r) => s + r.durationSeconds, 0),
    2965,
  );

  assert.equal(c.verdict, 'not-reproducible');
  assert.deepEqual(c.mismatchedFolds, [2, 5, 7]);
  assert.deepEqual(c.metricNames, ['loss', 'accuracy']);
  assert.equal(c.folds.length, 10);
  assert.equal(c.folds[0]?.weightsIdentical, null);
  assert.equal(c.summary, 'Not reproducible: folds 2, 5, 7 differ; largest difference 3e-4 in accuracy (fold 5).');
  assert.deepEqual(c.folds[5]?.metrics['accuracy']?.values, [0.991142988204956, 0.991142988204956, 0.9914429783821106]);
});

test('fixture: identical runs are reproducible with variance exactly 0', () => {
  const c = compareRuns(fixtureRuns().slice(0, 2), 0);
  assert.equal(c.verdict, 'reproducible');
  assert.equal(c.variance, 0); // numpy: np.var(res[:2], axis=0)[:, 1:].mean() -> 0.0
  assert.equal(c.maxAbsDiff, 0);
  assert.deepEqual(c.mismatchedFolds, []);
  assert.match(
    c.summary,
    /^Reproducible: 2 runs × 10 folds gave bitwise-identical metrics \(weights not compared: no run wrote a trace; see docs\/trace-format\.md/,
  );
});

test('fixture: a tolerance above the largest difference makes it reproducible', () => {
  const runs = fixtureRuns();
  assert.equal(compareRuns(runs, 3e-4).verdict, 'reproducible');
  assert.equal(compareRuns(runs, 2.9e-4).verdict, 'not-reproducible');
  assert.deepEqual(compareRuns(runs, 2.9e-4).mismatchedFolds, [5]);
});

test('two values: variance and difference against numpy', () => {
  const c = compareRuns([run(1, [fold(0, 0.0512, 0.98)]), run(2, [fold(0, 0.0513, 0.98)])], 0);
  // python3/numpy: np.var([0.0512, 0.0513]) -> 2.499999999999796e-09; 0.0513 - 0.0512 -> 9.999999999999593e-05
  close(c.folds[0]?.metrics['loss']?.variance ?? NaN, 2.499999999999796e-9);
  assert.equal(c.maxAbsDiff, 9.999999999999593e-5);
  // mean over (loss, accuracy) of the variances
  close(c.variance, 2.499999999999796e-9 / 2);
  assert.equal(compareRuns([run(1, [fold(0, 0.0512, 0.98)]), run(2, [fold(0, 0.0513, 0.98)])], 1e-4).verdict, 'reproducible');
});

test('NaN: NaN in the same place matches; NaN against a number is an infinite difference', () => {
  const same = compareRuns([run(1, [fold(0, NaN, 0.1, 'aa')]), run(2, [fold(0, NaN, 0.1, 'aa')])], 0);
  assert.equal(same.verdict, 'reproducible');
  assert.equal(same.folds[0]?.metrics['loss']?.maxAbsDiff, 0);
  assert.equal(same.folds[0]?.metrics['loss']?.variance, 0);
  assert.equal(same.summary, 'Reproducible: 2 runs × 1 fold: metrics and final weights of 1 fold, all bitwise identical.');

  const mixed = compareRuns([run(1, [fold(0, NaN, 0.1)]), run(2, [fold(0, 0.5, 0.1)])], 1e6);
  assert.equal(mixed.verdict, 'not-reproducible');
  assert.equal(mixed.folds[0]?.metrics['loss']?.maxAbsDiff, Infinity);
  assert.equal(mixed.folds[0]?.metrics['loss']?.matches, false);
  assert.equal(mixed.maxAbsDiff, Infinity);
  assert.ok(Number.isNaN(mixed.folds[0]?.metrics['loss']?.variance));
  assert.match(mixed.summary, /^Not reproducible: fold 0 differs; largest difference infinite .* in loss \(fold 0\)\.$/);
});

test('digests: differing weights with equal metrics fail at tolerance 0 only', () => {
  const runs = [run(1, [fold(0, 0.05, 0.98, 'aa'), fold(1, 0.06, 0.97, 'cc')]), run(2, [fold(0, 0.05, 0.98, 'aa'), fold(1, 0.06, 0.97, 'dd')])];
  const strict = compareRuns(runs, 0);
  assert.equal(strict.verdict, 'not-reproducible');
  assert.deepEqual(strict.mismatchedFolds, [1]);
  assert.equal(strict.folds[0]?.weightsIdentical, true);
  assert.equal(strict.folds[1]?.weightsIdentical, false);
  assert.equal(strict.folds[1]?.metrics['loss']?.matches, true);
  assert.equal(strict.summary, 'Not reproducible: hidden non-determinism: metrics agree but the weights differ in fold 1.');

  const loose = compareRuns(runs, 1e-9);
  assert.equal(loose.verdict, 'reproducible');
  assert.deepEqual(loose.mismatchedFolds, []);
  assert.match(loose.summary, /^Reproducible: .*within tolerance 1e-9.*; weights differ in fold 1 although metrics match\.$/);
});

test('digests: unknown in any run gives weightsIdentical null', () => {
  const c = compareRuns([run(1, [fold(0, 0.05, 0.98, 'aa')]), run(2, [fold(0, 0.05, 0.98, null)])], 0);
  assert.equal(c.folds[0]?.weightsIdentical, null);
  assert.equal(c.verdict, 'reproducible');
});

test('a fold missing from one run makes the verdict error, other folds still compared', () => {
  const c = compareRuns([run(1, [fold(0, 0.05, 0.98), fold(1, 0.06, 0.97)]), run(2, [fold(0, 0.05, 0.98)])], 0);
  assert.equal(c.verdict, 'error');
  assert.deepEqual(
    c.folds.map((f) => f.fold),
    [0, 1],
  );
  assert.equal(c.folds[0]?.matches, true);
  assert.equal(c.folds[1]?.matches, false);
  assert.deepEqual(c.folds[1]?.metrics['loss']?.values, [0.06, null]);
  // One run's value measures no spread: not measured in that fold, never a 0 that reads as "identical".
  assert.equal(c.folds[1]?.metrics['loss']?.variance, null);
  assert.equal(c.folds[1]?.metrics['loss']?.maxAbsDiff, null);
  assert.equal(c.variance, 0, 'fold 0, which both runs finished, is measured');
  assert.equal(c.notMeasured, null);
  assert.deepEqual(c.mismatchedFolds, [1]);
  assert.match(c.summary, /^Error: fold 1 is missing from run 2/);
});

test('a missing metric makes the verdict error', () => {
  const partial: FoldResult = { fold: 0, metrics: { loss: 0.05 }, weightsSha256: null, trainSeconds: null };
  const c = compareRuns([run(1, [fold(0, 0.05, 0.98)]), run(2, [partial])], 0);
  assert.equal(c.verdict, 'error');
  assert.equal(c.folds[0]?.metrics['loss']?.matches, true);
  assert.equal(c.folds[0]?.metrics['accuracy']?.matches, false);
  assert.match(c.summary, /accuracy of fold 0 is missing from run 2/);
});

test('a failed run: error verdict, folds of finished runs kept and compared', () => {
  const runs = [run(1, [fold(0, 0.05, 0.98), fold(1, 0.06, 0.97)]), run(2, [], 'failed', 'out of memory'), run(3, [fold(0, 0.05, 0.98), fold(1, 0.06, 0.97)])];
  const c = compareRuns(runs, 0);
  assert.equal(c.verdict, 'error');
  assert.equal(c.summary, "Error: run 2 failed (out of memory); finished runs' results are kept.");
  // values line up with the runs; the crashed run that reached no fold does not take part
  assert.deepEqual(c.folds[0]?.metrics['loss']?.values, [0.05, null, 0.05]);
  assert.equal(c.folds[0]?.matches, true);
  assert.deepEqual(c.mismatchedFolds, []);
});

test('a run that failed part-way takes part; the folds it missed do not match', () => {
  const runs = [run(1, [fold(0, 0.05, 0.98), fold(1, 0.06, 0.97)]), run(2, [fold(0, 0.05, 0.98)], 'failed', 'killed')];
  const c = compareRuns(runs, 0);
  assert.equal(c.verdict, 'error');
  assert.equal(c.folds[0]?.matches, true);
  assert.deepEqual(c.mismatchedFolds, [1]);
  assert.match(c.summary, /^Error: run 2 failed \(killed\); fold 1 is missing from run 2/);
});

test('fewer than two runs with results is an error', () => {
  const one = compareRuns([run(1, [fold(0, 0.05, 0.98)])], 0);
  assert.equal(one.verdict, 'error');
  assert.match(one.summary, /only 1 run produced results/);
  assert.equal(one.folds[0]?.matches, false);
  assert.deepEqual([one.variance, one.maxAbsDiff, one.notMeasured], [null, null, 'only run 1 has fold results']);

  const none = compareRuns([], 0);
  assert.equal(none.verdict, 'error');
  assert.deepEqual([none.variance, none.maxAbsDiff, none.notMeasured], [null, null, 'no run has fold results']);
  assert.deepEqual(none.folds, []);

  const failed = compareRuns([run(1, [fold(0, 0.05, 0.98)]), run(2, [], 'failed', 'exited with code 1')], 0);
  assert.deepEqual([failed.variance, failed.maxAbsDiff, failed.notMeasured], [null, null, 'run 2 failed; only run 1 has fold results']);
});

test('metric names: union in first-seen order; fold indices sorted', () => {
  const a: FoldResult = { fold: 3, metrics: { mae: 1, loss: 2 }, weightsSha256: null, trainSeconds: null };
  const b: FoldResult = { fold: 1, metrics: { loss: 2, mae: 1, r2: 0.5 }, weightsSha256: null, trainSeconds: null };
  const c = compareRuns([run(1, [a, b]), run(2, [b, a])], 0);
  assert.deepEqual(c.metricNames, ['mae', 'loss', 'r2']);
  assert.deepEqual(
    c.folds.map((f) => f.fold),
    [1, 3],
  );
  assert.equal(c.verdict, 'error'); // r2 is missing from fold 3
});

// ---- Hidden non-determinism, divergences and runs that fail-fast stopped ----

const parting: Divergence = { runs: [1, 2], fold: 0, stage: 'epoch', epoch: 2, batch: null, variables: ['dense/kernel'] };

test('hidden non-determinism: metrics agree bitwise but the weights differ; the divergence is named when known', () => {
  const runs = [
    run(1, [fold(0, 0.05, 0.98, 'aa'), fold(1, 0.06, 0.97, 'cc'), fold(2, 0.07, 0.96, 'ee')]),
    run(2, [fold(0, 0.05, 0.98, 'bb'), fold(1, 0.06, 0.97, 'cc'), fold(2, 0.07, 0.96, 'ff')]),
  ];
  const c = compareRuns(runs, 0, { divergence: parting });
  assert.equal(c.verdict, 'not-reproducible');
  assert.deepEqual(c.mismatchedFolds, [0, 2]);
  assert.equal(
    c.summary,
    'Not reproducible: hidden non-determinism: metrics agree but the weights differ in folds 0, 2; runs 1 and 2 part at fold 0, epoch 2; first in dense/kernel.',
  );
});

test('hidden non-determinism: metrics and final weights agree but the trace parts, at tolerance 0 only', () => {
  const runs = [run(1, [fold(0, 0.05, 0.98, 'aa')]), run(2, [fold(0, 0.05, 0.98, 'aa')])];
  const strict = compareRuns(runs, 0, { divergence: parting });
  assert.equal(strict.verdict, 'not-reproducible');
  assert.deepEqual(strict.mismatchedFolds, [], 'every fold matches: only the trace differs');
  assert.equal(
    strict.summary,
    'Not reproducible: hidden non-determinism: metrics and final weights agree but runs 1 and 2 part at fold 0, epoch 2; first in dense/kernel.',
  );
  const unknownWeights = compareRuns([run(1, [fold(0, 0.05, 0.98)]), run(2, [fold(0, 0.05, 0.98)])], 0, { divergence: parting });
  assert.match(unknownWeights.summary, /^Not reproducible: hidden non-determinism: metrics agree but runs 1 and 2 part/);

  // At a tolerance the trace alone changes nothing.
  const loose = compareRuns(runs, 1e-9, { divergence: parting });
  assert.equal(loose.verdict, 'reproducible');
  assert.equal(loose.summary, compareRuns(runs, 1e-9).summary);
  // Nor does a divergence of null, nor leaving it out.
  assert.deepEqual(compareRuns(runs, 0, { divergence: null }), compareRuns(runs, 0));
  assert.equal(compareRuns(runs, 0).verdict, 'reproducible');
});

test('metrics that differ are not hidden: the usual sentence, the weights-only folds after it', () => {
  const runs = [run(1, [fold(0, 0.05, 0.98, 'aa'), fold(1, 0.06, 0.97, 'cc')]), run(2, [fold(0, 0.05, 0.99, 'bb'), fold(1, 0.06, 0.97, 'dd')])];
  const c = compareRuns(runs, 0, { divergence: parting });
  assert.equal(c.summary, 'Not reproducible: fold 0 differs; largest difference 1e-2 in accuracy (fold 0); weights differ in fold 1 although metrics match.');
});

test('runs that fail-fast stopped: not failures, the verdict not-reproducible, the summary leads with the divergence', () => {
  // Runs 1 and 2 finished fold 0 and part in fold 1; run 3 was stopped before any fold ended.
  const runs = [run(1, [fold(0, 0.05, 0.98, 'aa')], 'stopped'), run(2, [fold(0, 0.05, 0.98, 'aa')], 'stopped'), run(3, [], 'stopped')];
  const divergence: Divergence = { ...parting, fold: 1, epoch: 1 };
  const c = compareRuns(runs, 0, { divergence });
  assert.equal(c.verdict, 'not-reproducible');
  assert.equal(
    c.summary,
    'Not reproducible: runs 1 and 2 part at fold 1, epoch 1; first in dense/kernel; fail-fast then stopped runs 1, 2, 3, so the folds they did not finish are not compared.',
  );
  assert.deepEqual(
    c.folds.map((f) => f.fold),
    [0],
  );
  assert.equal(c.folds[0]?.matches, true);
  assert.deepEqual(c.folds[0]?.metrics['loss']?.values, [0.05, 0.05, null]);
  assert.deepEqual(c.mismatchedFolds, []);
});

test('stopped before any fold ended: the divergence alone gives the verdict', () => {
  const runs = [run(1, [], 'stopped'), run(2, [], 'stopped')];
  const c = compareRuns(runs, 0, { divergence: parting });
  assert.equal(c.verdict, 'not-reproducible');
  assert.deepEqual(c.folds, []);
  // Nothing measured: null, with the reason from what happened, never 0.
  assert.deepEqual([c.variance, c.maxAbsDiff, c.notMeasured], [null, null, 'fail-fast stopped runs 1, 2 before finishing a fold']);
  assert.match(c.summary, /^Not reproducible: runs 1 and 2 part at fold 0, epoch 2; first in dense\/kernel; fail-fast then stopped runs 1, 2/);
  // Traced, the fold each was stopped in.
  const at = (fold: number) => [{ fold, epoch: 1, batch: null, digests: {}, valLoss: null }];
  const traced = compareRuns(
    [
      { ...run(1, [], 'stopped'), trace: at(0) },
      { ...run(2, [], 'stopped'), trace: at(0) },
    ],
    0,
    { divergence: parting },
  );
  assert.equal(traced.notMeasured, 'fail-fast stopped runs 1, 2 at fold 0');
  const apart = compareRuns([run(1, [fold(0, 0.05, 0.98), fold(1, 0.06, 0.97)]), { ...run(2, [], 'stopped'), trace: at(1) }], 0, { divergence: parting });
  assert.equal(apart.notMeasured, 'fail-fast stopped run 2 at fold 1; only run 1 has fold results');
});

test('stopped runs: a fold only one run finished is left out; a fold two finished is compared over them', () => {
  const runs = [
    run(1, [fold(0, 0.05, 0.98), fold(1, 0.06, 0.97), fold(2, 0.07, 0.96)]),
    run(2, [fold(0, 0.05, 0.98), fold(1, 0.06, 0.975)], 'stopped'),
    run(3, [fold(0, 0.05, 0.98)], 'stopped'),
  ];
  const c = compareRuns(runs, 0);
  assert.equal(c.verdict, 'not-reproducible');
  assert.deepEqual(
    c.folds.map((f) => f.fold),
    [0, 1],
  );
  assert.deepEqual(c.mismatchedFolds, [1]);
  assert.deepEqual(c.folds[1]?.metrics['accuracy']?.values, [0.97, 0.975, null]);
  // The variance is over fold 0, the one every run finished; the largest difference is wherever it is.
  assert.equal(c.variance, 0);
  close(c.maxAbsDiff, 0.005, 1e-9);
  assert.equal(
    c.summary,
    'Not reproducible: fold 1 differs; largest difference 5e-3 in accuracy (fold 1); fail-fast then stopped runs 2, 3, so the folds they did not finish are not compared.',
  );
});

test('stopped runs and nothing that differs: an error, never reproducible', () => {
  const runs = [run(1, [fold(0, 0.05, 0.98), fold(1, 0.06, 0.97)]), run(2, [fold(0, 0.05, 0.98)], 'stopped')];
  const c = compareRuns(runs, 0);
  assert.equal(c.verdict, 'error');
  assert.equal(c.summary, "Error: run 2 was stopped early, yet nothing that finished differs: the rest is not compared; finished runs' results are kept.");
});

test('stopped runs at a tolerance: a divergence in the weights alone is no difference, so no verdict', () => {
  const runs = [run(1, [fold(0, 0.05, 0.98)], 'stopped'), run(2, [fold(0, 0.05, 0.98)], 'stopped')];
  const c = compareRuns(runs, 1e-6, { divergence: parting });
  assert.equal(c.verdict, 'error');
  assert.equal(
    c.summary,
    "Error: runs 1, 2 were stopped early at a difference in the weights that tolerance 0.000001 allows (runs 1 and 2 part at fold 0, epoch 2; first in dense/kernel), and nothing that finished differs beyond it: set fail-fast to false to train everything; finished runs' results are kept.",
  );
  // A metric beyond the tolerance is a difference as ever.
  const beyond = compareRuns([run(1, [fold(0, 0.05, 0.98)], 'stopped'), run(2, [fold(0, 0.06, 0.98)], 'stopped')], 1e-6, { divergence: parting });
  assert.equal(beyond.verdict, 'not-reproducible');
  assert.match(
    beyond.summary,
    /^Not reproducible: runs 1 and 2 part at fold 0, epoch 2; first in dense\/kernel; fold 0 differs; largest difference 1e-2 in loss \(fold 0\); fail-fast/,
  );
});

test('a failed run beside stopped ones is still an error, and the failure is what the summary names', () => {
  const runs = [run(1, [fold(0, 0.05, 0.98)], 'stopped'), run(2, [fold(0, 0.06, 0.98)], 'failed', 'out of memory'), run(3, [], 'stopped')];
  const c = compareRuns(runs, 0, { divergence: parting });
  assert.equal(c.verdict, 'error');
  assert.equal(c.summary, "Error: run 2 failed (out of memory); finished runs' results are kept.");
});

test('a stopped run that finished a fold but lacks a metric there: that is missing, an error', () => {
  const partial: FoldResult = { fold: 0, metrics: { loss: 0.05 }, weightsSha256: null, trainSeconds: null };
  const c = compareRuns([run(1, [fold(0, 0.05, 0.98)]), run(2, [partial], 'stopped')], 0, { divergence: parting });
  assert.equal(c.verdict, 'error');
  assert.match(c.summary, /accuracy of fold 0 is missing from run 2/);
});
