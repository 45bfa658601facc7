// The tf-repro command as a user runs it: real processes, real files, exit codes.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { tfRepro } from '../support/cli.js';
import { embedded, fashion, fashionMissing } from '../support/idx-data.js';
import { cliBin, repoRoot, tempDir } from '../support/paths.js';
import { follow } from '../support/processes.js';

const fixture = (name: string) => join(repoRoot, 'test', 'fixtures', name);
const quick = ['--runs', '2', '--folds', '2', '--epochs', '1', '--samples', '300', '--batch-size', '50', '--backend', 'wasm'];

test('--help and --version', async () => {
  const help = await tfRepro('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /tf-repro run \[options\]/);
  assert.match(help.stdout, /Exit codes: 0 reproducible, 1 not reproducible, 2 error/);
  const version = await tfRepro('--version');
  assert.match(version.stdout, /^tf-repro \d+\.\d+\.\d+\n$/);
});

test('run: JSON report on stdout, progress on stderr, files in --report-dir, then compare reads them', async () => {
  const dir = tempDir('cli');
  const run = await tfRepro('run', ...quick, '--deterministic', '--json', '--report-dir', dir);
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as Report;
  assert.equal(report.verdict, 'reproducible');
  assert.equal(report.settings.runs, 2);
  assert.equal(report.settings.deterministic, true);
  assert.match(run.stderr, /run 2 of 2, fold 1 \(2 of 2\)/);
  for (const file of ['report.json', 'results.txt', 'summary.md', 'logs/run-1.log', 'logs/run-2.log']) assert.ok(existsSync(join(dir, file)), file);

  const fromText = await tfRepro('compare', join(dir, 'results.txt'));
  assert.equal(fromText.code, 0, fromText.stderr);
  assert.match(fromText.stdout, /^Reproducible: /);
  const fromJson = await tfRepro('compare', join(dir, 'report.json'), '--json');
  assert.equal(fromJson.code, 0, fromJson.stderr);
  assert.equal((JSON.parse(fromJson.stdout) as Report).runs.length, 2);
  // results.txt holds the same numbers as the report, in the experiment's format.
  const lines = readFileSync(join(dir, 'results.txt'), 'utf8').trim().split('\n');
  assert.match(lines[0], /^\d{8}-\d{6}$/);
  assert.equal(lines[1], `0 ${report.runs[0].folds[0].metrics.loss} ${report.runs[0].folds[0].metrics.accuracy}`);
});

test('run on a real IDX directory given as --dataset', async (t) => {
  // Debian's Fashion-MNIST where installed, else the embedded digits' IDX files, named as a directory.
  const data = fashion ?? embedded;
  if (!fashion) t.diagnostic(fashionMissing);
  const run = await tfRepro('run', ...quick, '--dataset', data.dir);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Reproducible: /);
  assert.ok(run.stdout.includes(`dataset ${data.dir}`), run.stdout);
});

test('run --no-deterministic exits 1 and names the folds', async () => {
  const run = await tfRepro('run', ...quick, '--no-deterministic');
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stdout, /^Not reproducible: .*fold/);
});

test('compare: the experiment text format with a difference exits 1', async () => {
  const differs = await tfRepro('compare', fixture('experiment-differs.txt'));
  assert.equal(differs.code, 1, differs.stderr);
  assert.match(differs.stdout, /fold 1/);
  assert.match(differs.stdout, /largest difference 2\.000e-4/);
  const tolerated = await tfRepro('compare', fixture('experiment-differs.txt'), '--tolerance', '0.001');
  assert.equal(tolerated.code, 0, tolerated.stdout);
  const same = await tfRepro('compare', fixture('experiment-same.txt'));
  assert.equal(same.code, 0);
});

