// examples/jax-multiprocess (issue 25: the second framework's distributed example) on the real JAX
// 0.10 of the test environment (test/support/python-frameworks.ts), through `tf-repro run --command`
// as a user runs it: launch.py starts 2 JAX processes that meet at a coordinator on a free local
// port and sum their gradients through gloo, on 600 of the embedded digits, 2 folds, 1 epoch,
// 2 runs. Each process writes its own trace file (run-N.rank<R>.jsonl); process 0 alone the metrics
// and the weights. Four JAX processes in all: some 30 s here when the machine is idle.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { embeddedDatasetDir } from '../../src/paths.js';
import { tfReproWith } from '../support/cli.js';
import { cliBin, pythonPackageSource, repoRoot, tempDir } from '../support/paths.js';
import { follow, waitFor } from '../support/processes.js';
import { pythonFrameworks, pythonFrameworksMissing } from '../support/python-frameworks.js';

interface RankLine {
  format: number;
  rank: number;
  fold: number;
  epoch: number;
  batch?: number;
  variable: string;
  digest: string;
}

const readLines = (path: string): RankLine[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as RankLine);

/** A line without its rank: what two replicas must have in common. */
const withoutRank = ({ rank: _rank, ...rest }: RankLine) => rest;

test('the JAX multi-process example: 2 processes on CPU (gloo) reproduce, rank by rank, and the replicas agree', { timeout: 15 * 60_000 }, async (t) => {
  if (pythonFrameworks === null) {
    t.skip(pythonFrameworksMissing);
    return;
  }
  const cwd = tempDir('jax-multiprocess');
  const reportDir = join(cwd, 'report');
  const launcher = join(repoRoot, 'examples', 'jax-multiprocess', 'launch.py');
  // -B: no __pycache__ left in examples/ (launch.py passes it on). A global batch of 60 is 30 per
  // process: 240 training images per fold make 4 whole batches.
  const command = `${pythonFrameworks.python} -B ${launcher} --processes 2 -- --data ${embeddedDatasetDir} --samples 600 --folds 2 --epochs 1 --batch-size 60 --save-weights weights --trace-batches`;
  // This checkout's tf_repro first: the shared environment's copy may be another checkout's for a while.
  const run = await tfReproWith(
    { cwd, env: { ...process.env, PYTHONPATH: pythonPackageSource } },
    'run',
    '--command',
    command,
    '--framework',
    'jax',
    '--runs',
    '2',
    '--seed',
    '3',
    '--artifacts',
    'weights/*.npy',
    '--timeout-minutes',
    '10',
    '--report-dir',
    reportDir,
    '--json',
    '--quiet',
  );
  assert.equal(run.code, 0, `${run.stderr}\n${run.stdout.slice(0, 2000)}`);
  const report = JSON.parse(run.stdout) as Report;
  assert.equal(report.verdict, 'reproducible', `${report.summary}\n${report.errors.join('\n')}`);
  assert.deepEqual(
    report.runs.map((r) => [r.status, r.folds.map((f) => f.fold)]),
    [
      ['ok', [0, 1]],
      ['ok', [0, 1]],
    ],
  );
  assert.deepEqual(
    report.runs[1]?.folds.map((f) => f.metrics),
    report.runs[0]?.folds.map((f) => f.metrics),
  );
  for (const fold of report.runs[0]?.folds ?? []) assert.ok(fold.metrics.loss! > 0 && fold.metrics.accuracy! > 0, JSON.stringify(fold.metrics));
  assert.deepEqual(
    report.artifacts?.map((a) => [a.path, a.identical]),
    [
      ['weights/fold-0.npy', true],
      ['weights/fold-1.npy', true],
    ],
  );

  // Process 0 wrote the versions: JAX's is in the fingerprint.
  assert.equal(report.environment && 'frameworks' in report.environment ? report.environment.frameworks?.jax : null, '0.10.2');
  // Both processes ran and met: each says so in the run's log.
  const log = readFileSync(join(reportDir, report.command?.logs.find((path) => path.endsWith('run-1.stdout.log')) ?? 'no log'), 'utf8');
  assert.match(log, /process 0 of 2, 2 devices/);
  assert.match(log, /process 1 of 2, 2 devices/);

  // A trace file per rank per run, none shared: run-N.jsonl is not written.
  const traces = join(reportDir, 'traces');
  assert.deepEqual(readdirSync(traces).sort(), ['run-1.rank0.jsonl', 'run-1.rank1.jsonl', 'run-2.rank0.jsonl', 'run-2.rank1.jsonl']);
  const trace = (runNumber: number, rank: number) => readLines(join(traces, `run-${runNumber}.rank${rank}.jsonl`));
  const places = trace(1, 0).map((line) => `${line.fold}:${line.epoch}${line.batch === undefined ? '' : `:${line.batch}`}`);
  // Initialisation, 4 batches and the epoch's end, of each fold; 4 arrays each.
  assert.deepEqual(
    [...new Set(places)],
    [0, 1].flatMap((fold) => [`${fold}:0`, `${fold}:1:1`, `${fold}:1:2`, `${fold}:1:3`, `${fold}:1:4`, `${fold}:1`]),
  );
  assert.equal(places.length, 12 * 4);
  for (const rank of [0, 1]) {
    const lines = trace(1, rank);
    assert.ok(
      lines.every((line) => line.format === 2 && line.rank === rank),
      `rank ${rank}'s lines say format 2 and its rank`,
    );
    // Across runs, rank by rank.
    assert.deepEqual(trace(2, rank), lines, `rank ${rank}: run 2 against run 1`);
  }
  // Within a run, across the replicas: data-parallel training keeps the same weights on every process.
  assert.deepEqual(trace(1, 1).map(withoutRank), trace(1, 0).map(withoutRank));
  const first = trace(1, 0);
  assert.notEqual(first[0]?.digest, first[4]?.digest, 'a batch changed the weights');
});

