// Run roles: only control runs decide the verdict, the divergence and fail-fast; a run of another
// role (varied, negative-control) is kept, left out of the verdict and said to be. And the schema
// policy's reading of older and newer report.json versions (report/report-schema.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPORT_SCHEMA_VERSION, type Report } from '../../src/contracts/report.js';
import { type RunResult, type TraceCheckpoint } from '../../src/contracts/run-result.js';
import { compareRuns } from '../../src/comparison/compare.js';
import { locateDivergence } from '../../src/comparison/divergence.js';
import { compareOtherRoles, controlRuns } from '../../src/comparison/run-roles.js';
import { checkShardSet, settingsDigest, type ShardReport } from '../../src/comparison/shards.js';
import { concludeCheck } from '../../src/engine/conclude.js';
import { trainWatched, type Trainer } from '../../src/engine/trainer.js';
import { READ_SCHEMA_VERSIONS, currentSchema } from '../../src/report/report-schema.js';
import { environment } from '../support/reports.js';

const checkpoint = (fold: number, epoch: number, digest: string): TraceCheckpoint => ({ fold, epoch, batch: null, digests: { 'dense/kernel': digest } });

/** A run of two folds; `shift` moves its losses and weights, `parted` its trace from epoch 1 on. */
function run(number: number, role: RunResult['role'], { shift = 0, parted = false, status = 'ok' as RunResult['status'] } = {}): RunResult {
  return {
    run: number,
    role,
    status,
    error: status === 'failed' ? 'it crashed' : null,
    startedAt: '2025-01-01T00:00:00.000Z',
    durationSeconds: 1,
    folds: [0, 1].map((fold) => ({ fold, metrics: { loss: 0.5 + fold + shift }, weightsSha256: `w${fold}${shift}`, trainSeconds: 1 })),
    environment: null,
    warnings: [],
    trace: [0, 1].flatMap((fold) => [checkpoint(fold, 0, 'init'), checkpoint(fold, 1, parted ? `other ${number}` : 'trained')]),
  };
}

test('a varied run that differs leaves the control runs reproducible; its values are null where they line up with the runs', () => {
  const runs = [run(1, 'control'), run(2, 'control'), run(3, 'varied', { shift: 0.25, parted: true })];
  const comparison = compareRuns(runs, 0);
  assert.equal(comparison.verdict, 'reproducible');
  assert.equal(comparison.summary, 'Reproducible: 2 runs × 2 folds: metrics and final weights of 2 folds and 4 traced checkpoints, all bitwise identical.');
  assert.deepEqual(comparison.folds[0]?.metrics.loss?.values, [0.5, 0.5, null]);
  assert.equal(locateDivergence(runs, comparison), null, "the varied run's trace parts from the controls' at epoch 1: not a divergence");
  // The same runs all as controls: the third one differs, so the roles are what decided.
  const asControls = runs.map((r) => ({ ...r, role: 'control' as const }));
  assert.equal(compareRuns(asControls, 0).verdict, 'not-reproducible');
  assert.deepEqual(locateDivergence(asControls, compareRuns(asControls, 0))?.runs, [1, 3]);
});

test('a failed negative-control run is no error of the check, and two differing controls are not-reproducible whatever the others show', () => {
  const failed = [run(1, 'control'), run(2, 'control'), run(3, 'negative-control', { status: 'failed' })];
  assert.equal(compareRuns(failed, 0).verdict, 'reproducible');
  const differ = [run(1, 'control'), run(2, 'control', { shift: 0.25 }), run(3, 'varied')];
  assert.equal(compareRuns(differ, 0).verdict, 'not-reproducible');
  const lonely = [run(1, 'control'), run(2, 'varied')];
  assert.match(compareRuns(lonely, 0).summary, /only 1 run produced results; at least 2 are needed/);
});

