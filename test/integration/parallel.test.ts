// Folds shared out over several processes give bitwise the numbers of one process per run,
// one after another: the claim `parallel` rests on.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { RunResult } from '../../src/contracts/run-result.js';
import type { CheckSettings } from '../../src/contracts/settings.js';
import { runCheck } from '../../src/engine/check.js';
import { trainingSettings } from '../../src/engine/training-source.js';
import { trainRuns } from '../../src/runs/training-processes.js';
import { builtEntry, tempDir } from '../support/paths.js';
import { checkSettings } from '../support/settings.js';

const settings: CheckSettings = checkSettings({ folds: 3, epochs: 2, batchSize: 32, seed: 5, samples: 600, backend: 'wasm', parallel: 1 });

const numbers = (runs: RunResult[]) => runs.map((run) => run.folds.map((fold) => ({ fold: fold.fold, metrics: fold.metrics, weights: fold.weightsSha256 })));

let sequentialCheck: ReturnType<typeof runCheck> | null = null;
/** One process per run, one after another: the numbers every other plan must give. */
const sequentialReport = () => (sequentialCheck ??= runCheck({ ...settings, parallel: 1 }, { entryScript: builtEntry }));

test('parallel and sequential runs give identical metrics and weight digests for every run and fold', async () => {
  const sequential = await sequentialReport();
  // 4 workers over 2 runs × 3 folds: each run is split over processes that train other folds first.
  const events: string[] = [];
  const parallel = await runCheck(
    { ...settings, parallel: 4 },
    {
      entryScript: builtEntry,
      hooks: {
        onRunStart: (run) => events.push(`start ${run}`),
        onFold: (run, fold) => events.push(`fold ${run}:${fold.fold}`),
        onRunEnd: (result) => events.push(`end ${result.run}`),
      },
    },
  );
  for (const report of [sequential, parallel]) {
    assert.equal(report.verdict, 'reproducible', report.summary);
    assert.deepEqual(
      report.runs.map((run) => [run.run, run.status, run.folds.map((f) => f.fold)]),
      [
        [1, 'ok', [0, 1, 2]],
        [2, 'ok', [0, 1, 2]],
      ],
    );
  }
  assert.deepEqual(numbers(parallel.runs), numbers(sequential.runs));
  // And the same traces: a fold trained second in a process names and digests its variables as one trained first.
  assert.equal(sequential.runs[0].trace?.length, 3 * 3);
  assert.deepEqual(
    parallel.runs.map((run) => run.trace),
    sequential.runs.map((run) => run.trace),
  );
  assert.deepEqual(sequential.runs[1].trace, sequential.runs[0].trace);
  // The folds really differ, so equal digests are not a digest that ignores the weights.
  assert.equal(new Set(sequential.runs[0].folds.map((f) => f.weightsSha256)).size, 3);
  // Progress stays per run and per fold.
  assert.deepEqual(events.filter((e) => e.startsWith('fold')).sort(), ['fold 1:0', 'fold 1:1', 'fold 1:2', 'fold 2:0', 'fold 2:1', 'fold 2:2']);
  for (const run of [1, 2]) assert.ok(events.indexOf(`start ${run}`) < events.indexOf(`end ${run}`));
  for (const run of parallel.runs) assert.ok(run.durationSeconds > 0);
});

test('side by side, and only some folds, give the numbers of the sequential check for the folds they train', async () => {
  const sequential = await sequentialReport();
  const training = trainingSettings(settings);
  const options = { entryScript: builtEntry, logDir: null, backends: [{ backend: 'wasm' as const }], sideBySide: true };
  const [oneWorker, onlySome] = [
    // Fold-major, a chunk of one fold per process: run 1 fold 0, run 2 fold 0, run 1 fold 1, ...
    await trainRuns(training, { ...options, workers: 1 }),
    await trainRuns({ ...training, onlyFolds: [2, 1] }, { ...options, workers: 4 }),
  ];
  assert.deepEqual(numbers(oneWorker), numbers(sequential.runs));
  assert.deepEqual(
    oneWorker.map((run) => run.trace),
    sequential.runs.map((run) => run.trace),
  );
  assert.deepEqual(
    onlySome.map((run) => [run.run, run.status, run.error]),
    [
      [1, 'ok', null],
      [2, 'ok', null],
    ],
  );
  assert.deepEqual(
    numbers(onlySome),
    numbers(sequential.runs).map((folds) => folds.filter((fold) => fold.fold !== 0)),
  );
  assert.deepEqual(
    onlySome.map((run) => run.trace),
    sequential.runs.map((run) => run.trace?.filter((checkpoint) => checkpoint.fold !== 0)),
  );
});

