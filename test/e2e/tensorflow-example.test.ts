// examples/tensorflow/train.py on the real TensorFlow 2.21 and Keras 3.15 of the test environment
// (test/support/python-frameworks.ts), through `tf-repro run --command` as a user runs it: 2 runs
// with `framework: tensorflow` and, with --compare-nondeterministic, 2 runs without the settings,
// on 600 of the embedded digits, 2 folds, 1 epoch, with artifacts and a per-batch trace.
// Four TensorFlow processes: some 45 to 75 s here, most of it importing TensorFlow.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { embeddedDatasetDir } from '../../src/paths.js';
import { tfReproIn } from '../support/cli.js';
import { repoRoot, tempDir } from '../support/paths.js';
import { pythonFrameworks, pythonFrameworksMissing } from '../support/python-frameworks.js';

const place = (c: { fold: number; epoch: number; batch: number | null }): string => `${c.fold}:${c.epoch}${c.batch === null ? '' : `:${c.batch}`}`;

test('the TensorFlow example on TensorFlow 2.21 and Keras 3 reproduces with the settings and, on this CPU, with the seeds alone, with other numbers', async (t) => {
  if (pythonFrameworks === null) {
    t.skip(pythonFrameworksMissing);
    return;
  }
  const cwd = tempDir('tensorflow');
  const reportDir = join(cwd, 'report');
  const example = join(repoRoot, 'examples', 'tensorflow', 'train.py');
  // -B: no __pycache__ left in examples/. Batches of 60: 240 training
  // images per fold make 4 whole batches.
  const command = `${pythonFrameworks.python} -B ${example} --data ${embeddedDatasetDir} --samples 600 --folds 2 --epochs 1 --batch-size 60 --save-weights weights --trace-batches`;
  const run = await tfReproIn(
    cwd,
    'run',
    '--command',
    command,
    '--framework',
    'tensorflow',
    '--runs',
    '2',
    '--seed',
    '3',
    '--artifacts',
    'weights/*.npy',
    '--compare-nondeterministic',
    '--report-dir',
    reportDir,
    '--json',
    '--quiet',
  );
  assert.equal(run.code, 0, `${run.stderr}\n${run.stdout.slice(0, 2000)}`);
  const report = JSON.parse(run.stdout) as Report;
  assert.equal(report.verdict, 'reproducible', `${report.summary}\n${report.errors.join('\n')}`);
  assert.deepEqual(
    report.runs.map((r) => r.folds.map((f) => f.fold)),
    [
      [0, 1],
      [0, 1],
    ],
  );
  assert.deepEqual(
    report.runs[1]?.folds.map((f) => f.metrics),
    report.runs[0]?.folds.map((f) => f.metrics),
  );
  for (const fold of report.runs[0]?.folds ?? []) assert.ok(fold.metrics.loss! > 0 && fold.metrics.accuracy! >= 0, JSON.stringify(fold.metrics));
  assert.deepEqual(
    report.artifacts?.map((a) => [a.path, a.identical]),
    [
      ['weights/fold-0.npy', true],
      ['weights/fold-1.npy', true],
    ],
  );
  assert.equal(report.command?.framework, 'tensorflow');
  assert.equal(report.command?.variables.TF_DETERMINISTIC_OPS, '1');
  assert.equal(report.command?.variables.TF_NUM_INTRAOP_THREADS, '1');

  // The trace Keras 3 gives the callback: variable.path names, initialisation, each of the 4
  // batches and the epoch's end, per fold; the same in both runs.
  const [one, two] = report.runs.map((r) => r.trace ?? []);
  assert.deepEqual(
    one?.map(place),
    [0, 1].flatMap((fold) => [`${fold}:0`, `${fold}:1:1`, `${fold}:1:2`, `${fold}:1:3`, `${fold}:1:4`, `${fold}:1`]),
  );
  const layers = ['conv2d', 'conv2d_1', 'dense', 'dense_1'];
  for (const checkpoint of one ?? []) {
    assert.deepEqual(
      Object.keys(checkpoint.digests),
      layers.flatMap((layer) => [`sequential/${layer}/kernel`, `sequential/${layer}/bias`]),
    );
  }
  assert.notEqual(one?.[0]?.digests['sequential/conv2d/kernel'], one?.[1]?.digests['sequential/conv2d/kernel'], 'a batch changed the weights');
  assert.ok(
    one?.filter((c) => c.epoch === 1 && c.batch === null).every((c) => typeof c.valLoss === 'number' && c.valLoss > 0),
    'each epoch has its validation loss',
  );
  assert.deepEqual(two, one);

  // Without the settings the runs get TF_REPRO_SEED and none of the preset's variables, and the
  // example then applies none of them itself: the seeds alone, TensorFlow's own thread pools, no
  // op determinism. Measured 3 times of 3 here (2 cores, TensorFlow 2.21 on the CPU): the runs still
  // agree to the last digest, as the issue's experiment found on this machine; but not with the
  // numbers of the runs with the settings: fold 0's loss is 2.2631237506866455 with one thread and
  // 2.2631239891052246 with TensorFlow's default pools (in batches of 100 the two happened to
  // agree). Reproducible run to run on one machine, then, though not across machines with other
  // processor counts: the settings are needed to pin the numbers (issue 23), and the cost table
  // says so. This does not say how it goes on a GPU.
  const cost = report.cost;
  assert.ok(cost, 'the cost table');
  assert.deepEqual([cost.with.verdict, cost.with.maxAbsDiff], ['reproducible', 0]);
  assert.deepEqual([cost.without.runs, cost.without.verdict, cost.without.maxAbsDiff, cost.without.divergence], [2, 'reproducible', 0, null]);
  assert.equal(cost.case, 'needed-to-pin', cost.explanation);
  assert.equal(cost.sameNumbers, false, cost.explanation);
  assert.match(cost.explanation, /without the settings the numbers are other ones \(loss of fold 0: [\d.]+ with, [\d.]+ without\)/);
  const settingsLine = (path: string): string => readFileSync(join(reportDir, path), 'utf8').split('\n')[0] ?? '';
  assert.match(
    settingsLine('logs/run-1.stdout.log'),
    /^TensorFlow 2\.21\.0, Keras 3\.15\.1: seed 3, TF_DETERMINISTIC_OPS=1, TF_CUDNN_DETERMINISTIC=1, PYTHONHASHSEED=0, TF_NUM_INTEROP_THREADS=1, TF_NUM_INTRAOP_THREADS=1, OMP_NUM_THREADS=1, enable_op_determinism\(\)$/,
  );
  for (const run of [1, 2]) assert.equal(settingsLine(`trials/without-1/logs/run-${run}.stdout.log`), 'TensorFlow 2.21.0, Keras 3.15.1: seed 3');
  // The runs without the settings are in the report only as the cost table's row; their logs have their numbers.
  const printed = (log: string): [number, Record<string, number>][] =>
    [...readFileSync(join(reportDir, log), 'utf8').matchAll(/^fold (\d+): loss (\S+) accuracy (\S+) /gm)].map(([, fold, loss, accuracy]) => [
      Number(fold),
      { loss: Number(loss), accuracy: Number(accuracy) },
    ]);
  const withSettings = report.runs[0]?.folds.map((f): [number, Record<string, number>] => [f.fold, f.metrics as Record<string, number>]);
  assert.deepEqual(printed('logs/run-1.stdout.log'), withSettings, 'the log has the numbers the metrics file has');
  const without = printed('trials/without-1/logs/run-1.stdout.log');
  assert.deepEqual(printed('trials/without-1/logs/run-2.stdout.log'), without);
  assert.equal(without.length, 2);
  if (availableParallelism() > 1) {
    assert.notDeepEqual(without, withSettings, 'the seeds alone gave the numbers of one thread: the measurement this test asserts no longer holds');
  }
});