const badCalls: [string[], RegExp][] = [
  [['run', '--runs', '1'], /^tf-repro: --runs must be a whole number from 2 to 1,000/],
  // parseArgs took a value starting with '-' for a missing one ("argument is ambiguous").
  [['run', '--epochs', '-1'], /^tf-repro: --epochs must be a whole number from 1 to 100,000, got '-1'\n$/],
  [['run', '--tolerance', '-0.5'], /^tf-repro: --tolerance must be a number of at least 0 .*got '-0\.5'\n$/],
  // A whole number, just past the bound, which the message names.
  [['run', '--seed', '9007199254740992'], /^tf-repro: --seed must be a whole number from 0 to 4,294,967,295 .*got '9007199254740992'\n$/],
  [['run', '--backend', 'tpu'], /^tf-repro: --backend must be one of auto, tensorflow-gpu, tensorflow, wasm, cpu, got 'tpu'/],
  [['run', '--epochs', 'x'], /^tf-repro: --epochs must be a whole number/],
  [['run', '--frobnicate'], /^tf-repro: Unknown option '--frobnicate'/],
  [['run', ...quick, '--dataset', '/nonexistent'], /^tf-repro: 'dataset'.*\/nonexistent/],
  [['run', '--samples', '3', '--folds', '10'], /^tf-repro: --samples is 3, fewer than --folds/],
  [['run', '--deterministic', '--no-deterministic'], /^tf-repro: --deterministic and --no-deterministic contradict each other: give one or neither/],
  [['run', '--no-deterministic', '--deterministic'], /^tf-repro: --deterministic and --no-deterministic contradict each other/],
  [['compare'], /^tf-repro: tf-repro compare needs at least one result file/],
  [['compare', fixture('experiment-same.txt'), '--tolerance', '-1'], /^tf-repro: --tolerance must be a number of at least 0/],
  [['compare', '/nonexistent.txt'], /^tf-repro: cannot read result file '\/nonexistent.txt'/],
  [['compare', fixture('experiment-malformed.txt')], /experiment-malformed\.txt:3: /],
  [['frobnicate'], /^tf-repro: unknown command 'frobnicate'/],
];

for (const [args, message] of badCalls) {
  test(`tf-repro ${args.slice(0, 3).join(' ')}: one error line, exit 2`, async () => {
    const run = await tfRepro(...args);
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.match(run.stderr, message);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.equal(run.stdout, '');
  });
}

test('--threads 2 on wasm: the warning of every process is shown once', async () => {
  const run = await tfRepro('run', ...quick, '--threads', '2', '--parallel', '2');
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.match(/^warning: threads: 2 needs the threaded wasm build/gm)?.length, 1, run.stdout);
});

test("TF_REPRO_FUSED_STEP=off trains through tfjs: each run says so in report.json, with the fused runs' numbers; another value is one clear error, exit 2", async () => {
  const reports: Report[] = [];
  for (const value of [undefined, 'off']) {
    const env = { ...process.env, TF_REPRO_FUSED_STEP: value };
    const run = follow([cliBin, 'run', ...quick, '--json', '--quiet'], { env });
    assert.equal(await run.exited, 0, run.stderr());
    reports.push(JSON.parse(run.stdout()) as Report);
  }
  const [fused, tfjs] = reports;
  assert.deepEqual(
    [fused, tfjs].map((report) => report!.runs.map((run) => run.fusedStep)),
    [
      [true, true],
      [false, false],
    ],
  );
  assert.deepEqual(
    tfjs!.runs.map((run) => run.folds.map((f) => f.weightsSha256)),
    fused!.runs.map((run) => run.folds.map((f) => f.weightsSha256)),
  );
  const bad = follow([cliBin, 'run', ...quick], { env: { ...process.env, TF_REPRO_FUSED_STEP: 'of' } });
  assert.equal(await bad.exited, 2, bad.stderr());
  assert.match(bad.stdout() + bad.stderr(), /run 1 failed: TF_REPRO_FUSED_STEP must be 'off' \(train through tfjs's ops\) or 'on', or be unset; found 'of'/);
  assert.doesNotMatch(bad.stdout() + bad.stderr(), /\n\s+at /, 'no stack trace');
});

test('a command without --report-dir leaves nothing in TMPDIR', async () => {
  const tmp = tempDir('cli-tmpdir');
  const run = follow([cliBin, 'run', '--command', `echo '{"0": {"loss": 1}}' > "$TF_REPRO_METRICS"`], { env: { ...process.env, TMPDIR: tmp } });
  assert.equal(await run.exited, 0, run.stderr());
  assert.match(run.stdout(), /^Reproducible: /);
  assert.deepEqual(readdirSync(tmp), []);
});

test('a TMPDIR that does not exist: one clear error for a command, exit 2', async () => {
  const run = follow([cliBin, 'run', '--command', 'true'], { env: { ...process.env, TMPDIR: '/nonexistent/tmp' } });
  assert.equal(await run.exited, 2, run.stderr());
  assert.match(
    run.stderr(),
    /^tf-repro: the temporary directory \/nonexistent\/tmp \(TMPDIR\) cannot hold the command's logs \(.*\): set TMPDIR to a directory that exists and can be written, or give 'report-dir'\n$/,
  );
});
