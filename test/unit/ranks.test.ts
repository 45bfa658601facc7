// Ranks (issue 25): trace format 2 read per rank, the launcher read from a command line, runs
// compared rank by rank, and the ranks of one run compared with each other (replicated training).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Comparison, ReplicaDisagreement, Report } from '../../src/contracts/report.js';
import { ranksLine } from '../../src/report/ranks.js';
import type { RunResult, TraceCheckpoint } from '../../src/contracts/run-result.js';
import { DivergenceWatch, describeDivergence, locateDivergence } from '../../src/comparison/divergence.js';
import { replicaDisagreement, withReplicas } from '../../src/comparison/replicas.js';
import { parseTraceFile, TraceReader, traceFileRank } from '../../src/comparison/trace-file.js';
import { detectLauncher, distributedRun, reportedDistributed, shellWords } from '../../src/runs/launcher.js';

test('a rank file is named run-N.rank<R>.jsonl', () => {
  assert.equal(traceFileRank('run-1.rank0.jsonl', 1), 0);
  assert.equal(traceFileRank('run-12.rank17.jsonl', 12), 17);
  for (const name of ['run-1.jsonl', 'run-2.rank1.jsonl', 'run-1.rank01.jsonl', 'run-1.rank-1.jsonl', 'run-1.rank1.jsonl.tmp', 'run-1xrank1.jsonl']) {
    assert.equal(traceFileRank(name, 1), null, name);
  }
});

test('format 2 lines carry their rank (and sharded); a rank needs format 2, and format 2 a rank', () => {
  const parsed = parseTraceFile(
    '{"format": 2, "rank": 1, "fold": 0, "epoch": 0, "variable": "w", "digest": "aa"}\n{"format": 2, "rank": 1, "sharded": true, "fold": 0, "epoch": 1, "variable": "w", "digest": "bb"}\n',
    't',
  );
  assert.deepEqual(parsed, {
    ok: true,
    value: [
      { fold: 0, epoch: 0, batch: null, digests: { w: 'aa' }, rank: 1 },
      { fold: 0, epoch: 1, batch: null, digests: { w: 'bb' }, rank: 1, sharded: true },
    ],
  });
  assert.deepEqual(parseTraceFile('{"rank": 1, "fold": 0, "epoch": 0, "digest": "aa"}\n', 't'), {
    ok: false,
    error:
      't:1: "rank" needs "format": 2 (a tf-repro that reads only format 1 would take the ranks\' lines for one process\'s); write "format": 2 on lines with a rank',
  });
  assert.deepEqual(parseTraceFile('{"format": 2, "fold": 0, "epoch": 0, "digest": "aa"}\n', 't'), {
    ok: false,
    error: 't:1: trace format 2 without "rank"; give the process\'s rank (RANK under torchrun), from 0, or write format 1 in a run of one process',
  });
  assert.deepEqual(parseTraceFile('{"format": 2, "rank": -1, "fold": 0, "epoch": 0, "digest": "aa"}\n', 't'), {
    ok: false,
    error: 't:1: "rank" must be a whole number of at least 0, found -1',
  });
  // Two ranks in one file are two checkpoints at one point, not one variable twice.
  const both = parseTraceFile(
    '{"format": 2, "rank": 0, "fold": 0, "epoch": 0, "digest": "aa"}\n{"format": 2, "rank": 1, "fold": 0, "epoch": 0, "digest": "aa"}\n',
    't',
  );
  assert.ok(both.ok);
  assert.deepEqual(
    both.value.map((c) => c.rank),
    [0, 1],
  );
});

test("a rank's file holds that rank's lines only", () => {
  const reader = new TraceReader('run-1.rank1.jsonl', 1);
  assert.deepEqual(reader.push('{"format": 2, "rank": 0, "fold": 0, "epoch": 0, "digest": "aa"}\n'), {
    ok: false,
    error: 'run-1.rank1.jsonl:1: rank 0 in the trace file of rank 1; each rank writes its own file (the tf_repro helpers do)',
  });
});

