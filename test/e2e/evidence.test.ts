// What a verdict rests on, and the negative control (issue 22, parts 3 and 9), through what users
// run: bin/tf-repro.js and the bundle with INPUT_* variables, training commands as real processes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { tfRepro } from '../support/cli.js';
import { repoRoot, scratchDir } from '../support/paths.js';
import { runAction } from '../support/runner.js';

const script = join(repoRoot, 'test', 'fixtures', 'commands', 'fake_train.py');
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
  const run = await tfRepro(
    'run',
    '--command',
    `python3 ${script} --format jsonl --folds 2`,
    '--working-directory',
    dir,
    '--framework',
    'none',
    '--report-dir',
    dir,
  );
  assert.equal(run.code, 0, run.stderr);
  assert.match(
    run.stdout,
    /^Reproducible: 2 runs × 2 folds gave bitwise-identical metrics \(weights not compared: no run wrote a trace; see docs\/trace-format\.md, or the tf_repro Python package\)\.\n/,
  );
  assert.deepEqual(readReport(dir).comparison.evidence, { metricFolds: 2, weightFolds: 0, tracedCheckpoints: 0 });
});

test('tf-repro run --command: with a trace, the verdict counts the traced checkpoints it compared', async () => {
  const dir = scratchDir('evidence-traced');
  const run = await tfRepro('run', '--command', `python3 -c '${traced}'`, '--working-directory', dir, '--framework', 'none', '--report-dir', dir);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Reproducible: 2 runs × 2 folds: metrics of 2 folds and 6 traced checkpoints, all bitwise identical\.\n/);
  assert.deepEqual(readReport(dir).comparison.evidence, { metricFolds: 2, weightFolds: 0, tracedCheckpoints: 6 });
});

test('tf-repro run --negative-control: a run with another seed gives other numbers, in the text and report.json, and the verdict stays the controls', async () => {
  const dir = scratchDir('evidence-negative-differs');
  const run = await tfRepro(
    'run',
    '--command',
    `python3 -c '${traced}'`,
    '--working-directory',
    dir,
    '--framework',
    'none',
    '--negative-control',
    '--report-dir',
    dir,
  );
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
