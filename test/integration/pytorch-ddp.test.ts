// examples/pytorch-ddp/train.py under torchrun (2 ranks, gloo on the CPU) through bin/tf-repro.js,
// with PyTorch 2.13 from the tests' environment (test/support/python-frameworks.ts): one launcher
// of 2 processes, two launchers of one process each as two nodes with a local rendezvous on a free
// port, a rank whose shuffle is unseeded (named by rank), replicas that drift apart (the finding
// within a run), and a check killed mid-run (no rank left behind). Small: 256 points, 2 folds of 1
// epoch. Where the environment is missing each test says it was skipped and why.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { cliBin, pythonPackageSource, repoRoot, tempDir } from '../support/paths.js';
import { follow, waitFor } from '../support/processes.js';
import { pythonFrameworks, pythonFrameworksMissing } from '../support/python-frameworks.js';

const example = join(repoRoot, 'examples', 'pytorch-ddp', 'train.py');
const unseeded = join(repoRoot, 'test', 'fixtures', 'distributed', 'unseeded_rank1.py');
const small = '--samples 256 --folds 2 --epochs 1 --trace-batches';
/** A free port for two launchers' rendezvous, picked by the command itself in each run. */
const FREE_PORT = `PORT=$(python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')`;

function torchrun(script: string, extra = ''): string {
  return `torchrun --standalone --nproc-per-node 2 ${script} ${small} ${extra}`.trim();
}

function twoNodes(script: string): string {
  const node = (rank: number) => `torchrun --nnodes 2 --node-rank ${rank} --nproc-per-node 1 --master-addr 127.0.0.1 --master-port $PORT ${script} ${small}`;
  return `${FREE_PORT}; ${node(0)} & ${node(1)}; wait`;
}

interface Checked {
  code: number;
  stdout: string;
  report: Report;
}

/** `tf-repro run` of `command` (2 runs, framework pytorch) with the environment's torchrun first on PATH. */
async function check(command: string, env: NodeJS.ProcessEnv = {}): Promise<Checked> {
  const dir = tempDir('ddp-report');
  const bin = dirname(pythonFrameworks?.python ?? '');
  const run = follow([cliBin, 'run', '--framework', 'pytorch', '--runs', '2', '--timeout-minutes', '10', '--report-dir', dir, '--command', command], {
    cwd: tempDir('ddp'),
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, PYTHONPATH: pythonPackageSource, ...env },
  });
  const code = await run.exited;
  return { code, stdout: run.stdout(), report: JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report };
}

/** Both runs traced both ranks at every checkpoint, and agree. */
function assertReproducible({ code, stdout, report }: Checked): void {
  assert.equal(report.verdict, 'reproducible', `${report.summary}\n${report.runs.map((r) => r.error).join('\n')}`);
  assert.equal(code, 0, stdout);
  assert.equal(report.replicas, null, 'the replicas were compared and agree');
  for (const run of report.runs) {
    assert.deepEqual(run.distributed, { launcher: 'torchrun', worldSize: 2, backend: 'gloo' });
    const ranks = [...new Set(run.trace?.map((c) => c.rank))].sort();
    assert.deepEqual(ranks, [0, 1]);
    assert.ok((run.trace ?? []).filter((c) => c.rank === 1 && c.batch !== null).length > 0, 'rank 1 traced its batches');
  }
  assert.deepEqual(report.runs[1]?.trace, report.runs[0]?.trace);
}

test('the DDP example under torchrun, 2 ranks on gloo, is reproducible rank by rank, its replicas agreeing', { timeout: 900_000 }, async (t) => {
  if (pythonFrameworks === null) return t.skip(pythonFrameworksMissing);
  assertReproducible(await check(torchrun(example)));
});

test('the DDP example as 2 nodes × 1 rank (two launchers, a local rendezvous) is reproducible', { timeout: 900_000 }, async (t) => {
  if (pythonFrameworks === null) return t.skip(pythonFrameworksMissing);
  const checked = await check(twoNodes(example));
  assertReproducible(checked);
});

test("a rank-1 shuffle without a seed: the runs part, and rank 1's data is where", { timeout: 900_000 }, async (t) => {
  if (pythonFrameworks === null) return t.skip(pythonFrameworksMissing);
  const { code, stdout, report } = await check(torchrun(unseeded));
  assert.equal(report.verdict, 'not-reproducible', report.summary);
  assert.equal(code, 1, stdout);
  const divergence = report.divergence;
  assert.ok(divergence, 'a divergence');
  assert.deepEqual([divergence.fold, divergence.epoch, divergence.batch], [0, 1, 1]);
  // Under DDP every rank's weights part at that step; the input digests say it was rank 1's data.
  assert.deepEqual(divergence.ranks, [1], JSON.stringify(divergence));
  assert.equal(divergence.inputs, 'differ', JSON.stringify(divergence));
  assert.match(stdout, /part at fold 0, epoch 1, batch 1 on rank 1\b/);
});

test('replicas that drift apart (no buffer broadcast) fail the check within a run, though the runs agree', { timeout: 900_000 }, async (t) => {
  if (pythonFrameworks === null) return t.skip(pythonFrameworksMissing);
  const { code, stdout, report } = await check(torchrun(example, '--no-broadcast-buffers'));
  assert.equal(report.verdict, 'not-reproducible', report.summary);
  assert.equal(code, 1, stdout);
  assert.equal(report.divergence, null, 'the runs agree with each other');
  assert.deepEqual(report.replicas, { run: 1, ranks: [0, 1], fold: 0, epoch: 1, batch: 1, variables: ['1.running_mean', '1.running_var'] });
  assert.match(
    report.summary,
    /^Not reproducible within a run: the runs agree with each other, but ranks 0 and 1 disagree within run 1 from fold 0, epoch 1, batch 1, in 1\.running_mean, 1\.running_var /,
  );
});

test('SIGTERM to the check while both ranks train leaves no rank process behind', { timeout: 900_000 }, async (t) => {
  if (pythonFrameworks === null) return t.skip(pythonFrameworksMissing);
  const dir = tempDir('ddp-kill');
  const bin = dirname(pythonFrameworks.python);
  // Enough samples that the ranks are still training when the signal comes.
  const command = `torchrun --standalone --nproc-per-node 2 ${example} --samples 400000 --folds 2 --epochs 50`;
  const run = follow([cliBin, 'run', '--framework', 'pytorch', '--runs', '2', '--report-dir', dir, '--command', command], {
    cwd: tempDir('ddp'),
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, PYTHONPATH: pythonPackageSource },
  });
  try {
    const commandLine = (pid: number): string[] => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      } catch {
        return [];
      }
    };
    // A rank: a Python running train.py, not torchrun itself.
    const ranks = (): number[] =>
      run.marked().filter((pid) => commandLine(pid).includes(example) && !commandLine(pid).some((word) => word.endsWith('torchrun')));
    // torchrun and its two ranks (each a python running train.py).
    await waitFor(() => ranks().length >= 2, 'two rank processes', 300_000);
    const log = (): string => {
      try {
        return readFileSync(join(dir, 'logs', 'run-1.stdout.log'), 'utf8');
      } catch {
        return '';
      }
    };
    await waitFor(() => log().includes('rank 1 of 2'), 'rank 1 training', 300_000);
    run.child.kill('SIGTERM');
    assert.equal(await run.exited, 143, run.stderr());
    await waitFor(() => run.marked().length === 0, 'no process of the check left', 10_000);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
    assert.match(report.runs[0]?.error ?? '', /^run 1 failed: the check was cancelled \(SIGTERM\)/);
  } finally {
    run.cleanUp();
  }
});
