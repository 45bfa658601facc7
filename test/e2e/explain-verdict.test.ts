// Issue #11's "Done when", through what users run: bin/tf-repro.js and the action bundle, on real
// training (small: 600 images, a few folds and epochs) and real commands, with real sources of
// non-determinism injected (test/fixtures/nondeterministic/*.mjs, test/fixtures/commands/*.py).
// Each test asserts what the report says: where the runs part, the work fail-fast skipped, the
// cost table and the diagnosis.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { tfRepro, tfReproWith, type CliRun } from '../support/cli.js';
import { tablesOf } from '../support/markdown-tables.js';
import { mermaidBlocks, mermaidProblems } from '../support/mermaid-check.js';
import { repoRoot, tempDir } from '../support/paths.js';
import { runAction } from '../support/runner.js';

const model = (name: string) => join(repoRoot, 'test', 'fixtures', 'nondeterministic', name);
const command = (name: string) => `python3 -B ${join(repoRoot, 'test', 'fixtures', 'commands', name)}`;

const clockInitializer = (await import(model('clock-initializer.mjs'))) as { DIVERGING_VARIABLE: string; DIVERGING_EPOCH: number };
const lateNoise = (await import(model('late-noise.mjs'))) as { NOISE_EPOCH: number; NOISE_BATCH: number };
const unseededDropout = (await import(model('unseeded-dropout.mjs'))) as { DIVERGING_EPOCH: number; DIVERGING_BATCH: number };

/** 600 images in 2 folds: 240 to fit in 5 batches of 50, 60 for validation, per fold. */
const small = ['--samples', '600', '--folds', '2', '--batch-size', '50', '--backend', 'wasm'];