test('the report keeps every run with its role and warns that the others are not in the verdict (the hook has no comparison yet)', () => {
  const runs = [run(1, 'control'), run(2, 'varied', { shift: 1 }), run(3, 'control'), run(4, 'varied'), run(5, 'negative-control')];
  assert.deepEqual(
    controlRuns(runs).map((r) => r.run),
    [1, 3],
  );
  const report = concludeCheck({ settings: { tolerance: 0 }, tolerance: 0, source: 'test', runs, durationSeconds: 1, warnings: [] });
  assert.equal(report.verdict, 'reproducible');
  assert.deepEqual(
    report.runs.map((r) => r.role),
    ['control', 'varied', 'control', 'varied', 'negative-control'],
  );
  assert.deepEqual(compareOtherRoles(runs).warnings, [
    'runs 2, 4 are varied runs: the verdict compares the control runs only, and this tf-repro does not compare varied runs with them yet',
    'run 5 is a negative-control run: the verdict compares the control runs only, and this tf-repro does not compare negative-control runs with them yet',
  ]);
  for (const warning of compareOtherRoles(runs).warnings) assert.ok(report.warnings.includes(warning));
  assert.deepEqual(compareOtherRoles([run(1, 'control')]).warnings, []);
});

test("the report's environment and its backends warning are the control runs': a varied run may run elsewhere on purpose", () => {
  const on = (backend: 'wasm' | 'cpu') => ({ ...environment, backend });
  const runs = [
    { ...run(1, 'varied'), environment: on('cpu') },
    { ...run(2, 'control'), environment: on('wasm') },
    { ...run(3, 'control'), environment: on('wasm') },
  ];
  const report = concludeCheck({ settings: { tolerance: 0 }, tolerance: 0, source: 'test', runs, durationSeconds: 1, warnings: [] });
  assert.equal(report.environment?.backend, 'wasm');
  assert.ok(!report.warnings.some((warning) => warning.startsWith('runs trained on different backends')), report.warnings.join('\n'));
  const allControls = concludeCheck({
    settings: { tolerance: 0 },
    tolerance: 0,
    source: 'test',
    runs: runs.map((r) => ({ ...r, role: 'control' as const })),
    durationSeconds: 1,
    warnings: [],
  });
  assert.equal(allControls.environment?.backend, 'cpu');
  assert.ok(allControls.warnings.some((warning) => warning.startsWith('runs trained on different backends')));
});

/** A trainer that replays runs' traces through the hooks, as training processes send checkpoints, then returns the runs. */
function replaying(runs: RunResult[], roleOf?: Trainer['roleOf']): Trainer {
  return {
    kind: 'command',
    ...(roleOf ? { roleOf } : {}),
    async train(_changes, request) {
      for (const trained of runs) for (const point of trained.trace ?? []) request.hooks?.onTrace?.(trained.run, point);
      return runs.map((trained) => ({ ...trained, status: request.stop?.aborted ? 'stopped' : trained.status }));
    },
  };
}

test('fail-fast fires on control runs that part, never on a run of another role', async () => {
  const runs = [run(1, 'control'), run(2, 'varied', { parted: true }), run(3, 'control')];
  const roles = (n: number) => (runs[n - 1] as RunResult).role;
  assert.equal((await trainWatched(replaying(runs, roles), {}, 'check', true)).stoppedEarly, false);
  // Without the trainer's roles every run counts as a control: the parted run stops the check.
  assert.equal((await trainWatched(replaying(runs), {}, 'check', true)).stoppedEarly, true);
  const controlsPart = [run(1, 'control'), run(2, 'varied'), run(3, 'control', { parted: true })];
  assert.equal(
    (
      await trainWatched(
        replaying(controlsPart, (n) => (controlsPart[n - 1] as RunResult).role),
        {},
        'check',
        true,
      )
    ).stoppedEarly,
    true,
  );
});

test('merge holds every leg to the same role for a run, and the joined run keeps it', () => {
  // The digest merge checks each leg's settings against.
  const header = (index: number) => ({
    index,
    count: 2,
    folds: [index - 1],
    settingsDigest: settingsDigest({ folds: 2 }, null),
    datasetDigest: 'd',
    toolVersion: '0.1.0',
  });
  const shardRun = (number: number, role: RunResult['role'], fold: number): RunResult => ({
    ...run(number, role),
    folds: [run(number, role).folds[fold]!],
    trace: [],
  });
  const leg = (index: number, roles: RunResult['role'][]): ShardReport => ({
    file: `shard-${index}/report.json`,
    header: header(index),
    merged: false,
    settings: { folds: 2 },
    runs: roles.map((role, i) => shardRun(i + 1, role, index - 1)),
    durationSeconds: 1,
    warnings: [],
    errors: [],
  });
  const agreeing = checkShardSet([leg(1, ['control', 'control', 'varied']), leg(2, ['control', 'control', 'varied'])]);
  assert.ok(agreeing.ok);
  const mismatched = checkShardSet([leg(1, ['control', 'control', 'varied']), leg(2, ['control', 'varied', 'varied'])]);
  assert.deepEqual(mismatched, {
    ok: false,
    error:
      'shards 1 and 2 give run 2 different roles (control, varied) (shard-1/report.json, shard-2/report.json): merge reads the report.json that tf-repro wrote, unedited',
  });
});

