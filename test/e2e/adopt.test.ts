// Issue 22, items 10 and 11, through what users run (bin/tf-repro.js): a stock PyTorch MNIST script
// made checkable with the few lines docs/own-training.md shows (test/fixtures/pytorch-mnist), the
// data a command gets (TF_REPRO_DATASET's .npz and TF_REPRO_DATASET_DIR's IDX files), the metrics
// helper, and diagnose's estimate, `diagnose-variables`, TF_REPRO_MAX_EPOCHS and its warning about
// a script that seems to pin itself. Real Python (the tests' venv for PyTorch and NumPy), real files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { loadEmbeddedDataset } from '../../src/data/dataset.js';
import { npyFile } from '../../src/data/npz.js';
import { tfRepro } from '../support/cli.js';
import { pythonPackageSource, repoRoot, tempDir } from '../support/paths.js';
import { pythonFrameworks, pythonFrameworksMissing } from '../support/python-frameworks.js';

const fixture = (...parts: string[]) => join(repoRoot, 'test', 'fixtures', ...parts);
const savedReport = (dir: string): Report => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
/** The venv's Python with this checkout's tf_repro package (the venv's install may be another worktree's). */
const python = (script: string) => `PYTHONPATH=${pythonPackageSource} ${pythonFrameworks?.python ?? 'python3'} -B ${script}`;

/** The unified diff users see in the docs: `diff -u` with the files' names as labels. */
function fixtureDiff(): string {
  const dir = fixture('pytorch-mnist');
  const diff = spawnSync('diff', ['-u', '--label', 'original.py', '--label', 'adopted.py', join(dir, 'original.py'), join(dir, 'adopted.py')], {
    encoding: 'utf8',
  });
  assert.equal(diff.status, 1, `diff found no difference or failed: ${diff.stderr}`);
  return diff.stdout;
}

test('the adopted PyTorch MNIST script differs from the stock one by the budget, and the docs show exactly that diff', () => {
  const diff = fixtureDiff();
  const changed = diff.split('\n').filter((line) => /^[+-](?![+-]{2} )/.test(line));
  const added = changed.filter((line) => line.startsWith('+'));
  const removed = changed.filter((line) => line.startsWith('-'));
  const data = added.filter((line) => line.includes('dataset_path()'));
  const traced = added.filter((line) => line.includes('trace_checkpoint'));
  const checked = added.filter((line) => !data.includes(line) && !traced.includes(line));
  assert.equal(data.length, 1, diff);
  assert.ok(checked.length <= 3, `more than 3 added lines to be checked:\n${checked.join('\n')}`);
  assert.ok(traced.length <= 2, `more than 2 added lines to be traced:\n${traced.join('\n')}`);
  // The lines taken away are only the two that change: the seed's default and the data's.
  assert.equal(removed.length, 2, diff);
  assert.ok(checked.some((line) => line.includes('tf_repro.write_fold_metrics(0,')) && checked.some((line) => line.includes('tf_repro.seed(')), diff);
  const docs = readFileSync(join(repoRoot, 'docs', 'own-training.md'), 'utf8');
  assert.ok(docs.includes('```diff\n' + diff + '```'), `docs/own-training.md does not show the fixture's diff as it is:\n${diff}`);
});

