// Shards (issue #13, part 1), through what users run: legs of a check trained with
// `tf-repro run --shard i/n` (and the action's `shard`), their partial reports merged with
// `tf-repro merge` (and the action's `merge`), compared with the same check on one runner. Real
// training (600 images, 1 epoch, wasm), real report.json files on disk, real errors.
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Report } from '../../src/contracts/report.js';
import { tfRepro, type CliRun } from '../support/cli.js';
import { repoRoot, tempDir } from '../support/paths.js';
import { runAction } from '../support/runner.js';

const packageVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const embeddedData = join(repoRoot, 'dist', 'data', 'mnist');
const IMAGES = 'train-images-idx3-ubyte.gz';
const LABELS = 'train-labels-idx1-ubyte.gz';

const small = ['--runs', '2', '--epochs', '1', '--samples', '600', '--batch-size', '32', '--backend', 'wasm', '--quiet'];
const sixFolds = [...small, '--folds', '6'];

const root = tempDir('shards');
const readReport = (path: string): Report => JSON.parse(readFileSync(path, 'utf8')) as Report;

/** `tf-repro run` with the report in `dir`; the exit code checked; the report.json's path. */
async function train(dir: string, expectedCode: number, ...args: string[]): Promise<string> {
  const run = await tfRepro('run', ...args, '--report-dir', dir);
  assert.equal(run.code, expectedCode, run.stdout + run.stderr);
  return join(dir, 'report.json');
}

/** A merge that must fail: exit 2, one line on stderr, nothing on stdout. */
function assertOneError(run: CliRun, expected: RegExp): void {
  assert.equal(run.code, 2, run.stdout + run.stderr);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0] as string, expected);
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
}

/**
 * What must be the same as on one runner: the verdict and its sentence, the comparison, where the
 * runs part, the work, and per run its status, each fold's metrics and weight digest, and the trace.
 */
function outcome(report: Report) {
  return {
    verdict: report.verdict,
    summary: report.summary,
    comparison: report.comparison,
    variance: report.variance,
    maxAbsDiff: report.maxAbsDiff,
    divergence: report.divergence,
    work: report.work,
    runs: report.runs.map((run) => ({
      run: run.run,
      status: run.status,
      folds: run.folds.map((fold) => ({ fold: fold.fold, metrics: fold.metrics, weightsSha256: fold.weightsSha256 })),
      trace: run.trace,
    })),
  };
}

let oneRunner: Report;
let oneRunnerPath = '';
const twoWay: string[] = [];
const threeWay: string[] = [];

test('sharded 2 ways: each leg trains its folds into a partial report, and their merge is the check on one runner', async () => {
  oneRunnerPath = await train(join(root, 'one-runner'), 0, ...sixFolds);
  oneRunner = readReport(oneRunnerPath);
  assert.equal(oneRunner.verdict, 'reproducible');
  assert.equal(oneRunner.shard, undefined);

  for (const index of [1, 2]) twoWay.push(await train(join(root, 'two', `leg-${index}`), 0, ...sixFolds, '--shard', `${index}/2`));
  const first = readReport(twoWay[0] as string);
  assert.deepEqual(
    { ...first.shard, settingsDigest: 'x', datasetDigest: 'y' },
    {
      index: 1,
      count: 2,
      folds: [0, 2, 4],
      settingsDigest: 'x',
      datasetDigest: 'y',
      toolVersion: packageVersion,
      // The default model: no model file to digest (merge digests the settings again with it).
      modelSha256: null,
    },
  );
  assert.match(first.shard?.settingsDigest ?? '', /^[0-9a-f]{64}$/);
  assert.match(first.shard?.datasetDigest ?? '', /^[0-9a-f]{64}$/);
  assert.equal(
    first.summary,
    "Shard 1 of 2 (folds 0, 2, 4 of 6): Reproducible: 2 runs × 3 folds: metrics and final weights of 3 folds and 6 traced checkpoints, all bitwise identical. Merge the 2 shards' reports for the check's verdict over all 6 folds.",
  );
  assert.deepEqual(
    first.runs.map((run) => run.folds.map((fold) => fold.fold)),
    [
      [0, 2, 4],
      [0, 2, 4],
    ],
  );
  assert.deepEqual(first.work, { trainedEpochs: 6, plannedEpochs: 6, stoppedEarly: false });
  const second = readReport(twoWay[1] as string);
  assert.deepEqual(second.shard?.folds, [1, 3, 5]);
  assert.equal(second.shard?.settingsDigest, first.shard?.settingsDigest);
  assert.equal(second.shard?.datasetDigest, first.shard?.datasetDigest);

  const mergedDir = join(root, 'two', 'merged');
  // A quoted glob, expanded by tf-repro.
  const merge = await tfRepro('merge', join(root, 'two', 'leg-*', 'report.json'), '--report-dir', mergedDir);
  assert.equal(merge.code, 0, merge.stdout + merge.stderr);
  assert.equal(merge.stdout.split('\n')[0], oneRunner.summary);
  const merged = readReport(join(mergedDir, 'report.json'));
  assert.deepEqual(outcome(merged), outcome(oneRunner));
  assert.deepEqual(merged.merged, { shards: 2, files: twoWay });
  assert.equal(merged.shard, undefined);
  assert.equal(merged.settings.shard, undefined);
  assert.equal(merged.settings.onlyFolds, undefined);
  assert.deepEqual(merged.warnings, oneRunner.warnings);
  assert.deepEqual(merged.errors, []);
});

