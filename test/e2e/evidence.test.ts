// What a verdict rests on, and the negative control (issue 22, parts 3 and 9), through what users
// run: bin/tf-repro.js and the bundle with INPUT_* variables, training commands as real processes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { tfRepro } from '../support/cli.js';
import { pythonPackageSource, repoRoot, scratchDir } from '../support/paths.js';
import { runAction } from '../support/runner.js';

const script = join(repoRoot, 'test', 'fixtures', 'commands', 'fake_train.py');
/** `tf-repro run --command` in `dir` (framework none), its report written there too. */
const commandCheck = (dir: string, command: string, ...flags: string[]) =>
  tfRepro('run', '--command', command, '--working-directory', dir, '--framework', 'none', ...flags, '--report-dir', dir);
const readReport = (dir: string): Report => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;

// A command that traces: the whole model's digest at the end of each of 3 epochs of each fold, from the seed.
const traced = [
  'import hashlib, json, os',
  'seed = os.environ["TF_REPRO_SEED"]',
  'with open(os.environ["TF_REPRO_TRACE"], "w") as trace:',
  '    for fold in range(2):',
  '        for epoch in range(1, 4):',
  '            trace.write(json.dumps({"fold": fold, "epoch": epoch, "digest": hashlib.sha256(f"{seed} {fold} {epoch}".encode()).hexdigest()}) + "\\n")',
  'json.dump([{"fold": fold, "accuracy": 0.5 + fold / 8} for fold in range(2)], open(os.environ["TF_REPRO_METRICS"], "w"))',
].join('\n');

test('tf-repro run --command: a green check of metrics only says the weights were not compared, and how to get them compared', async () => {
  const dir = scratchDir('evidence-metrics-only');
  const run = await commandCheck(dir, `python3 ${script} --format jsonl --folds 2`);
  assert.equal(run.code, 0, run.stderr);
  assert.match(
    run.stdout,
    /^Reproducible: 2 runs × 2 folds gave bitwise-identical metrics \(weights not compared: no run wrote a trace; see docs\/trace-format\.md, or the tf_repro Python package\)\.\n/,
  );
  assert.deepEqual(readReport(dir).comparison.evidence, { metricFolds: 2, weightFolds: 0, tracedCheckpoints: 0 });
});

test('tf-repro run --command: with a trace, the verdict counts the traced checkpoints it compared', async () => {
  const dir = scratchDir('evidence-traced');
  const run = await commandCheck(dir, `python3 -c '${traced}'`);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Reproducible: 2 runs × 2 folds: metrics of 2 folds and 6 traced checkpoints, all bitwise identical\.\n/);
  assert.deepEqual(readReport(dir).comparison.evidence, { metricFolds: 2, weightFolds: 0, tracedCheckpoints: 6 });
});

test('tf-repro run --negative-control: a run with another seed gives other numbers, in the text and report.json, and the verdict stays the controls', async () => {
  const dir = scratchDir('evidence-negative-differs');
  const run = await commandCheck(dir, `python3 -c '${traced}'`, '--negative-control');
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Reproducible: 2 runs × 2 folds: metrics of 2 folds and 6 traced checkpoints, all bitwise identical\.\n/);
  // The text wraps at the terminal's width, continuing lines indented.
  assert.match(
    run.stdout.replace(/\n {2}/g, ' '),
    /\nNegative control: run 3 with TF_REPRO_SEED=1 gave other numbers than run 1 \(its weights differ, its metrics do not\), as it must: the check can see a change of seed\.\n/,
  );
  assert.doesNotMatch(run.stdout, /warning: the negative control/);
  const report = readReport(dir);
  assert.equal(report.verdict, 'reproducible');
  assert.deepEqual(
    report.runs.map((r) => r.role),
    ['control', 'control'],
  );
  assert.equal(report.negativeControl?.outcome, 'differs');
  assert.equal(report.negativeControl?.seed, 1);
  assert.equal(report.negativeControl?.run.role, 'negative-control');
  assert.equal(report.negativeControl?.run.run, 3);
});

test('action, negative-control: a script that hard-codes its seed passes, with a warning that the metrics may not depend on the seed', async () => {
  const dir = scratchDir('evidence-negative-same');
  // The script sets TF_REPRO_SEED itself: every run, the negative control too, gets seed 0.
  const run = await runAction({ command: `TF_REPRO_SEED=0 python3 ${script} --format jsonl --folds 2`, 'working-directory': dir, 'negative-control': 'true' });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.equal(run.outputs.verdict, 'reproducible');
  assert.match(
    run.stdout,
    /::warning::the negative control \(run 3, TF_REPRO_SEED=1\) gave the same numbers as run 1: the metrics may not come from this run \(a metrics file an earlier run left\), or do not depend on the seed/,
  );
  assert.match(run.summary, /\nNegative control: run 3 with TF\\_REPRO\\_SEED=1 gave the same numbers as run 1: see the warning\.\n/);
});

