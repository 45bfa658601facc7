// The checkpoints training processes record (RunResult.trace): where real runs part, read off
// the raw traces of two fresh processes, and a stop that kills the runs as they train.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { RunResult, TraceCheckpoint } from '../../src/contracts/run-result.js';
import type { TrainingSettings } from '../../src/contracts/settings.js';
import { trainRuns, type ProcessInfo } from '../../src/runs/training-processes.js';
import { trainingSettings } from '../../src/engine/training-source.js';
import { builtEntry, repoRoot } from '../support/paths.js';
import { checkSettings } from '../support/settings.js';

const fixture = (name: string) => join(repoRoot, 'test', 'fixtures', 'nondeterministic', name);
const clockInitializer = (await import(fixture('clock-initializer.mjs'))) as { DIVERGING_VARIABLE: string; DIVERGING_EPOCH: number };
const lateNoise = (await import(fixture('late-noise.mjs'))) as { NOISE_EPOCH: number; NOISE_BATCH: number };

/** 600 images, 2 folds: 300 to train on, 240 of them fitted in 8 batches of 32, 60 for validation. */
const small: TrainingSettings = trainingSettings(checkSettings({ runs: 2, folds: 2, epochs: 2, batchSize: 32, seed: 9, samples: 600, backend: 'wasm' }));
const BATCHES_PER_EPOCH = 8;
const options = { entryScript: builtEntry, logDir: null, workers: 2, backends: [{ backend: 'wasm' as const }] };

/** Where two runs' raw traces first differ, checkpoint by checkpoint: the place and the variables that differ there. */
function firstDifference(a: TraceCheckpoint[], b: TraceCheckpoint[]): { at: string; variables: string[] } | null {
  assert.equal(a.length, b.length, 'both runs recorded the same checkpoints');
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    assert.deepEqual([x.fold, x.epoch, x.batch], [y.fold, y.epoch, y.batch], `checkpoint ${i} is the same point in both`);
    const variables = Object.keys(x.digests).filter((name) => x.digests[name] !== y.digests[name]);
    if (variables.length > 0) return { at: place(x), variables };
  }
  return null;
}

const place = (c: Pick<TraceCheckpoint, 'fold' | 'epoch' | 'batch'>) => `fold ${c.fold}, epoch ${c.epoch}, batch ${c.batch ?? 'end'}`;

function traces(runs: RunResult[]): [TraceCheckpoint[], TraceCheckpoint[]] {
  assert.deepEqual(
    runs.map((run) => [run.run, run.status, run.error]),
    [
      [1, 'ok', null],
      [2, 'ok', null],
    ],
  );
  return [runs[0].trace ?? [], runs[1].trace ?? []];
}

test('the default model: per-epoch checkpoints with Keras names and validation losses, the same in two fresh processes and as the hook saw them', async () => {
  const seen: string[] = [];
  const runs = await trainRuns(small, { ...options, hooks: { onTrace: (run, c) => seen.push(`${run} ${place(c)}`) } });
  const [a, b] = traces(runs);
  assert.equal(firstDifference(a, b), null);
  // Init and the end of each epoch, per fold, in fold order.
  assert.deepEqual(
    a.map(place),
    [0, 1].flatMap((fold) => [0, 1, 2].map((epoch) => place({ fold, epoch, batch: null }))),
  );
  assert.deepEqual(Object.keys(a[0].digests), [
    'conv2d/kernel',
    'conv2d/bias',
    'conv2d_1/kernel',
    'conv2d_1/bias',
    'dense/kernel',
    'dense/bias',
    'dense_1/kernel',
    'dense_1/bias',
  ]);
  assert.equal(a[0].valLoss, undefined);
  for (const checkpoint of a.filter((c) => c.epoch > 0)) assert.ok(typeof checkpoint.valLoss === 'number' && checkpoint.valLoss > 0, place(checkpoint));
  // Training moves every variable: no checkpoint repeats the one before.
  for (let i = 1; i < a.length; i++) if (a[i].fold === a[i - 1].fold) assert.notEqual(a[i].digests['dense/kernel'], a[i - 1].digests['dense/kernel']);
  // The hook saw each checkpoint as it came, per run in recorded order.
  for (const run of [1, 2]) {
    const own = seen.filter((line) => line.startsWith(`${run} `)).map((line) => line.slice(2));
    assert.deepEqual([...own].sort(), runs[run - 1].trace!.map(place).sort());
  }
});

