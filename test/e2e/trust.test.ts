// Issue 22, "a verdict users can trust", through what users run: bin/tf-repro.js and the action
// bundle, on real commands (test/fixtures/commands/*.py, plain Python). A check that fail-fast
// stopped before two runs finished a fold measures no variance and no difference, and says so
// with the reason; the divergence sentence is read once; folds are counted per run; each run's
// own variables are shown as its own; a run fail-fast stopped is not "failed"; settings that made
// the runs faster are not called a cost; the verdict is written to GITHUB_OUTPUT once.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { tfReproIn } from '../support/cli.js';
import { repoRoot, scratchDir } from '../support/paths.js';
import { runAction } from '../support/runner.js';

const command = (name: string, args = '') => `python3 -B ${join(repoRoot, 'test', 'fixtures', 'commands', name)}${args ? ` ${args}` : ''}`;
/** Run 2's shuffle is seeded from the clock from fold 1, epoch 2; each epoch lasts a second, so fail-fast stops run 2 there (see explain-verdict.test.ts). */
const clockShuffle = command('clock-shuffle.py', '--sleep 1');
const REASON = 'fail-fast stopped run 2 at fold 1; only run 1 has fold results';
const SENTENCE = /runs 1 and 2 part at fold 1, epoch 2/gi;
// One run after another: run 1 finishes its folds before run 2 parts from it and is stopped (side by
// side, fail-fast would stop both, which command-slots.test.ts covers).
const ONE_AT_A_TIME = ['--parallel', '1'];

/** Text as a reader sees it, the CLI's wrapped lines joined again. */
const unwrapped = (text: string): string => text.replace(/\n {2,}/g, ' ');
const count = (text: string, pattern: RegExp): number => [...text.matchAll(pattern)].length;