/** A stand-in worker without tfjs: reports each fold it is given (fold 1 as not fused, with a warning), and dies on fold 2. */
const FAKE_WORKER = `
process.once('message', async (job) => {
  const send = (message) => new Promise((resolve) => process.send(message, resolve));
  await send({ type: 'started', environment: { backend: 'cpu', backendDetail: 'fake' }, warnings: ['fake worker'] });
  for (const fold of job.folds) {
    if (fold === 2) { console.error('dying on fold 2'); process.exit(3); }
    await send({ type: 'fold', result: { fold, metrics: { loss: job.run + fold / 10 }, weightsSha256: null, trainSeconds: 0 }, steps: { fused: fold !== 1, warnings: fold === 1 ? ['fold 1 fell back'] : [] } });
  }
  await send({ type: 'done' });
  process.disconnect();
});
`;

test('a failing process keeps the folds that finished; with one worker, later runs do not start', async () => {
  const dir = tempDir('fake-worker');
  const entryScript = join(dir, 'worker.cjs');
  writeFileSync(entryScript, FAKE_WORKER);
  // 4 workers over 2 runs × 4 folds: folds 0-1 and 2-3 of each run in separate processes.
  const split = await trainRuns({ ...settings, folds: 4 }, { entryScript, logDir: join(dir, 'logs'), workers: 4, backends: [{ backend: 'wasm' }] });
  assert.deepEqual(
    split.map((run) => [run.run, run.status, run.folds.map((f) => f.fold)]),
    [
      [1, 'failed', [0, 1]],
      [2, 'failed', [0, 1]],
    ],
  );
  assert.match(split[0].error ?? '', /^run 1 \(folds 2-3\) failed: exited with code 3\ndying on fold 2$/);
  assert.deepEqual(split[0].warnings, ['fake worker', 'fold 1 fell back']);
  // Fold 0 fused, fold 1 did not: the run did not take the fused step throughout.
  assert.equal(split[0].fusedStep, false);
  // One log per run, a section per process.
  assert.match(
    readFileSync(join(dir, 'logs', 'run-1.log'), 'utf8'),
    /^===== run 1 \(folds [02]-[13]\) =====\n(dying on fold 2\n)?===== run 1 \(folds [02]-[13]\) =====\n/,
  );
  // One worker: run 1 fails, so run 2 never starts, as before parallel existed.
  const sequential = await trainRuns({ ...settings, folds: 4 }, { entryScript, logDir: null, workers: 1, backends: [{ backend: 'wasm' }] });
  assert.deepEqual(
    sequential.map((run) => [run.run, run.status, run.folds.map((f) => f.fold)]),
    [[1, 'failed', [0, 1]]],
  );
  assert.match(sequential[0].error ?? '', /^run 1 failed: exited with code 3/);
});

test('with GPUs, each worker slot is pinned to one with CUDA_VISIBLE_DEVICES, and folds record it', async () => {
  // The wasm backend ignores CUDA_VISIBLE_DEVICES, so the pinning itself can be watched here
  // without a GPU; the GPU list is what provisioning would pass on a two-GPU runner.
  const gpus = [
    { index: 0, name: 'NVIDIA A10G', driverVersion: '535.104.05', memoryTotalMiB: 23028 },
    { index: 1, name: 'NVIDIA A10G', driverVersion: '535.104.05', memoryTotalMiB: 23028 },
  ];
  const { tolerance: _t, failOnMismatch: _f, reportDir: _r, parallel: _p, ...training } = settings;
  const seen: string[] = [];
  const runs = await trainRuns(
    { ...training, runs: 2, folds: 2, epochs: 1 },
    {
      entryScript: builtEntry,
      logDir: null,
      workers: 2,
      backends: [{ backend: 'wasm' }],
      gpus,
      hooks: { onFold: (run, fold) => seen.push(`run ${run} fold ${fold.fold}: ${fold.device}`) },
    },
  );
  assert.deepEqual(
    runs.map((run) => run.status),
    ['ok', 'ok'],
  );
  const devices = runs.flatMap((run) => run.folds.map((fold) => fold.device));
  assert.ok(
    devices.every((device) => device === 'GPU 0 (NVIDIA A10G)' || device === 'GPU 1 (NVIDIA A10G)'),
    seen.join('\n'),
  );
  assert.deepEqual(new Set(devices), new Set(['GPU 0 (NVIDIA A10G)', 'GPU 1 (NVIDIA A10G)']));
  // The training process saw the variable it was pinned with.
  const pinned = runs.map((run) => run.environment?.cudaVisibleDevices);
  assert.ok(
    pinned.every((value) => value === '0' || value === '1'),
    String(pinned),
  );
});
