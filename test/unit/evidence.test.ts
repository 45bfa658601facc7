// What a verdict rests on (issue 22, parts 3 and 9): the evidence counted by the comparison, the
// comparator's self-test, and the negative control's outcome against a control run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WHOLE_MODEL, type FoldResult, type RunResult, type TraceCheckpoint } from '../../src/contracts/run-result.js';
import { compareRuns, restsOn } from '../../src/comparison/compare.js';
import { comparatorMisses, selfTestError } from '../../src/comparison/self-test.js';
import { negativeControlOutcome, negativeControlSeed, negativeControlSentence, negativeControlWarning } from '../../src/comparison/negative-control.js';

const fold = (index: number, accuracy: number, weights: string | null = null): FoldResult => ({
  fold: index,
  metrics: { loss: 0.5, accuracy },
  weightsSha256: weights,
  trainSeconds: null,
});
const checkpoint = (epoch: number): TraceCheckpoint => ({ fold: 0, epoch, batch: null, digests: { [WHOLE_MODEL]: `digest ${epoch}` } });
const run = (number: number, folds: FoldResult[], trace?: TraceCheckpoint[]): RunResult => ({
  run: number,
  role: 'control',
  status: 'ok',
  error: null,
  startedAt: '2025-01-01T00:00:00.000Z',
  durationSeconds: 1,
  folds,
  environment: null,
  warnings: [],
  ...(trace ? { trace } : {}),
});

test('a command with metrics only: the verdict says the weights were not compared, and how to get them compared', () => {
  const c = compareRuns([run(1, [fold(0, 0.9), fold(1, 0.8)]), run(2, [fold(0, 0.9), fold(1, 0.8)])], 0);
  assert.deepEqual(c.evidence, { metricFolds: 2, weightFolds: 0, tracedCheckpoints: 0 });
  assert.equal(
    c.summary,
    'Reproducible: 2 runs × 2 folds gave bitwise-identical metrics (weights not compared: no run wrote a trace; see docs/trace-format.md, or the tf_repro Python package).',
  );
});

test('a command with a full trace: the metrics and every traced checkpoint, counted', () => {
  const trace = Array.from({ length: 1204 }, (_, i) => checkpoint(i + 1));
  const folds = [fold(0, 0.9), fold(1, 0.8), fold(2, 0.7)];
  const c = compareRuns([run(1, folds, trace), run(2, folds, trace)], 0);
  assert.deepEqual(c.evidence, { metricFolds: 3, weightFolds: 0, tracedCheckpoints: 1204 });
  assert.equal(c.summary, 'Reproducible: 2 runs × 3 folds: metrics of 3 folds and 1,204 traced checkpoints, all bitwise identical.');
});

test('a run without a trace leaves the traced checkpoints uncounted; final weights of some folds are named as such', () => {
  const c = compareRuns([run(1, [fold(0, 0.9, 'aa'), fold(1, 0.8)], [checkpoint(1)]), run(2, [fold(0, 0.9, 'aa'), fold(1, 0.8)])], 0);
  assert.deepEqual(c.evidence, { metricFolds: 2, weightFolds: 1, tracedCheckpoints: 0 });
  assert.equal(restsOn(c.evidence!), 'metrics of 2 folds and final weights of 1');
  assert.equal(restsOn({ metricFolds: 1, weightFolds: 1, tracedCheckpoints: 1 }), 'metrics and final weights of 1 fold and 1 traced checkpoint');
});

test("the comparator's self-test catches a changed metric, final weights and traced checkpoint of a run", () => {
  const full = run(1, [fold(0, 0.9, 'aa'), fold(1, 0.8, 'bb')], [checkpoint(0), checkpoint(1)]);
  assert.deepEqual(comparatorMisses([full, { ...full, run: 2 }]), []);
  // A NaN metric stays a difference once changed (NaN against a number).
  assert.deepEqual(comparatorMisses([run(1, [{ ...fold(0, 0.9), metrics: { loss: NaN } }])]), []);
  // Nothing finished: nothing to change, nothing missed.
  assert.deepEqual(comparatorMisses([{ ...full, status: 'failed', folds: [] }]), []);
  assert.match(
    selfTestError(['accuracy of fold 0']),
    /^the comparison's self-test failed: a copy of a run with accuracy of fold 0 changed was not reported as different/,
  );
});

test('the negative control: another seed, and whether its numbers differ from a control run', () => {
  assert.equal(negativeControlSeed(0), 1);
  assert.equal(negativeControlSeed(2 ** 32 - 1), 2 ** 32 - 2);
  const control = run(1, [fold(0, 0.9)]);
  const asNegative = (folds: FoldResult[]): RunResult => ({ ...run(3, folds), role: 'negative-control' });

  const differs = negativeControlOutcome(asNegative([fold(0, 0.95)]), control, 1);
  assert.equal(differs.outcome, 'differs');
  assert.deepEqual(differs.largest, { fold: 0, metric: 'accuracy', control: 0.9, other: 0.95 });
  assert.equal(negativeControlWarning(differs), null);
  assert.equal(
    negativeControlSentence(differs),
    'Negative control: run 3 with TF_REPRO_SEED=1 gave other numbers than run 1 (largest difference in accuracy, fold 0), as it must: the check can see a change of seed.',
  );

  const same = negativeControlOutcome(asNegative([fold(0, 0.9)]), control, 1);
  assert.equal(same.outcome, 'same');
  assert.match(
    negativeControlWarning(same) ?? '',
    /^the negative control \(run 3, TF_REPRO_SEED=1\) gave the same numbers as run 1: the metrics may not come from this run/,
  );

  const failed = negativeControlOutcome({ ...asNegative([]), status: 'failed', error: 'run 1 failed: exit 1\nlast lines' }, control, 1);
  assert.deepEqual([failed.outcome, failed.error], ['failed', 'run 1 failed: exit 1']);
  assert.equal(negativeControlOutcome(asNegative([fold(0, 0.9)]), null, 1).outcome, 'not-compared');
});
