// A command's runs side by side (`parallel`) and split by fold (`folds`, TF_REPRO_FOLDS), through
// bin/tf-repro.js with real processes: the numbers and traces of one run at a time, no file shared
// between runs, fail-fast ending every slot's processes, and one run per GPU where nvidia-smi (here a
// stand-in printing what the real one prints for the preflight's query) lists two.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { tfReproWith } from '../support/cli.js';
import { pythonPackageSource, repoRoot, scratchDir } from '../support/paths.js';
import { pythonFrameworks, pythonFrameworksMissing } from '../support/python-frameworks.js';

const sideBySide = join(repoRoot, 'test', 'fixtures', 'commands', 'side_by_side.py');
const fakeTrain = join(repoRoot, 'test', 'fixtures', 'commands', 'fake_train.py');
const digits = join(repoRoot, 'dist', 'data', 'mnist');

const readReport = (dir: string): Report => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('3 runs of the PyTorch example in 2 slots, and split by fold, give exactly the numbers and traces of parallel 1', { timeout: 15 * 60_000 }, async (t) => {
  if (pythonFrameworks === null) {
    t.skip(pythonFrameworksMissing);
    return;
  }
  // The package from its source: folds_to_train is this tree's.
  const env = { ...process.env, PYTHONPATH: pythonPackageSource };
  const command = `${pythonFrameworks.python} -B ${join(repoRoot, 'examples', 'pytorch', 'train.py')} --data ${digits} --samples 600 --folds 2 --epochs 1 --batch-size 60`;
  const check = async (name: string, ...flags: string[]): Promise<Report> => {
    const dir = scratchDir(`slots-${name}`);
    const run = await tfReproWith({ env }, 'run', '--command', command, '--framework', 'pytorch', '--runs', '3', '--report-dir', dir, ...flags);
    assert.equal(run.code, 0, `${name}: ${run.stdout}${run.stderr}`);
    return readReport(dir);
  };
  const one = await check('one', '--parallel', '1');
  const two = await check('two', '--parallel', '2');
  const split = await check('split', '--parallel', '2', '--folds', '2');
  for (const report of [one, two, split]) assert.equal(report.verdict, 'reproducible', report.summary);
  assert.deepEqual(
    one.runs.map((run) => run.placement?.map((p) => p.slot)),
    [[0], [0], [0]],
  );
  // Runs 1 and 2 start together; run 3 takes the first slot that comes free.
  assert.deepEqual(new Set(two.runs.slice(0, 2).map((run) => run.placement?.[0]?.slot)), new Set([0, 1]));
  // Each run split into a process per fold (fail-fast's side-by-side plan: one fold a job).
  for (const run of split.runs) {
    assert.deepEqual(run.placement?.map((p) => p.folds).sort(), [[0], [1]]);
    assert.equal(run.placement?.length, 2);
  }
  const numbers = (report: Report) => report.runs.map((run) => [run.status, run.folds.map((fold) => [fold.fold, fold.metrics])]);
  const traces = (report: Report) => report.runs.map((run) => run.trace);
  assert.deepEqual(numbers(two), numbers(one));
  assert.deepEqual(numbers(split), numbers(one));
  assert.ok(
    traces(one).every((trace) => (trace?.length ?? 0) === 4),
    'every run traced 2 folds at init and after the epoch',
  );
  assert.deepEqual(traces(two), traces(one));
  assert.deepEqual(traces(split), traces(one));
  assert.deepEqual(split.comparison.folds, one.comparison.folds);
});

test('two runs side by side are given no path of each other, and neither writes the other files', { timeout: 5 * 60_000 }, async () => {
  const cwd = scratchDir('slots-paths');
  const seen = join(cwd, 'seen');
  mkdirSync(seen);
  const dir = join(cwd, 'report');
  const run = await tfReproWith({ cwd }, 'run', '--command', `python3 ${sideBySide} ${seen} 2`, '--framework', 'none', '--parallel', '2', '--report-dir', dir);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const report = readReport(dir);
  assert.equal(report.verdict, 'reproducible', report.summary);
  const given = [1, 2].map((r) => JSON.parse(readFileSync(join(seen, `run-${r}.json`), 'utf8')) as Record<string, string>);
  for (const paths of given) for (const path of Object.values(paths)) assert.ok(path.startsWith(dir), path);
  assert.equal(new Set([...Object.values(given[0]), ...Object.values(given[1])]).size, 6, 'six paths, none shared');
  assert.deepEqual(report.runs.map((r) => r.placement?.[0]?.slot).sort(), [0, 1]);
  assert.deepEqual(report.command?.logs, ['logs/run-1.stdout.log', 'logs/run-1.stderr.log', 'logs/run-2.stdout.log', 'logs/run-2.stderr.log']);
});

test('framework none runs one at a time unless parallel is given; a fixed metrics-file runs one at a time, saying why', { timeout: 5 * 60_000 }, async () => {
  const cwd = scratchDir('slots-fixed');
  const dir = join(cwd, 'none');
  const none = await tfReproWith({ cwd }, 'run', '--command', `python3 ${fakeTrain}`, '--framework', 'none', '--report-dir', dir);
  assert.equal(none.code, 0, none.stdout + none.stderr);
  assert.deepEqual(
    readReport(dir).runs.map((r) => r.placement?.[0]?.slot),
    [0, 0],
  );
  const fixed = join(cwd, 'fixed');
  const run = await tfReproWith(
    { cwd },
    'run',
    '--command',
    `python3 ${fakeTrain} --metrics-file out.json`,
    '--metrics-file',
    'out.json',
    '--parallel',
    '2',
    '--report-dir',
    fixed,
  );
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.stderr, /the runs go one at a time, not 2 side by side: 'metrics-file' \(out\.json\) names files every run writes at the same path/);
  assert.deepEqual(
    readReport(fixed).runs.map((r) => r.placement?.[0]?.slot),
    [0, 0],
  );
});

