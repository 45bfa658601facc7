// Bring your own training, end to end: the bundle as the runner starts it, and the tf-repro
// command, with a model file or a Python training command. Same verdict, report, exit codes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import type { CommandFingerprint } from '../../src/contracts/run-result.js';
import { tfRepro } from '../support/cli.js';
import { repoRoot, scratchDir } from '../support/paths.js';
import { runAction } from '../support/runner.js';

const script = join(repoRoot, 'test', 'fixtures', 'commands', 'fake_train.py');
const model = (name: string) => join(repoRoot, 'test', 'fixtures', 'models', name);
const quick = { runs: '2', folds: '2', epochs: '1', samples: '300', 'batch-size': '50', backend: 'wasm' };

test('action, command: a seeded Python script passes; outputs, summary, report and logs as for the default workload', async () => {
  const cwd = scratchDir('e2e-command');
  const run = await runAction({
    command: `python3 ${script} --format csv --artifact weights.bin`,
    'working-directory': cwd,
    framework: 'tensorflow',
    artifacts: '*.bin',
    'timeout-minutes': '5',
  });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'reproducible');
  assert.equal(run.outputs.variance, '0');
  assert.match(
    run.stdout,
    /Running `python3 .*fake_train\.py --format csv --artifact weights\.bin` 2 times, each a fresh process \(framework: tensorflow, deterministic: true\)/,
  );
  assert.match(run.stdout, /run 2 fold 2: loss [\d.]+, accuracy [\d.]+\n/);
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as Report;
  assert.equal(report.command?.workingDirectory, cwd);
  assert.equal(report.command?.variables.TF_DETERMINISTIC_OPS, '1');
  assert.equal(report.settings.folds, undefined, 'folds do not apply to a command');
  assert.deepEqual(
    report.artifacts?.map((a) => [a.path, a.identical]),
    [['weights.bin', true]],
  );
  const dir = join(run.outputs['report-path'], '..');
  for (const file of ['results.txt', 'summary.md', 'logs/run-1.stdout.log', 'logs/run-2.stderr.log', 'metrics/run-1.metrics'])
    assert.ok(existsSync(join(dir, file)), file);
  assert.match(run.summary, /^## ✅ Reproducible/);
  assert.match(run.summary, /runs 2 · seed 0 · deterministic true · threads 1 · fail-fast true · command python3 .* · framework tensorflow · tolerance 0/);
  assert.match(run.summary, /### Artifacts/);
  assert.match(run.summary, /### Command/);
  assert.match(run.summary, /\| TF\\_REPRO\\_SEED \| 0 \|/);
});

test('action, command: an unseeded script fails the step with exit code 1', async () => {
  const run = await runAction({ command: `python3 ${script} --unseeded`, 'working-directory': scratchDir('e2e-unseeded') });
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.equal(run.outputs.reproducible, 'false');
  assert.match(run.stdout, /::error::Not reproducible: folds 0, 1, 2 differ/);
});

test('action, command: a failing command is exit code 2 with its output in the error', async () => {
  const run = await runAction({ command: 'echo "ModuleNotFoundError: No module named tensorflow" >&2; exit 1', 'working-directory': scratchDir('e2e-fail') });
  assert.equal(run.exitCode, 2, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'error');
  assert.match(run.stdout, /::error::run 1 failed: the command exited with code 1 .*ModuleNotFoundError: No module named tensorflow/);
});

test('action, model: a Keras model.to_json() file passes and the summary lists the seeds supplied', async () => {
  const run = await runAction({ ...quick, model: model('keras-to-json.json') });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'reproducible');
  assert.match(run.summary, /### Seeds supplied/);
  assert.match(run.summary, /\| conv2d \| 2 \| kernel\\_initializer \| \d+ \|/);
  assert.match(run.summary, /\| dropout \| 6 \| seed \| \d+ \|/);
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as Report;
  assert.equal(report.suppliedSeeds?.length, 4);
});

const badInputs: [Record<string, string>, RegExp][] = [
  [{ model: 'a.json', command: 'python t.py' }, /^::error::input 'model' and input 'command' cannot be used together/],
  [{ 'metrics-file': 'm.json' }, /^::error::input 'metrics-file' applies only with input 'command'/],
  [{ command: 'true', framework: 'theano' }, /^::error::input 'framework' must be one of tensorflow, pytorch, jax, none, got 'theano'/],
];
for (const [inputs, message] of badInputs) {
  test(`action, bad inputs ${JSON.stringify(inputs)}: one error naming the input, exit 2`, async () => {
    const run = await runAction(inputs);
    assert.equal(run.exitCode, 2, run.stdout + run.stderr);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    assert.equal(errors.length, 1, run.stdout);
    assert.match(errors[0] ?? '', message);
  });
}

test('tf-repro run --model with an input that does not fit: one line naming both shapes, exit 2', async () => {
  const run = await tfRepro('run', '--runs', '2', '--folds', '2', '--samples', '300', '--model', model('keras-wrong-input.json'));
  assert.equal(run.code, 2, run.stderr);
  assert.match(
    run.stderr,
    /^tf-repro: 'model': .*keras-wrong-input\.json: the model's input shape \[32, 32\] does not fit the dataset's 28×28 images; give the model an input of \[28, 28\], \[28, 28, 1\] or \[784\]\n$/,
  );
});

test('tf-repro run --command: progress per run on stderr, the report on stdout, exit 0', async () => {
  const run = await tfRepro(
    'run',
    '--command',
    `python3 ${script} --format jsonl --folds 2`,
    '--working-directory',
    scratchDir('cli-command'),
    '--framework',
    'none',
  );
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /^run 1 of 2: python3 .*\nrun 1 of 2: done in [\d.]+ s, 2 folds\nrun 2 of 2: /);
  assert.match(run.stdout, /^Reproducible: 2 runs × 2 folds gave bitwise-identical metrics/);
  assert.match(
    run.stdout,
    /\ncommand: python3 .* \(in .*cli-command.*, framework none\)\nvariables: TF_REPRO_SEED=0 TF_REPRO_DATASET=\S+ TF_REPRO_DATASET_DIR=\S+\nrun 1's own: TF_REPRO_RUN=1 TF_REPRO_METRICS=.*\nrun 2's own: TF_REPRO_RUN=2 TF_REPRO_METRICS=/,
  );
});

test('tf-repro run --command: each run carries a fingerprint, with the Python version it wrote to $TF_REPRO_ENVIRONMENT where it wrote one', async () => {
  const dir = scratchDir('cli-command-fingerprint');
  // Run 1 reports its Python and a package; run 2 writes something that is not JSON: its fingerprint has no versions.
  const versions = `python3 -c 'import json, os, platform; f = open(os.environ["TF_REPRO_ENVIRONMENT"], "w"); f.write(json.dumps({"python": platform.python_version(), "frameworks": {"fake_train": "1.0"}}) if os.environ["TF_REPRO_RUN"] == "1" else "not json")'`;
  const run = await tfRepro(
    'run',
    '--command',
    `python3 ${script} --format jsonl --folds 2 && ${versions}`,
    '--working-directory',
    dir,
    '--framework',
    'tensorflow',
    '--report-dir',
    join(dir, 'report'),
  );
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(readFileSync(join(dir, 'report', 'report.json'), 'utf8')) as Report;
  const python = execFileSync('python3', ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' }).trim();
  const [first, second] = report.runs.map((r) => r.environment as CommandFingerprint);
  assert.deepEqual(first, {
    kind: 'command',
    platform: `${process.platform} ${process.arch}`,
    cpuModel: cpus()[0]?.model.trim(),
    cpuCount: cpus().length,
    visibleCpus: availableParallelism(),
    determinismVariables: {
      TF_DETERMINISTIC_OPS: '1',
      TF_CUDNN_DETERMINISTIC: '1',
      PYTHONHASHSEED: '0',
      TF_NUM_INTEROP_THREADS: '1',
      TF_NUM_INTRAOP_THREADS: '1',
      OMP_NUM_THREADS: '1',
      TF_ENABLE_ONEDNN_OPTS: report.command?.variables.TF_ENABLE_ONEDNN_OPTS,
    },
    python,
    frameworks: { fake_train: '1.0' },
  });
  assert.deepEqual({ ...second, python: first?.python, frameworks: first?.frameworks }, first, 'the same machine and variables');
  assert.deepEqual([second?.python, second?.frameworks], [null, {}]);
  assert.deepEqual(report.environment, first, "the report's environment is the first run's");
  // The text wraps at 100 columns, later lines indented: as one line.
  const text = run.stdout.replaceAll('\n  ', ' ');
  assert.match(
    text,
    new RegExp(
      `\\nenvironment: platform .* · CPU .* × ${cpus().length} · CPUs it may run on ${availableParallelism()} · Python ${python} · frameworks fake_train 1\\.0\\n`,
    ),
  );
  assert.match(text, /\ndeterminism variables: TF_DETERMINISTIC_OPS=1 .*OMP_NUM_THREADS=1 TF_ENABLE_ONEDNN_OPTS=[01]\n/);
});