/** The report of a `--json --quiet` run: its stdout. */
function reportOf(run: CliRun): Report {
  try {
    return JSON.parse(run.stdout) as Report;
  } catch {
    assert.fail(`no JSON report on stdout (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
}

const savedReport = (dir: string): Report => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
const statuses = (report: Report) => report.runs.map((run) => [run.run, run.status]);

/** The report directories of the first two tests, for `tf-repro explain`. */
const saved: { dir: string; sentence: string }[] = [];

test('an initializer seeded from the clock: the runs part at initialisation, in that variable only, and the text says so second', async () => {
  const dir = tempDir('explain-init');
  const run = await tfRepro('run', '--model', model('clock-initializer.mjs'), ...small, '--epochs', '1', '--quiet', '--report-dir', dir);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  const report = savedReport(dir);
  assert.equal(report.verdict, 'not-reproducible');
  assert.deepEqual(report.divergence, {
    runs: [1, 2],
    fold: 0,
    stage: 'init',
    epoch: clockInitializer.DIVERGING_EPOCH,
    batch: null,
    variables: [clockInitializer.DIVERGING_VARIABLE],
  });
  const sentence = `Runs 1 and 2 part at fold 0, at initialisation; in ${clockInitializer.DIVERGING_VARIABLE}.`;
  assert.equal(run.stdout.split('\n')[1], sentence, run.stdout);
  saved.push({ dir, sentence });
});

test('noise that starts late: the runs part at its epoch, and narrowing finds its batch', async () => {
  const dir = tempDir('explain-late');
  const run = await tfRepro('run', '--model', model('late-noise.mjs'), ...small, '--epochs', String(lateNoise.NOISE_EPOCH), '--quiet', '--report-dir', dir);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  const { divergence } = savedReport(dir);
  assert.ok(divergence, run.stdout);
  assert.deepEqual(
    [divergence.runs, divergence.fold, divergence.stage, divergence.epoch, divergence.batch, divergence.narrowing?.status],
    [[1, 2], 0, 'epoch', lateNoise.NOISE_EPOCH, lateNoise.NOISE_BATCH, 'found'],
    JSON.stringify(divergence),
  );
  assert.equal(divergence.narrowing?.detail, '', 'the re-train parted where the check did');
  // The noise goes into the last layer's input and, through the gradient, back to the first.
  assert.deepEqual(divergence.variables, ['dense/kernel', 'dense/bias', 'dense_1/kernel', 'dense_1/bias']);
  const sentence = run.stdout.split('\n')[1] ?? '';
  assert.match(sentence, new RegExp(`^Runs 1 and 2 part at fold 0, epoch ${lateNoise.NOISE_EPOCH}, batch ${lateNoise.NOISE_BATCH}; first in dense/kernel`));
  saved.push({ dir, sentence });
});

test('unseeded dropout (a mask seeded from node:crypto on every step): the runs part at the first batch of the first epoch', async () => {
  const run = await tfRepro('run', '--model', model('unseeded-dropout.mjs'), ...small, '--epochs', '2', '--json', '--quiet');
  assert.equal(run.code, 1, run.stderr);
  const report = reportOf(run);
  assert.equal(report.verdict, 'not-reproducible');
  assert.deepEqual(report.suppliedSeeds, [], 'tf-repro could not seed the layer');
  const { divergence } = report;
  assert.ok(divergence, report.summary);
  assert.deepEqual(
    [divergence.runs, divergence.fold, divergence.stage, divergence.epoch, divergence.batch, divergence.narrowing?.status],
    [[1, 2], 0, 'epoch', unseededDropout.DIVERGING_EPOCH, unseededDropout.DIVERGING_BATCH, 'found'],
    JSON.stringify(divergence),
  );
  assert.ok(divergence.variables.length > 0);
});

test('a command whose shuffle is seeded from the clock from epoch 2 of fold 1: its trace places it there, and fail-fast stops run 2', async () => {
  // --sleep: each epoch lasts a second, so run 2 is still training when it parts, and some 4 s of it
  // are left when the trace's reader (every 150 ms) sees that: room for a busy machine.
  // One at a time (run 1 whole, then run 2 stopped); side by side, fail-fast stops both (test/e2e/command-slots.test.ts).
  const run = await tfRepro('run', '--command', `${command('clock-shuffle.py')} --sleep 1`, '--parallel', '1', '--json', '--quiet');
  assert.equal(run.code, 1, run.stderr);
  const report = reportOf(run);
  assert.deepEqual(report.divergence, { runs: [1, 2], fold: 1, stage: 'epoch', epoch: 2, batch: null, variables: ['dense/kernel', 'dense/bias'] });
  assert.deepEqual(statuses(report), [
    [1, 'ok'],
    [2, 'stopped'],
  ]);
  assert.equal(report.work?.stoppedEarly, true);
  // Run 1 traced all 3 folds × 3 epochs; run 2 was stopped after fold 0 and 2 epochs of fold 1, before fold 2.
  assert.equal(report.work?.plannedEpochs, 18);
  assert.ok(report.work.trainedEpochs >= 9 + 5 && report.work.trainedEpochs < 18, JSON.stringify(report.work));
});

/** This environment with `folder` (an nvidia-smi stand-in) first on PATH: what diagnose finds of the GPUs is the stand-in's. */
const withGpus = (folder: 'no-gpu' | 'fake-gpu'): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH: `${join(repoRoot, 'test', 'fixtures', folder)}:${process.env.PATH ?? ''}`,
});

test('tf-repro diagnose on a command whose only variance is string hashing: PYTHONHASHSEED is necessary, nothing else', async () => {
  const run = await tfReproWith({ env: withGpus('no-gpu') }, 'diagnose', '--command', command('string-hash.py'), '--json', '--quiet');
  assert.equal(run.code, 0, run.stderr);
  const report = reportOf(run);
  assert.equal(report.verdict, 'reproducible');
  const diagnosis = report.diagnosis;
  assert.ok(diagnosis, 'a diagnosis');
  assert.equal(diagnosis.baseline.verdict, 'not-reproducible', 'with every setting off the runs part');
  assert.ok(diagnosis.settings.length > 1, JSON.stringify(diagnosis.settings));
  // TensorFlow's cuDNN switch acts only on a GPU: on a runner without one it is not tried.
  const expected = (name: string) => (name === 'PYTHONHASHSEED' ? 'necessary' : name === 'TF_CUDNN_DETERMINISTIC' ? 'not-tried' : 'not-needed');
  assert.deepEqual(
    diagnosis.settings.map((setting) => [setting.name, setting.finding]),
    diagnosis.settings.map((setting) => [setting.name, expected(setting.name)]),
  );
  assert.ok(diagnosis.settings.some((setting) => setting.name === 'PYTHONHASHSEED'));
  // Without PYTHONHASHSEED the first epoch's order is the hash's: the runs part there.
  const necessary = diagnosis.settings.find((setting) => setting.name === 'PYTHONHASHSEED');
  assert.deepEqual([necessary?.divergence?.fold, necessary?.divergence?.stage, necessary?.divergence?.epoch], [0, 'epoch', 1]);
});

test("diagnose on a PyTorch command: NCCL_ALGO and cuBLAS's workspace are not tried on a runner without a GPU, and the report says why; with a GPU they are", async () => {
  const args = ['diagnose', '--framework', 'pytorch', '--command', command('string-hash.py'), '--json', '--quiet'];
  const cpu = reportOf(await tfReproWith({ env: withGpus('no-gpu') }, ...args));
  assert.equal(cpu.verdict, 'reproducible');
  const findings = (report: Report) => Object.fromEntries((report.diagnosis?.settings ?? []).map((setting) => [setting.name, setting.finding]));
  assert.deepEqual(findings(cpu), {
    CUBLAS_WORKSPACE_CONFIG: 'not-tried',
    NCCL_ALGO: 'not-tried',
    PYTHONHASHSEED: 'necessary',
    OMP_NUM_THREADS: 'not-needed',
  });
  const nccl = cpu.diagnosis?.settings.find((setting) => setting.name === 'NCCL_ALGO');
  assert.equal(nccl?.seconds, null, 'no trial ran');
  assert.match(
    nccl?.detail ?? '',
    /^GPU-only \(NCCL, the GPUs' collectives, reads it; gloo on CPUs does not\) and this runner has no GPU \(nvidia-smi listed no GPU\)/,
  );
  assert.ok(
    cpu.diagnosis?.notes.includes('not tried here, GPU-only and this runner has no GPU (nvidia-smi listed no GPU): CUBLAS_WORKSPACE_CONFIG, NCCL_ALGO'),
    JSON.stringify(cpu.diagnosis?.notes),
  );
  // Every setting on still gives the command NCCL_ALGO=Ring: the preset is applied, only its trial is skipped.
  assert.equal(cpu.command?.variables.NCCL_ALGO, 'Ring');

  // Where nvidia-smi lists GPUs they are tried like the others; this command reads neither, so neither is needed.
  const gpu = reportOf(await tfReproWith({ env: withGpus('fake-gpu') }, ...args));
  assert.deepEqual(findings(gpu), {
    CUBLAS_WORKSPACE_CONFIG: 'not-needed',
    NCCL_ALGO: 'not-needed',
    PYTHONHASHSEED: 'necessary',
    OMP_NUM_THREADS: 'not-needed',
  });
  assert.ok(!(gpu.diagnosis?.notes ?? []).some((note) => note.includes('GPU-only')), JSON.stringify(gpu.diagnosis?.notes));
});

test('fail-fast on a divergence at fold 0 trains less than a quarter of the planned work; --no-fail-fast trains it all', async () => {
  // 2 runs × 4 folds × 3 epochs, one process at a time: the runs go fold by fold side by side.
  const args = ['run', '--model', model('unseeded-dropout.mjs'), ...small, '--folds', '4', '--epochs', '3', '--parallel', '1', '--json', '--quiet'];
  const fast = reportOf(await tfRepro(...args));
  assert.equal(fast.verdict, 'not-reproducible');
  assert.equal(fast.divergence?.fold, 0);
  assert.equal(fast.work?.plannedEpochs, 24);
  assert.equal(fast.work.stoppedEarly, true);
  assert.ok(fast.work.trainedEpochs > 0 && fast.work.trainedEpochs / fast.work.plannedEpochs < 0.25, JSON.stringify(fast.work));
  assert.ok(
    fast.runs.some((run) => run.status === 'stopped'),
    JSON.stringify(statuses(fast)),
  );

  const full = reportOf(await tfRepro(...args, '--no-fail-fast'));
  assert.equal(full.verdict, 'not-reproducible');
  assert.deepEqual(full.work, { trainedEpochs: 24, plannedEpochs: 24, stoppedEarly: false });
  assert.deepEqual(statuses(full), [
    [1, 'ok'],
    [2, 'ok'],
  ]);
  assert.deepEqual(full.comparison.mismatchedFolds, [0, 1, 2, 3], 'every fold was trained and compared');
  // Where they part does not depend on how much was trained.
  assert.deepEqual(
    [full.divergence?.fold, full.divergence?.stage, full.divergence?.epoch, full.divergence?.batch],
    [0, 'epoch', unseededDropout.DIVERGING_EPOCH, unseededDropout.DIVERGING_BATCH],
  );
});

test('the default workload, deterministic, checked 10 times in a row: never flagged', async () => {
  for (let check = 1; check <= 10; check++) {
    const run = await tfRepro('run', ...small, '--epochs', '2', '--json', '--quiet');
    assert.equal(run.code, 0, `check ${check}: ${run.stdout.slice(0, 2000)}\n${run.stderr}`);
    const report = reportOf(run);
    assert.equal(report.verdict, 'reproducible', `check ${check}: ${report.summary}`);
    assert.equal(report.divergence, null, `check ${check}`);
    assert.deepEqual(report.work, { trainedEpochs: 8, plannedEpochs: 8, stoppedEarly: false }, `check ${check}`);
  }
});

test('the action with compare-nondeterministic: the cost table with both rows, the bars, the overhead output, no divergence', async () => {
  const run = await runAction({
    runs: '2',
    folds: '2',
    epochs: '2',
    samples: '600',
    'batch-size': '50',
    backend: 'wasm',
    'compare-nondeterministic': 'true',
  });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as Report;
  const cost = report.cost;
  assert.ok(cost, 'a cost comparison');
  assert.deepEqual([cost.with.runs, cost.with.verdict, cost.with.variance, cost.with.maxAbsDiff, cost.with.divergence], [2, 'reproducible', 0, 0, null]);
  assert.equal(cost.without.runs, 2);
  assert.equal(cost.without.verdict, 'not-reproducible');
  assert.ok((cost.without.maxAbsDiff ?? 0) > 0 && (cost.without.variance ?? 0) > 0);
  assert.ok(cost.with.secondsPerRun > 0 && cost.without.secondsPerRun > 0);
  assert.equal(cost.case, 'needed-and-sufficient', cost.explanation);
  assert.ok(typeof cost.overhead === 'number' && cost.overhead > 0, String(cost.overhead));
  assert.equal(report.divergence, null);

  // The outputs.
  assert.equal(run.outputs.divergence, '');
  assert.equal(run.outputs.overhead, cost.overhead.toFixed(3));
  assert.ok(Number(run.outputs.overhead) > 0);

  // The job summary: the table with both rows, and the bars as a chart that renders.
  const table = tablesOf(run.summary).find((t) => t.header.includes('time per run'));
  assert.ok(table, run.summary);
  assert.deepEqual(
    table.rows.map((row) => [row[0], row[2]]),
    [
      ['with settings', 'reproducible'],
      ['without', 'not reproducible'],
    ],
  );
  assert.match(run.summary, /Overhead: \d+\.\d\d×/);
  const bars = mermaidBlocks(run.summary).filter((block) => /^\s*bar /m.test(block));
  assert.equal(bars.length, 1, run.summary);
  assert.match(bars[0] ?? '', /"with settings", "without"/);
  assert.deepEqual(mermaidProblems(run.summary), []);
});

test('the CLI with --compare-nondeterministic prints both rows of the table', async () => {
  const run = await tfRepro('run', ...small, '--epochs', '1', '--compare-nondeterministic', '--quiet');
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^With and without the determinism settings:$/m);
  assert.match(run.stdout, /^ {2}with settings +2 +reproducible +0 +0 +[\d.]+ s$/m);
  assert.match(run.stdout, /^ {2}without +2 +not reproducible +[\d.e-]+ +[\d.e-]+ +[\d.]+ s$/m);
  assert.match(run.stdout, /Needed and sufficient\./);
});

test('tf-repro explain on the saved reports tells the same divergence', async () => {
  assert.equal(saved.length, 2, 'the first two tests saved their reports');
  for (const { dir, sentence } of saved) {
    const explained = await tfRepro('explain', join(dir, 'report.json'));
    assert.equal(explained.code, 0, explained.stderr);
    assert.equal(explained.stderr, '');
    assert.ok(
      explained.stdout.split('\n').some((line) => line.trim() === sentence),
      `"${sentence}" is not a line of:\n${explained.stdout}`,
    );
  }
});