test('sharded 3 ways, one leg and the merge through the action: the same report as on one runner, its outputs and summary', async () => {
  for (const index of [1, 2]) threeWay.push(await train(join(root, 'three', `leg-${index}`), 0, ...sixFolds, '--shard', `${index}/3`));
  const actionLeg = await runAction({
    runs: '2',
    folds: '6',
    epochs: '1',
    samples: '600',
    'batch-size': '32',
    backend: 'wasm',
    shard: '3/3',
    'report-dir': join(root, 'three', 'leg-3'),
  });
  assert.equal(actionLeg.exitCode, 0, actionLeg.stdout + actionLeg.stderr);
  assert.match(actionLeg.stdout, /Training shard 3 of 3 \(folds 2, 5 of 6\): 2 runs × 6 folds × 1 epochs/);
  assert.equal(actionLeg.outputs.verdict, 'reproducible');
  // Markdown escapes the parentheses.
  assert.ok(actionLeg.summary.includes('Shard 3 of 3 \\(folds 2, 5 of 6\\): Reproducible: 2 runs × 2 folds'), actionLeg.summary);
  assert.match(actionLeg.summary, /shard 3\/3/);
  assert.match(actionLeg.stdout, /No pull request comment from shard 3 of 3: the merge job comments for the whole check\./);
  threeWay.push(join(root, 'three', 'leg-3', 'report.json'));
  assert.deepEqual(readReport(threeWay[2] as string).shard?.folds, [2, 5]);

  // Globs one per line, as after actions/download-artifact; the merged check gets this job's label,
  // and its drift against the one-runner check (the same numbers) is none.
  const merge = await runAction({
    merge: `${join(root, 'three', 'leg-1', 'report.json')}\n${join(root, 'three', 'leg-[23]', 'report.json')}\n`,
    'report-dir': join(root, 'three', 'merged'),
    label: 'merged legs',
    baseline: oneRunnerPath,
  });
  assert.equal(merge.exitCode, 0, merge.stdout + merge.stderr);
  assert.equal(merge.outputs.verdict, 'reproducible');
  assert.equal(merge.outputs.reproducible, 'true');
  assert.equal(merge.outputs.divergence, '');
  assert.equal(merge.outputs['report-path'], join(root, 'three', 'merged', 'report.json'));
  assert.match(merge.summary, /^## ✅ Reproducible — tf-repro/);
  assert.ok(merge.summary.includes(oneRunner.summary), merge.summary);
  const merged = readReport(merge.outputs['report-path'] as string);
  assert.deepEqual(outcome(merged), outcome(oneRunner));
  assert.deepEqual(merged.merged, { shards: 3, files: threeWay });
  assert.equal(merged.label, 'merged legs');
  assert.equal(merge.outputs.drift, 'unchanged');
  assert.equal(merged.drift?.status, 'unchanged');
});

test('one clear error, exit 2: a missing shard, a duplicate, other settings, another dataset, another tool version, a whole report', async () => {
  const [leg1, leg2] = twoWay as [string, string];
  assertOneError(
    await tfRepro('merge', leg1),
    new RegExp(`^tf-repro: shard 2 of 2 is missing: merge needs the report.json of every leg .*; given: shard 1 of 2 \\(${leg1}\\)$`),
  );

  const copy = join(root, 'copy', 'report.json');
  mkdirSync(join(root, 'copy'));
  copyFileSync(leg1, copy);
  assertOneError(await tfRepro('merge', leg1, leg2, copy), /^tf-repro: shard 1 of 2 is given twice \(.*copy\/report.json, .*leg-1\/report.json\): /);

  const otherSeed = await train(join(root, 'other-seed'), 0, ...sixFolds, '--shard', '2/2', '--seed', '1');
  assertOneError(
    await tfRepro('merge', leg1, otherSeed),
    new RegExp(
      `^tf-repro: shards 1 and 2 were trained with different settings: seed 0 vs 1 \\(${leg1}, ${otherSeed}\\): give every leg the same inputs \\(only shard differs\\)$`,
    ),
  );

  // The same images in a directory of their own: the content counts, not the path, so they merge.
  const sameData = join(root, 'same-data');
  cpSync(embeddedData, sameData, { recursive: true });
  const samePath = await train(join(root, 'same-data-leg'), 0, ...sixFolds, '--shard', '2/2', '--dataset', sameData);
  const sameMerge = await tfRepro('merge', leg1, samePath, '--json');
  assert.equal(sameMerge.code, 0, sameMerge.stderr);
  assert.deepEqual(outcome(JSON.parse(sameMerge.stdout) as Report), outcome(oneRunner));

  // One pixel of the first image changed.
  const otherData = join(root, 'other-data');
  mkdirSync(otherData);
  const images = gunzipSync(readFileSync(join(embeddedData, IMAGES)));
  images[16 + 14 * 28 + 14] = (images[16 + 14 * 28 + 14] as number) ^ 0xff;
  writeFileSync(join(otherData, IMAGES), gzipSync(images));
  copyFileSync(join(embeddedData, LABELS), join(otherData, LABELS));
  const otherPath = await train(join(root, 'other-data-leg'), 0, ...sixFolds, '--shard', '2/2', '--dataset', otherData);
  assertOneError(
    await tfRepro('merge', leg1, otherPath),
    new RegExp(
      `^tf-repro: shards 1 and 2 were trained on different datasets: the embedded MNIST digits vs '${otherData}', whose images or labels differ \\(${leg1}, ${otherPath}\\): give every leg the same dataset$`,
    ),
  );

  // A partial report of another tf-repro: the file a user could have, with another version in it.
  const older = join(root, 'older', 'report.json');
  mkdirSync(join(root, 'older'));
  const report = readReport(leg2) as Report & { shard: { toolVersion: string } };
  report.shard.toolVersion = '0.0.9';
  report.tool.version = '0.0.9';
  writeFileSync(older, JSON.stringify(report, null, 2));
  assertOneError(
    await tfRepro('merge', leg1, older),
    new RegExp(
      `^tf-repro: shards 1 and 2 were written by tf-repro ${packageVersion} and 0.0.9 \\(${leg1}, ${older}\\): run every leg and the merge with the same version of tf-repro$`,
    ),
  );

  assertOneError(
    await tfRepro('merge', leg1, leg2, join(root, 'one-runner', 'report.json')),
    /^tf-repro: .*one-runner\/report.json is a whole check's report, not a shard's partial report: merge takes the report.json that each leg with shard: i\/n wrote/,
  );
  assertOneError(
    await tfRepro('merge', join(root, 'nowhere', '*', 'report.json')),
    /^tf-repro: tf-repro merge: no file matches '.*nowhere\/\*\/report.json' in /,
  );
  assertOneError(await tfRepro('merge'), /^tf-repro: tf-repro merge needs the report.json of every shard/);
  assertOneError(await tfRepro('merge', leg1, leg2, '--epochs', '2'), /^tf-repro: Unknown option '--epochs'/);
});

test('bad shard values, and shard or merge with what they cannot go with: one line naming the input, exit 2, nothing trained', async () => {
  for (const [value, expected] of [
    ['0/2', /^tf-repro: --shard must be i\/n with 1 <= i <= n, like 2\/4 \(this leg trains shard 2 of 4\), got '0\/2'$/],
    ['3/2', /got '3\/2'$/],
    ['two', /got 'two'$/],
    ['2/7', /^tf-repro: --shard is 2\/7, but a check of 6 folds has at most 6 shards \(work is shared out by fold\): use n <= 6, or more folds$/],
  ] as const) {
    const dir = join(root, `bad-${value.replace('/', '-')}`);
    const run = await tfRepro('run', ...sixFolds, '--shard', value, '--report-dir', dir);
    assertOneError(run, expected);
  }
  assertOneError(
    await tfRepro('run', '--command', 'true', '--shard', '1/2'),
    /^tf-repro: --shard does not apply with --command: a command trains every fold itself;/,
  );
  assertOneError(await tfRepro('diagnose', ...sixFolds, '--shard', '1/2'), /^tf-repro: --diagnose does not apply with --shard: /);

  const badShard = await runAction({ shard: '1/0' });
  assert.equal(badShard.exitCode, 2);
  assert.equal(badShard.outputs.verdict, 'error');
  assert.match(badShard.stdout, /::error::input 'shard' must be i\/n with 1 <= i <= n, like 2\/4 \(this leg trains shard 2 of 4\), got '1\/0'/);
  const mergeWithEpochs = await runAction({ merge: twoWay.join('\n'), epochs: '1' });
  assert.equal(mergeWithEpochs.exitCode, 2);
  assert.match(
    mergeWithEpochs.stdout,
    /::error::input 'epochs' does not apply with input 'merge': the merged check has the settings its shards were trained with; leave input 'epochs' out/,
  );
  const missing = await runAction({ merge: twoWay[0] as string });
  assert.equal(missing.exitCode, 2);
  assert.match(missing.stdout, /::error::shard 2 of 2 is missing: /);
});

test('a check that is not reproducible, sharded: each leg fails on its own folds, and the merge finds the same divergence as one runner', async () => {
  const model = join(repoRoot, 'test', 'fixtures', 'nondeterministic', 'late-noise.mjs');
  const { NOISE_EPOCH, NOISE_BATCH } = (await import(model)) as { NOISE_EPOCH: number; NOISE_BATCH: number };
  const check = ['--model', model, '--samples', '600', '--folds', '2', '--batch-size', '50', '--backend', 'wasm', '--epochs', String(NOISE_EPOCH), '--quiet'];
  const single = readReport(await train(join(root, 'noisy-one'), 1, ...check));
  const legs = [await train(join(root, 'noisy-1'), 1, ...check, '--shard', '1/2'), await train(join(root, 'noisy-2'), 1, ...check, '--shard', '2/2')];
  assert.match(readReport(legs[1] as string).summary, /^Shard 2 of 2 \(fold 1 of 2\): Not reproducible: /);
  const merge = await tfRepro('merge', ...legs, '--json');
  assert.equal(merge.code, 1, merge.stderr);
  const merged = JSON.parse(merge.stdout) as Report;
  assert.equal(merged.verdict, 'not-reproducible');
  const where = (report: Report) => ({ ...report.divergence, narrowing: { ...report.divergence?.narrowing, seconds: 0 } });
  assert.deepEqual(where(merged), where(single));
  // The narrowing of the leg that trained fold 0 is kept: the batch where the noise starts.
  assert.deepEqual([merged.divergence?.fold, merged.divergence?.epoch, merged.divergence?.batch], [0, NOISE_EPOCH, NOISE_BATCH]);
  assert.equal(merged.divergence?.narrowing?.status, 'found');
});