test('fail-fast stops every slot at the divergence: both runs stopped, every process they started ended', { timeout: 5 * 60_000 }, async () => {
  const cwd = scratchDir('slots-stop');
  const seen = join(cwd, 'seen');
  mkdirSync(seen);
  const pids = join(cwd, 'pids');
  const dir = join(cwd, 'report');
  const run = await tfReproWith({ cwd }, 'run', '--command', `python3 ${sideBySide} ${seen} 2 --diverge ${pids}`, '--parallel', '2', '--report-dir', dir);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  const report = readReport(dir);
  assert.deepEqual(
    report.runs.map((r) => r.status),
    ['stopped', 'stopped'],
  );
  assert.equal(report.divergence?.fold, 0);
  assert.equal(report.divergence?.stage, 'init');
  const started = readFileSync(pids, 'utf8').trim().split('\n').map(Number);
  assert.equal(started.length, 4, 'each run and its sleep');
  assert.deepEqual(
    started.filter((pid) => alive(pid)),
    [],
  );
});

test('a split run whose process writes other folds than TF_REPRO_FOLDS fails, naming the folds and the fix', { timeout: 5 * 60_000 }, async () => {
  const dir = scratchDir('slots-wrong-folds');
  const run = await tfReproWith(
    {},
    'run',
    '--command',
    `python3 ${fakeTrain} --folds 3`,
    '--runs',
    '3',
    '--folds',
    '3',
    '--parallel',
    '2',
    '--report-dir',
    dir,
  );
  assert.equal(run.code, 2, run.stdout + run.stderr);
  const report = readReport(dir);
  assert.match(
    report.errors.join('\n'),
    /run \d \(folds? [\d-]+\): its metrics hold folds 0-2, not exactly its folds? [\d-]+ \(TF_REPRO_FOLDS=[\d,]+\): train only the folds listed in \$TF_REPRO_FOLDS \(Python: tf_repro\.folds_to_train\), or leave 'folds' out/,
  );
});

test(
  'on a runner with two GPUs (a stand-in nvidia-smi), each run gets its own through CUDA_VISIBLE_DEVICES, recorded and shown',
  { timeout: 5 * 60_000 },
  async () => {
    const cwd = scratchDir('slots-gpus');
    const bin = join(cwd, 'bin');
    mkdirSync(bin);
    copyFileSync(join(repoRoot, 'test', 'fixtures', 'fake-gpu', 'nvidia-smi'), join(bin, 'nvidia-smi'));
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
    delete env.CUDA_VISIBLE_DEVICES;
    // Each run writes the device it saw beside its metrics; the runs agree on the metrics.
    const command = `echo "\${CUDA_VISIBLE_DEVICES-unset}" > seen-$TF_REPRO_RUN; printf '{"0": {"loss": 1}}' > "$TF_REPRO_METRICS"`;
    const check = async (name: string, ...flags: string[]): Promise<Report> => {
      const dir = join(cwd, name);
      const run = await tfReproWith({ cwd, env }, 'run', '--command', command, '--working-directory', dir, '--report-dir', dir, ...flags);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      return readReport(dir);
    };
    mkdirSync(join(cwd, 'auto'));
    const auto = await check('auto', '--runs', '4');
    const seen = (name: string, run: number) => readFileSync(join(cwd, name, `seen-${run}`), 'utf8').trim();
    for (const run of auto.runs) {
      const device = run.placement?.[0]?.cudaVisibleDevices;
      assert.equal(device, String(run.placement?.[0]?.slot), `run ${run.run}: slot s on GPU s`);
      assert.equal(seen('auto', run.run), device, `run ${run.run} saw the device recorded for it`);
    }
    assert.deepEqual(new Set(auto.runs.map((run) => run.placement?.[0]?.cudaVisibleDevices)), new Set(['0', '1']));
    const summary = readFileSync(join(cwd, 'auto', 'summary.md'), 'utf8');
    assert.match(summary, /\| run \| status \| time \| folds done \| GPUs \(`CUDA_VISIBLE_DEVICES`\) \|/);
    assert.match(summary, /\| run 1 \| ok \| [\d.]+ s \| 1 \| [01] \|/);
    // One slot: CUDA_VISIBLE_DEVICES left as the runner has it, so a lone run sees every GPU.
    mkdirSync(join(cwd, 'one'));
    const one = await check('one', '--parallel', '1');
    assert.deepEqual(
      one.runs.map((run) => [seen('one', run.run), run.placement?.[0]?.cudaVisibleDevices]),
      [
        ['unset', null],
        ['unset', null],
      ],
    );
    assert.ok(!existsSync(join(cwd, 'one', 'summary.md')) || !readFileSync(join(cwd, 'one', 'summary.md'), 'utf8').includes('GPUs ('));
  },
);