test('tf-repro run: fail-fast stops run 2 before it wrote metrics; nothing is measured, and every rendering says why, once', async () => {
  const cwd = scratchDir('trust-cli');
  const dir = join(cwd, 'report');
  const run = await tfReproIn(cwd, 'run', '--command', clockShuffle, ...ONE_AT_A_TIME, '--report-dir', dir);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
  assert.deepEqual(
    report.runs.map((r) => [r.run, r.status, r.folds.length]),
    [
      [1, 'ok', 3],
      [2, 'stopped', 0],
    ],
  );

  // Progress (item 5): stopped on purpose, not failed.
  assert.match(run.stderr, /^run 2 of 2: stopped by fail-fast after \d+\.\d s$/m);
  assert.doesNotMatch(run.stderr, /failed after/);

  // report.json (item 1): null with the reason, never 0.
  assert.equal(report.schemaVersion, 3);
  assert.deepEqual([report.variance, report.maxAbsDiff, report.notMeasured], [null, null, REASON]);
  assert.deepEqual([report.comparison.variance, report.comparison.maxAbsDiff, report.comparison.notMeasured], [null, null, REASON]);

  // The CLI text: the reason, the divergence once, each run's own variables as its own (item 2).
  const text = unwrapped(run.stdout);
  assert.match(text, new RegExp(`2 runs in [\\d.]+ s · variance and largest difference not measured \\(${REASON.replace(/[;()]/g, '\\$&')}\\)`));
  assert.doesNotMatch(text, /variance 0|largest difference 0/);
  assert.equal(count(text, SENTENCE), 1, run.stdout);
  assert.equal(text.split('\n')[0], 'Not reproducible: fail-fast then stopped run 2, so the folds it did not finish are not compared.');
  assert.match(text, /^variables: (?!.*TF_REPRO_RUN).*TF_REPRO_SEED=0 TF_REPRO_DATASET=\S+ TF_REPRO_DATASET_DIR=\S+$/m);
  assert.match(text, /^run 1's own: TF_REPRO_RUN=1 TF_REPRO_METRICS=\S+run-1\.metrics /m);
  assert.match(text, /^run 2's own: TF_REPRO_RUN=2 TF_REPRO_METRICS=\S+run-2\.metrics /m);
  assert.equal(report.command?.variables.TF_REPRO_RUN, undefined);
  assert.deepEqual(
    report.command?.runVariables?.map((got) => got.TF_REPRO_RUN),
    ['1', '2'],
  );

  // The job summary the CLI writes beside it.
  const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
  assert.match(
    summary,
    /^\| variance \(mean over folds and metrics\) \| not measured \\\(fail-fast stopped run 2 at fold 1; only run 1 has fold results\\\) \|$/m,
  );
  assert.match(summary, /^\| largest difference \| not measured \|$/m);
  assert.match(summary, /^\| runs \| 1 of 2 runs finished, 1 stopped by fail-fast; 3 folds in run 1, 0 folds in run 2 \|$/m);
  assert.equal(count(summary, SENTENCE), 1, summary);
  // Item 12: explain's per-variable view, folded.
  assert.match(
    summary,
    /<summary>Which runs agree on each variable at fold 1, the end of epoch 2 \(2 runs traced there\)<\/summary>\n\n\| variable \| runs that agree \|\n\| --- \| --- \|\n\| dense\/kernel \| run 1 \\\| run 2 \|/,
  );
  assert.match(summary, /^\| run \| TF\\_REPRO\\_RUN \| TF\\_REPRO\\_METRICS \|/m);
  assert.doesNotMatch(summary, /^\| TF\\_REPRO\\_RUN \| 1 \|$/m, "run 1's TF_REPRO_RUN is not what every run got");
});

test('the action: the same stop leaves variance and max-abs-diff empty, the verdict written once, and the summary saying why', async () => {
  const run = await runAction({ command: clockShuffle, runs: '2', parallel: '1' });
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'not-reproducible');
  assert.deepEqual([run.outputs.variance, run.outputs['max-abs-diff']], ['', '']);
  const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as Report;
  assert.equal(report.notMeasured, REASON);
  assert.match(run.summary, /not measured \\\(fail-fast stopped run 2 at fold 1; only run 1 has fold results\\\)/);
  assert.equal(count(run.summary, SENTENCE), 1);
  assert.match(run.stdout, /Variance not measured \(fail-fast stopped run 2 at fold 1; only run 1 has fold results\)/);
});

/** How many times each output was written to GITHUB_OUTPUT: the runner keeps every line. */
function writesOf(outputText: string): Map<string, number> {
  const writes = new Map<string, number>();
  for (const match of outputText.matchAll(/^([^<=\n]+)<</gm)) writes.set(match[1] as string, (writes.get(match[1] as string) ?? 0) + 1);
  return writes;
}

test('the action after an error writes verdict and reproducible once: a failed command, and a bad input before any run', async () => {
  const failing = await runAction({ command: 'python3 -c "import sys; sys.exit(3)"', runs: '2' });
  assert.equal(failing.exitCode, 2, failing.stdout + failing.stderr);
  assert.equal(failing.outputs.verdict, 'error');
  assert.equal(failing.outputs.reproducible, 'false');
  const writes = writesOf(failing.outputText);
  assert.deepEqual([writes.get('verdict'), writes.get('reproducible')], [1, 1], failing.outputText);
  // Both runs failed: nothing measured, and the outputs say nothing rather than 0.
  assert.deepEqual([failing.outputs.variance, failing.outputs['max-abs-diff']], ['', '']);

  const bad = await runAction({ runs: 'two' });
  assert.notEqual(bad.exitCode, 0);
  const badWrites = writesOf(bad.outputText);
  assert.deepEqual([badWrites.get('verdict'), badWrites.get('reproducible')], [1, 1]);
  assert.equal(bad.outputs.verdict, 'error');
});

test('compare-nondeterministic where the runs with the settings were faster: the text says so, and calls nothing a cost', async () => {
  const cwd = scratchDir('trust-cost');
  // Without TF_DETERMINISTIC_OPS the fixture waits 3 s more: the runs with the settings are the faster ones.
  const run = await tfReproIn(
    cwd,
    'run',
    '--command',
    command('slow-without-settings.py', '--folds 2 --epochs 1'),
    '--compare-nondeterministic',
    '--json',
    '--quiet',
  );
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const report = JSON.parse(run.stdout) as Report;
  const cost = report.cost;
  assert.ok(cost && cost.overhead !== null && cost.overhead < 1, JSON.stringify(cost));
  assert.equal(cost.case, 'not-needed');
  assert.equal(
    cost.explanation,
    `Not needed on this runner: the runs without the settings agreed too; the runs with the settings were faster (${cost.overhead.toFixed(2)}×); the settings cost no time here.`,
  );
  const text = await tfReproIn(cwd, 'run', '--command', command('slow-without-settings.py', '--folds 2 --epochs 1'), '--compare-nondeterministic', '--quiet');
  assert.match(unwrapped(text.stdout), /the runs with the settings were faster \(0\.\d\d×\); the settings cost no time here/);
  assert.doesNotMatch(text.stdout, /only cost time/);
});