test("the adopted script's verdict is reproducible, with traced checkpoints, on a small `dataset` given to it as TF_REPRO_DATASET", async (t) => {
  if (pythonFrameworks === null) return t.skip(pythonFrameworksMissing);
  // 400 of the embedded digits as x.npy and y.npy: the .npz then holds 320 to train on and 80 to test.
  const data = tempDir('adopt-data');
  const digits = await loadEmbeddedDataset({ samples: 400, numClasses: 10 });
  assert.ok(digits.ok);
  writeFileSync(join(data, 'x.npy'), npyFile('|u1', [400, 28, 28], digits.value.images));
  writeFileSync(join(data, 'y.npy'), npyFile('|u1', [400], digits.value.labels));
  const dir = tempDir('adopt-report');
  const command = `${python(fixture('pytorch-mnist', 'adopted.py'))} --epochs 1`;
  const run = await tfRepro('run', '--command', command, '--framework', 'pytorch', '--dataset', data, '--report-dir', dir, '--quiet');
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const report = savedReport(dir);
  assert.equal(report.verdict, 'reproducible');
  assert.deepEqual(
    report.runs.map((r) => r.folds.map((f) => Object.keys(f.metrics).sort())),
    [[['accuracy', 'loss']], [['accuracy', 'loss']]],
  );
  // Traced: initialisation and the one epoch, every parameter, the same digests in both runs.
  for (const r of report.runs) {
    assert.deepEqual(
      r.trace?.map((c) => [c.fold, c.epoch]),
      [
        [0, 0],
        [0, 1],
      ],
    );
    assert.deepEqual(Object.keys(r.trace![0]!.digests), [
      'conv1.weight',
      'conv1.bias',
      'conv2.weight',
      'conv2.bias',
      'fc1.weight',
      'fc1.bias',
      'fc2.weight',
      'fc2.bias',
    ]);
  }
  assert.deepEqual(report.runs[0]!.trace, report.runs[1]!.trace);
  // The .npz the command read: in a temporary directory of its own, not in the report (a workflow uploads that), and gone after the check.
  const npz = report.command?.variables.TF_REPRO_DATASET ?? '';
  assert.match(npz, /\/tf-repro-dataset-[^/]+\/dataset\.npz$/);
  assert.ok(!npz.startsWith(dir), npz);
  assert.ok(!existsSync(npz), `${npz} is left after the check`);
  assert.equal(report.command?.variables.TF_REPRO_DATASET_DIR, data);
  // What a command finds in it: the dataset's 400 images split 320/80, as uint8.
  const shapesScript = join(tempDir('adopt-shapes'), 'shapes.py');
  writeFileSync(
    shapesScript,
    'import tf_repro\n(a, b), (c, d) = tf_repro.load_dataset()\n' +
      'tf_repro.write_fold_metrics(0, train=len(a), test=len(c), rows=a.shape[1], columns=a.shape[2], image_bytes=a.dtype.itemsize, label_bytes=b.dtype.itemsize)\n',
  );
  const shapesDir = tempDir('adopt-shapes-report');
  const shapes = await tfRepro('run', '--command', python(shapesScript), '--framework', 'none', '--dataset', data, '--report-dir', shapesDir, '--quiet');
  assert.equal(shapes.code, 0, shapes.stdout + shapes.stderr);
  assert.deepEqual(savedReport(shapesDir).runs[0]?.folds[0]?.metrics, { train: 320, test: 80, rows: 28, columns: 28, image_bytes: 1, label_bytes: 1 });
});

test('without `dataset` a command gets the embedded digits as an .npz in Keras’ layout and as the shipped IDX files, the same images in order', async (t) => {
  if (pythonFrameworks === null) return t.skip(pythonFrameworksMissing);
  const dir = tempDir('adopt-embedded');
  const run = await tfRepro('run', '--command', python(fixture('commands', 'dataset-contract.py')), '--framework', 'none', '--report-dir', dir, '--quiet');
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const report = savedReport(dir);
  assert.equal(report.verdict, 'reproducible');
  // write_fold_metrics: one call wrote fold 0's metrics, read by tf-repro.
  for (const r of report.runs)
    assert.deepEqual(r.folds, [
      {
        fold: 0,
        metrics: { train: 8000, test: 2000, same_as_idx: 1, image_rows: 28, image_bytes: 1, label_bytes: 1 },
        weightsSha256: null,
        trainSeconds: null,
      },
    ]);
  assert.match(report.command?.variables.TF_REPRO_DATASET_DIR ?? '', /dist\/data\/mnist$/);
  assert.ok(existsSync(join(report.command!.variables.TF_REPRO_DATASET_DIR!, 'train-images-idx3-ubyte.gz')));
});

test('a `dataset` a command cannot get is one error naming the input, before any run', async () => {
  const dir = tempDir('adopt-missing');
  const run = await tfRepro('run', '--command', 'echo never', '--dataset', join(dir, 'absent'), '--report-dir', dir);
  assert.equal(run.code, 2, run.stdout + run.stderr);
  assert.match(run.stderr, /'dataset': directory .*absent does not exist/);
  assert.ok(!existsSync(join(dir, 'logs', 'run-1.stdout.log')), 'a run started');
});

test('diagnose-variables: an unknown name is one error naming the input and listing the valid names, before anything runs', async () => {
  const dir = tempDir('adopt-unknown');
  const run = await tfRepro(
    'diagnose',
    '--command',
    'echo never',
    '--framework',
    'pytorch',
    '--diagnose-variables',
    'PYTHONHASHSEED,CUDNN_MAGIC',
    '--report-dir',
    dir,
  );
  assert.equal(run.code, 2, run.stdout + run.stderr);
  const errors = run.stderr.trim().split('\n');
  assert.equal(errors.length, 1, run.stderr);
  assert.match(
    errors[0]!,
    /'diagnose-variables': 'CUDNN_MAGIC' is not a setting diagnose can switch off for a command with framework pytorch; give a comma list of: CUBLAS_WORKSPACE_CONFIG, NCCL_ALGO, PYTHONHASHSEED, OMP_NUM_THREADS/,
  );
  assert.ok(!existsSync(join(dir, 'logs')), 'a run started');
  const without = await tfRepro('run', '--command', 'echo never', '--diagnose-variables', 'PYTHONHASHSEED');
  assert.equal(without.code, 2);
  assert.match(without.stderr, /--diagnose-variables applies only with --diagnose/);
});