test('the launcher, the world size and the nodes from a command line', () => {
  assert.deepEqual(shellWords(`a 'b c' "d \\"e\\"" f\\ g; h&i`), ['a', 'b c', 'd "e"', 'f g', ';', 'h', '&', 'i']);
  assert.deepEqual(detectLauncher('python train.py --nproc-per-node 2'), { launcher: null, worldSize: null, nnodes: null });
  assert.deepEqual(detectLauncher('torchrun --standalone --nproc-per-node 2 train.py'), { launcher: 'torchrun', worldSize: 2, nnodes: 1 });
  assert.deepEqual(detectLauncher('/venv/bin/torchrun train.py'), { launcher: 'torchrun', worldSize: 1, nnodes: 1 });
  assert.deepEqual(detectLauncher('python3 -m torch.distributed.run --nnodes=2 --nproc_per_node=4 train.py'), {
    launcher: 'torchrun',
    worldSize: 8,
    nnodes: 2,
  });
  assert.deepEqual(
    detectLauncher(
      'PORT=29500; torchrun --nnodes 2 --node-rank 0 --nproc-per-node 1 --master-port $PORT t.py & torchrun --nnodes 2 --node-rank 1 --nproc-per-node 1 t.py; wait',
    ),
    { launcher: 'torchrun', worldSize: 2, nnodes: 2 },
  );
  // The script's own options are not the launcher's.
  assert.deepEqual(detectLauncher('torchrun --nproc-per-node 2 train.py --nnodes 3'), { launcher: 'torchrun', worldSize: 2, nnodes: 1 });
  assert.deepEqual(detectLauncher('torchrun --nproc-per-node auto train.py'), { launcher: 'torchrun', worldSize: null, nnodes: null });
  assert.deepEqual(detectLauncher('torchrun --nnodes 1:4 --nproc-per-node 2 train.py'), { launcher: 'torchrun', worldSize: null, nnodes: null });
});

test("the run's distributed record: reported world size first, then the launcher's, then the ranks traced", () => {
  assert.deepEqual(reportedDistributed('{"python": "3.11", "distributed": {"backend": "gloo", "world_size": 2}}'), { backend: 'gloo', worldSize: 2 });
  assert.equal(reportedDistributed('{"python": "3.11"}'), null);
  assert.equal(reportedDistributed('not json'), null);
  assert.deepEqual(reportedDistributed('{"distributed": {"backend": "<b>x</b>", "world_size": 0}}'), { backend: null, worldSize: null });
  const none = { launcher: null, worldSize: null, nnodes: null };
  assert.equal(distributedRun(none, null, 1), undefined);
  assert.deepEqual(distributedRun(none, null, 3), { launcher: null, worldSize: 3, backend: null });
  assert.deepEqual(distributedRun({ launcher: 'torchrun', worldSize: 4, nnodes: 1 }, { backend: 'nccl', worldSize: 2 }, 2), {
    launcher: 'torchrun',
    worldSize: 2,
    backend: 'nccl',
  });
});

const point = (rank: number | undefined, epoch: number, batch: number | null, digests: Record<string, string>): TraceCheckpoint => ({
  fold: 0,
  epoch,
  batch,
  digests,
  ...(rank === undefined ? {} : { rank }),
});

function run(number: number, trace: TraceCheckpoint[]): RunResult {
  return { run: number, role: 'control', status: 'ok', error: null, startedAt: '', durationSeconds: 1, folds: [], environment: null, warnings: [], trace };
}

const agreeing: Comparison = {
  verdict: 'reproducible',
  summary: 'Reproducible.',
  tolerance: 0,
  variance: 0,
  maxAbsDiff: 0,
  notMeasured: null,
  folds: [],
  mismatchedFolds: [],
  metricNames: [],
};

test('runs are compared rank by rank: the divergence names the rank where they part first', () => {
  const same = (r: number) => [point(r, 0, null, { w: 'a' }), point(r, 1, 1, { w: 'b' }), point(r, 1, 2, { w: 'c' })];
  const one = run(1, [...same(0), ...same(1)]);
  // Rank 1 of run 2 parts at batch 2; rank 0 only at the epoch's end.
  const two = run(2, [...same(0), point(0, 1, null, { w: 'x' }), point(1, 0, null, { w: 'a' }), point(1, 1, 1, { w: 'b' }), point(1, 1, 2, { w: 'y' })]);
  const divergence = locateDivergence([one, two], agreeing);
  assert.deepEqual(divergence, { runs: [1, 2], fold: 0, stage: 'epoch', epoch: 1, batch: 2, variables: ['w'], ranks: [1] });
  assert.equal(describeDivergence(divergence), 'runs 1 and 2 part at fold 0, epoch 1, batch 2 on rank 1; first in w');
  // Ranks are never compared with each other across runs: rank 0 of one run with rank 1 of the other agrees here.
  assert.equal(
    locateDivergence([run(1, [point(0, 0, null, { w: 'a' })]), run(2, [point(1, 0, null, { w: 'a' }), point(0, 0, null, { w: 'a' })])], agreeing),
    null,
  );
  const watch = new DivergenceWatch();
  assert.equal(watch.add(1, point(0, 0, null, { w: 'a' })), null);
  assert.equal(watch.add(2, point(1, 0, null, { w: 'b' })), null, 'another rank: another point');
  assert.deepEqual(watch.add(2, point(0, 0, null, { w: 'b' }))?.ranks, [0]);
});