test('schema policy: the current version as it is, version 1 upgraded (every run a control), older and newer refused saying which', () => {
  assert.equal(REPORT_SCHEMA_VERSION, 3);
  assert.deepEqual(READ_SCHEMA_VERSIONS, [1, 2, 3]);
  const current = { schemaVersion: 3, runs: [{ run: 1, role: 'varied' }] };
  assert.deepEqual(currentSchema(current), { ok: true, value: current });
  const v1 = {
    schemaVersion: 1,
    tool: { name: 'tf-repro', version: '0.1.0' },
    runs: [
      { run: 1, status: 'ok' },
      { run: 2, status: 'ok' },
    ],
  };
  const upgraded = currentSchema(v1);
  assert.ok(upgraded.ok);
  assert.equal(upgraded.value.schemaVersion, 3);
  assert.deepEqual(upgraded.value.runs, [
    { run: 1, status: 'ok', role: 'control' },
    { run: 2, status: 'ok', role: 'control' },
  ]);
  assert.deepEqual(v1.runs[0], { run: 1, status: 'ok' }, 'the object read is not changed');
  assert.deepEqual(currentSchema({ schemaVersion: 0, tool: { version: '0.0.9' } }), {
    ok: false,
    error:
      'a report of schema version 0 (tf-repro 0.0.9), older than this tf-repro reads (versions 1, 2 and 3): run the check again to write a report this tf-repro reads',
  });
  assert.deepEqual(currentSchema({ schemaVersion: 4, tool: { version: '9.0.0' } }), {
    ok: false,
    error:
      'a report of schema version 4 (tf-repro 9.0.0), newer than this tf-repro reads (versions 1, 2 and 3): read it with the tf-repro that wrote it, or a newer one',
  });
  assert.deepEqual(currentSchema({ schemaVersion: '2' }), { ok: false, error: 'no schemaVersion this tf-repro reads (versions 1, 2 and 3)' });
});

test('schema 2 to 3: the 0s version 2 wrote where fewer than two runs had a value become null, with a reason; measured ones stay', () => {
  const metric = (values: (number | null)[]) => ({ values, maxAbsDiff: 0, variance: 0, matches: false });
  const comparison = (folds: unknown[]) => ({
    verdict: 'not-reproducible',
    summary: '',
    tolerance: 0,
    variance: 0,
    maxAbsDiff: 0,
    folds,
    mismatchedFolds: [],
    metricNames: ['loss'],
  });
  const stopped = {
    schemaVersion: 2,
    variance: 0,
    maxAbsDiff: 0,
    runs: [],
    comparison: comparison([{ fold: 0, metrics: { loss: metric([0.5, null]) }, weightsIdentical: null, matches: false }]),
    command: { command: 'python train.py', variables: { TF_REPRO_SEED: '0', TF_REPRO_RUN: '1', TF_REPRO_METRICS: '/tmp/r/metrics/run-1.metrics' }, logs: [] },
  };
  const upgraded = currentSchema(stopped);
  assert.ok(upgraded.ok);
  const value = upgraded.value as unknown as Report;
  assert.deepEqual([value.schemaVersion, value.variance, value.maxAbsDiff], [3, null, null]);
  assert.match(value.notMeasured ?? '', /^no fold was finished by two runs/);
  assert.deepEqual([value.comparison.variance, value.comparison.maxAbsDiff, value.comparison.notMeasured], [null, null, value.notMeasured]);
  assert.deepEqual([value.comparison.folds[0]?.metrics.loss?.variance, value.comparison.folds[0]?.metrics.loss?.maxAbsDiff], [null, null]);
  assert.deepEqual(value.command?.variables, { TF_REPRO_SEED: '0' }, "run 1's own variables are not what every run got");

  const measured = { ...stopped, comparison: comparison([{ fold: 0, metrics: { loss: metric([0.5, 0.5]) }, weightsIdentical: null, matches: true }]) };
  const kept = currentSchema(measured);
  assert.ok(kept.ok);
  const keptValue = kept.value as unknown as Report;
  assert.deepEqual([keptValue.variance, keptValue.notMeasured], [0, null]);
});