test('diagnose on a command: the estimate first, only the chosen setting, and trials told to stop at the diverging epoch', async () => {
  const dir = tempDir('adopt-diagnose');
  const command = `python3 -B ${fixture('commands', 'self-pinned.py')} --clock --folds 2 --epochs 4`;
  const run = await tfRepro('diagnose', '--command', command, '--framework', 'pytorch', '--diagnose-variables', 'PYTHONHASHSEED', '--report-dir', dir);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  const report = savedReport(dir);
  assert.deepEqual([report.divergence?.fold, report.divergence?.stage, report.divergence?.epoch], [0, 'epoch', 2]);
  // Printed before the first trial, labelled, from the check's measured run time.
  const lines = run.stderr.split('\n');
  const estimate = lines.findIndex((line) =>
    /^diagnose: 4 trials planned, estimated \d+ s \(an estimate: 4 × [\d.]+ s, 2 runs of [\d.]+ s each, as the check's runs took; less where the command honours TF_REPRO_MAX_EPOCHS\)$/.test(
      line,
    ),
  );
  const firstTrial = lines.findIndex((line) => line.startsWith('diagnose: every setting on'));
  assert.ok(estimate >= 0 && estimate < firstTrial, run.stderr);
  const diagnosis = report.diagnosis!;
  assert.deepEqual(
    diagnosis.settings.map((s) => s.name),
    ['PYTHONHASHSEED'],
  );
  assert.match(diagnosis.configuration, /told to stop after epoch 2 \(TF_REPRO_MAX_EPOCHS=2, where the command honours it\)/);
  // The check's own runs are not told; every trial's are, and this one stopped there.
  assert.match(readFileSync(join(dir, 'logs', 'run-1.stdout.log'), 'utf8'), /^TF_REPRO_MAX_EPOCHS=None$/m);
  for (const trial of ['diagnosis-1', 'diagnosis-2', 'diagnosis-3'])
    assert.match(readFileSync(join(dir, 'trials', trial, 'logs', 'run-1.stdout.log'), 'utf8'), /^TF_REPRO_MAX_EPOCHS=2$/m, trial);
  const traced = readFileSync(join(dir, 'trials', 'diagnosis-1', 'traces', 'run-1.jsonl'), 'utf8');
  assert.deepEqual(
    [
      ...new Set(
        traced
          .trim()
          .split('\n')
          .map((line) => (JSON.parse(line) as { epoch: number }).epoch),
      ),
    ],
    [0, 1, 2],
  );
  // Its source names the switch, but its runs part without the settings: the trials measured something.
  assert.ok(!diagnosis.notes.some((n) => n.includes('seems to set determinism itself')), diagnosis.notes.join('\n'));
});

test('diagnose names a script that seems to set determinism itself: its source calls the switch and every trial agrees', async () => {
  const dir = tempDir('adopt-self-pinned');
  const command = `python3 -B ${fixture('commands', 'self-pinned.py')} --folds 2 --epochs 2`;
  const run = await tfRepro('diagnose', '--command', command, '--framework', 'pytorch', '--report-dir', dir);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const diagnosis = savedReport(dir).diagnosis!;
  const note = diagnosis.notes.find((n) => n.startsWith('the script seems to set determinism itself'));
  assert.ok(note?.includes('self-pinned.py calls use_deterministic_algorithms; with each setting off its runs still agree'), diagnosis.notes.join('\n'));
  assert.match(note!, /a likely cause, not a finding/);
  assert.ok(run.stdout.includes('seems to set determinism itself'), run.stdout);
  // The same check of a script that names no such call says nothing of the kind.
  const plain = await tfRepro(
    'diagnose',
    '--command',
    `python3 -B ${fixture('commands', 'clock-shuffle.py')} --folds 1`,
    '--framework',
    'pytorch',
    '--json',
    '--quiet',
  );
  assert.ok(!plain.stdout.includes('seems to set determinism itself'), plain.stdout);
});

test("diagnose on tf-repro's own training: only the chosen settings, and the estimate once the control trial was measured", async () => {
  const dir = tempDir('adopt-own');
  const run = await tfRepro(
    'diagnose',
    ...['--samples', '200', '--folds', '2', '--epochs', '1', '--batch-size', '40', '--backend', 'wasm'],
    ...['--diagnose-variables', 'shuffle,TF_DETERMINISTIC_OPS', '--report-dir', dir],
  );
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.deepEqual(
    savedReport(dir).diagnosis?.settings.map((s) => s.name),
    ['TF_DETERMINISTIC_OPS', 'shuffle'],
  );
  // No estimate before a trial of this configuration was measured; one right after the control trial.
  const lines = run.stderr.split('\n');
  const control = lines.findIndex((line) => line.startsWith('diagnose: every setting on'));
  assert.ok(control >= 0, run.stderr);
  assert.ok(!lines.slice(0, control).some((line) => line.includes('estimate')), run.stderr);
  assert.match(lines[control + 1] ?? '', /^diagnose: 5 trials planned, estimated \d+ s \(an estimate: 5 × [\d.]+ s, as the control trial took\)$/);
});