test('SIGTERM to the check while both JAX processes train leaves none of them, nor the launcher, behind', { timeout: 10 * 60_000 }, async (t) => {
  if (pythonFrameworks === null) {
    t.skip(pythonFrameworksMissing);
    return;
  }
  const launcher = join(repoRoot, 'examples', 'jax-multiprocess', 'launch.py');
  const script = join(repoRoot, 'examples', 'jax-multiprocess', 'train.py');
  // Long enough to be killed in the middle: 10 folds of 50 epochs would take many minutes.
  const command = `${pythonFrameworks.python} -B ${launcher} --processes 2 -- --data ${embeddedDatasetDir} --folds 10 --epochs 50 --batch-size 60`;
  const reportDir = join(tempDir('jax-kill'), 'report');
  // One run at a time, so that exactly its 2 processes are there when the signal comes.
  const run = follow([cliBin, 'run', '--command', command, '--framework', 'jax', '--runs', '2', '--parallel', '1', '--report-dir', reportDir], {
    cwd: tempDir('jax-kill-cwd'),
    env: { ...process.env, PYTHONPATH: pythonPackageSource },
  });
  t.after(run.cleanUp);
  const commandLine = (pid: number): string[] => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      return [];
    }
  };
  const processes = () => run.marked().filter((pid) => commandLine(pid).includes(script));
  const launchers = () => run.marked().filter((pid) => commandLine(pid).includes(launcher));
  // Both processes met at the coordinator (each prints its line after jax.distributed.initialize) and train.
  const log = join(reportDir, 'logs', 'run-1.stdout.log');
  const met = (): boolean => {
    const text = existsSync(log) ? readFileSync(log, 'utf8') : '';
    return text.includes('process 0 of 2') && text.includes('process 1 of 2');
  };
  await waitFor(() => met() && processes().length === 2, 'both JAX processes to meet', 5 * 60_000);
  assert.equal(launchers().length, 1, 'the launcher runs');
  run.child.kill('SIGTERM');
  const code = await run.exited;
  assert.notEqual(code, 0, `a cancelled check does not pass:\n${run.stdout()}\n${run.stderr()}`);
  // Ended with the run: nothing marked as started by the check is left, the ranks least of all.
  await waitFor(() => run.marked().length === 0, 'every process of the check to end', 30_000);
  assert.deepEqual([processes(), launchers()], [[], []]);
});