test('action, negative-control without a command: one error naming the input', async () => {
  const run = await runAction({ 'negative-control': 'true', runs: '2', folds: '2', epochs: '1', samples: '300' });
  assert.equal(run.exitCode, 2);
  assert.match(
    run.stdout,
    /^::error::input 'negative-control' applies only with input 'command': give the training command too, or leave input 'negative-control' out$/m,
  );
});

// Data or computation (issue 22, part 7): the tf_repro package digests each batch's inputs (`inputs=`).
const dataOrComputation = `PYTHONPATH=${pythonPackageSource} python3 -B ${join(repoRoot, 'test', 'fixtures', 'commands', 'data-or-computation.py')}`;

test('tf-repro run --command: where the inputs of the parting batch differ, the verdict names the data', async () => {
  const dir = scratchDir('evidence-data');
  const run = await commandCheck(dir, `${dataOrComputation} --shuffle-from-clock`);
  assert.equal(run.code, 1, run.stderr);
  const report = readReport(dir);
  assert.equal(report.divergence?.inputs, 'differ');
  // The hint that follows from it (issue 22, part 8), labelled as a likely cause.
  assert.match(run.stdout.replace(/\n {2}/g, ' '), /\nLikely cause \(a hint, not a finding\): the data order, augmentation or fold split: an unseeded shuffle/);
  // The text wraps at the terminal's width, continuing lines indented.
  assert.match(
    run.stdout.replace(/\n {2}/g, ' '),
    /Runs 1 and 2 part at fold 0, epoch 1, batch 1; first in w; the inputs of fold 0, epoch 1, batch 1 already differ: the data order, augmentation or fold split/,
  );
});

test('tf-repro run --command: where the inputs were the same, the verdict names the computation', async () => {
  const dir = scratchDir('evidence-computation');
  const run = await commandCheck(dir, `${dataOrComputation} --noisy-step`);
  assert.equal(run.code, 1, run.stderr);
  const report = readReport(dir);
  assert.equal(report.divergence?.inputs, 'same');
  assert.match(
    run.stdout.replace(/\n {2}/g, ' '),
    /Runs 1 and 2 part at fold 0, epoch 1, batch 2; first in w; the inputs were the same; the weights parted after the step: the computation/,
  );
});

test('tf-repro run (the default workload): every epoch of the trace carries the digest of its inputs, the same in both runs', async () => {
  const dir = scratchDir('evidence-engine-inputs');
  const run = await tfRepro('run', '--runs', '2', '--folds', '2', '--epochs', '2', '--samples', '300', '--backend', 'wasm', '--report-dir', dir);
  assert.equal(run.code, 0, run.stderr);
  const [first, second] = readReport(dir).runs;
  const inputs = (trace: typeof first.trace) => (trace ?? []).filter((c) => c.epoch > 0).map((c) => c.inputSha256);
  assert.equal(inputs(first!.trace).length, 4);
  for (const digest of inputs(first!.trace)) assert.match(digest ?? '', /^[0-9a-f]{64}$/);
  assert.deepEqual(inputs(second!.trace), inputs(first!.trace));
  // Each epoch is shuffled anew: its inputs differ from the epoch before.
  assert.equal(new Set(inputs(first!.trace)).size, 4);
});

test('tf-repro run --command: a known error signature in a failed run becomes a hint, with the fix', async () => {
  const dir = scratchDir('evidence-hint');
  const failing = `python3 -c 'import sys; sys.exit("tensorflow.python.framework.errors_impl.FailedPreconditionError: Random ops require a seed to be set when determinism is enabled.")'`;
  const run = await tfRepro('run', '--command', failing, '--working-directory', dir, '--framework', 'tensorflow');
  assert.equal(run.code, 2, run.stderr);
  assert.match(
    run.stdout.replace(/\n {2}/g, ' '),
    /\nLikely cause \(a hint, not a finding\): a random op without a seed under op determinism \(TF_DETERMINISTIC_OPS\), since TensorFlow stopped with "Random ops require a seed to be set when determinism is enabled"\. Fix: call keras\.utils\.set_random_seed\(int\(os\.environ\["TF_REPRO_SEED"\]\)\) before the model is built\.\n/,
  );
});