test('every rank that parts at the first point is named', () => {
  const one = run(1, [point(0, 1, 1, { w: 'a' }), point(1, 1, 1, { w: 'a' })]);
  const two = run(2, [point(0, 1, 1, { w: 'b' }), point(1, 1, 1, { w: 'b' })]);
  assert.equal(describeDivergence(locateDivergence([one, two], agreeing)!), 'runs 1 and 2 part at fold 0, epoch 1, batch 1 on ranks 0 and 1; first in w');
});

test("the ranks of one run must agree (replicated), each run's first disagreement, variables both traced; sharded ranks are not compared", () => {
  const replicas = (rank: number, buffer: string) => [
    point(rank, 0, null, { w: 'a', bn: 'm' }),
    point(rank, 1, 1, { w: 'b', bn: buffer }),
    point(rank, 1, null, { w: 'c', bn: buffer }),
  ];
  const agreeing1 = run(1, [...replicas(0, 'm1'), ...replicas(1, 'm1')]);
  assert.equal(replicaDisagreement([agreeing1]), null);
  assert.equal(replicaDisagreement([run(1, [point(undefined, 0, null, { w: 'a' })])]), undefined, 'one process: nothing to compare');
  const drifting = run(2, [...replicas(0, 'm1'), ...replicas(1, 'm2')]);
  assert.deepEqual(replicaDisagreement([agreeing1, drifting]), { run: 2, ranks: [0, 1], fold: 0, epoch: 1, batch: 1, variables: ['bn'] });
  // A variable only rank 0 traced (DDP's broadcast buffers) is not a disagreement.
  assert.equal(replicaDisagreement([run(1, [point(0, 1, 1, { w: 'b', bn: 'm' }), point(1, 1, 1, { w: 'b' })])]), null);
  const sharded = run(1, [
    { ...point(0, 1, 1, { w: 'a' }), sharded: true },
    { ...point(1, 1, 1, { w: 'z' }), sharded: true },
  ]);
  assert.equal(replicaDisagreement([sharded]), undefined);

  const found = replicaDisagreement([drifting]);
  const failed = withReplicas(agreeing, found);
  assert.equal(failed.comparison.verdict, 'not-reproducible');
  assert.equal(
    failed.comparison.summary,
    'Not reproducible within a run: the runs agree with each other, but ranks 0 and 1 disagree within run 2 from fold 0, epoch 1, batch 1, in bn (replicated data-parallel training must keep the same weights on every rank after every step).',
  );
  assert.equal(withReplicas({ ...agreeing, verdict: 'error', summary: 'Error.' }, found).comparison.verdict, 'error');
  assert.equal(withReplicas(agreeing, null).comparison, agreeing);
});

test("the report's ranks line: world size, launcher and backend, and what the replicas showed; none for one process", () => {
  const report = (runs: Partial<RunResult>[], replicas?: ReplicaDisagreement | null): Report =>
    ({ runs: runs.map((r, i) => ({ ...run(i + 1, []), ...r })), ...(replicas === undefined ? {} : { replicas }) }) as unknown as Report;
  const ddp = { distributed: { launcher: 'torchrun' as const, worldSize: 2, backend: 'gloo' } };
  assert.equal(ranksLine(report([{}, {}])), null);
  assert.equal(
    ranksLine(report([ddp, ddp], null)),
    'ranks: 2 per run (torchrun, gloo), compared across runs rank by rank · replicas within each run: agree at every checkpoint',
  );
  assert.equal(
    ranksLine(report([ddp, ddp], { run: 1, ranks: [0, 1], fold: 0, epoch: 1, batch: 3, variables: ['bn.running_mean'] })),
    'ranks: 2 per run (torchrun, gloo), compared across runs rank by rank · replicas within a run: ranks 0 and 1 disagree within run 1 from fold 0, epoch 1, batch 3, in bn.running_mean',
  );
  const sharded = { distributed: { launcher: null, worldSize: 2, backend: null }, trace: [{ ...point(0, 1, 1, { w: 'a' }), sharded: true as const }] };
  assert.equal(
    ranksLine(report([sharded])),
    'ranks: 2 per run (no launcher seen, backend not reported), compared across runs rank by rank · sharded: the ranks of a run hold different parts of the model, so they are not compared with each other',
  );
});