test("trace 'batches' adds a checkpoint after every step; 'off' records none", async () => {
  const [batches, off] = [
    await trainRuns({ ...small, runs: 1, epochs: 1, onlyFolds: [1], trace: 'batches' }, options),
    await trainRuns({ ...small, runs: 1, epochs: 1, onlyFolds: [1], trace: 'off' }, options),
  ];
  const trace = batches[0].trace ?? [];
  assert.deepEqual(trace.map(place), [
    place({ fold: 1, epoch: 0, batch: null }),
    ...Array.from({ length: BATCHES_PER_EPOCH }, (_, b) => place({ fold: 1, epoch: 1, batch: b + 1 })),
    place({ fold: 1, epoch: 1, batch: null }),
  ]);
  // The last step's weights are the epoch's.
  assert.deepEqual(trace[BATCHES_PER_EPOCH].digests, trace[BATCHES_PER_EPOCH + 1].digests);
  assert.equal(off[0].status, 'ok');
  assert.equal(off[0].trace, undefined);
  assert.equal(off[0].folds[0].weightsSha256, batches[0].folds[0].weightsSha256, 'tracing changes no number');
});

test('an initializer seeded from the clock: fresh runs part at initialisation, in that variable only', async () => {
  const runs = await trainRuns({ ...small, epochs: 1, onlyFolds: [0], model: fixture('clock-initializer.mjs') }, options);
  const [a, b] = traces(runs);
  assert.deepEqual(firstDifference(a, b), {
    at: place({ fold: 0, epoch: clockInitializer.DIVERGING_EPOCH, batch: null }),
    variables: [clockInitializer.DIVERGING_VARIABLE],
  });
  assert.deepEqual(Object.keys(a[0].digests), ['dense/kernel', 'dense/bias', 'dense_1/kernel', 'dense_1/bias', 'dense_2/kernel', 'dense_2/bias']);
});

test('noise that starts late: with per-batch checkpoints, fresh runs part at that epoch and batch', async () => {
  const runs = await trainRuns({ ...small, epochs: 2, onlyFolds: [0], model: fixture('late-noise.mjs'), trace: 'batches' }, options);
  const [a, b] = traces(runs);
  const difference = firstDifference(a, b);
  assert.ok(difference, 'the runs part');
  assert.equal(difference.at, place({ fold: 0, epoch: lateNoise.NOISE_EPOCH, batch: lateNoise.NOISE_BATCH }));
  assert.ok(difference.variables.length > 0);
  // The per-epoch checkpoints alone would place it in that epoch.
  const epochsOnly = (trace: TraceCheckpoint[]) => trace.filter((c) => c.batch === null);
  assert.equal(firstDifference(epochsOnly(a), epochsOnly(b))?.at, place({ fold: 0, epoch: lateNoise.NOISE_EPOCH, batch: null }));
});

test('a stop kills the training processes at once: the runs end stopped, with the checkpoints they recorded; later runs never start', async () => {
  // Side by side, a process per run: stop as soon as either run has finished its first epoch.
  const controller = new AbortController();
  const ended: ProcessInfo[] = [];
  const epochs = 6;
  let stoppedBy = 0;
  const runs = await trainRuns(
    { ...small, folds: 3, epochs },
    {
      ...options,
      sideBySide: true,
      stop: controller.signal,
      hooks: {
        onTrace: (run, checkpoint) => {
          if (checkpoint.epoch !== 1 || stoppedBy !== 0) return;
          stoppedBy = run;
          controller.abort();
        },
        onProcessEnd: (info) => ended.push(info),
      },
    },
  );
  assert.deepEqual(
    runs.map((run) => [run.run, run.status, run.error, run.folds.length]),
    [
      [1, 'stopped', null, 0],
      [2, 'stopped', null, 0],
    ],
  );
  for (const run of runs) {
    // The run that finished its first epoch kept that checkpoint and the one before; the other,
    // behind it, kept what it had recorded, which may be nothing: an epoch of 8 batches can end
    // before the other process has started training.
    const trace = run.trace ?? [];
    const fewest = run.run === stoppedBy ? 2 : 0;
    assert.ok(trace.length >= fewest && trace.length <= 3, `run ${run.run} kept ${trace.map(place).join('; ')}`);
    if (trace.length > 0) assert.deepEqual(place(trace[0]), place({ fold: 0, epoch: 0, batch: null }));
  }
  // Killed, not waited for: a process left to finish would have trained its folds.
  assert.deepEqual(
    ended.map((info) => [info.ok, info.stats]),
    [
      [false, null],
      [false, null],
    ],
  );

  // One worker: run 1 is stopped at its first checkpoint; run 2 never starts and is not in the result.
  const first = new AbortController();
  const sequential = await trainRuns({ ...small, epochs }, { ...options, workers: 1, stop: first.signal, hooks: { onTrace: () => first.abort() } });
  assert.deepEqual(
    sequential.map((run) => [run.run, run.status, run.error]),
    [[1, 'stopped', null]],
  );
  // Stopped before it began: nothing starts.
  assert.deepEqual(await trainRuns(small, { ...options, stop: AbortSignal.abort() }), []);
});
