// The pure parts of shards (issue #13, part 1): which folds a shard trains, the shard and merge
// inputs, the digests, the checks on a set of partial reports, and the join of their runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import type { Dataset } from '../../src/contracts/dataset.js';
import type { Divergence, ShardHeader } from '../../src/contracts/report.js';
import type { EnvironmentFingerprint, RunResult, TraceCheckpoint } from '../../src/contracts/run-result.js';
import {
  checkShardSet,
  datasetDigest,
  environmentDifferences,
  joinShards,
  keepNarrowing,
  settingsDigest,
  shardFolds,
  shardSummary,
  type ShardReport,
} from '../../src/comparison/shards.js';
import { SETTING_DEFAULTS, actionInputLabel, cliFlagLabel } from '../../src/inputs/setting-names.js';
import { parseSettings } from '../../src/inputs/settings.js';
import { parseMerge } from '../../src/inputs/shard.js';
import { repoRoot } from '../support/paths.js';
import { checkSettings } from '../support/settings.js';

test('shards take the folds round-robin: disjoint, complete, in order, sizes within one', () => {
  assert.deepEqual(shardFolds({ index: 1, count: 4 }, 10), [0, 4, 8]);
  assert.deepEqual(shardFolds({ index: 2, count: 4 }, 10), [1, 5, 9]);
  assert.deepEqual(shardFolds({ index: 4, count: 4 }, 10), [3, 7]);
  assert.deepEqual(shardFolds({ index: 1, count: 1 }, 3), [0, 1, 2]);
  for (let folds = 1; folds <= 13; folds++) {
    for (let count = 1; count <= folds; count++) {
      const shares = Array.from({ length: count }, (_, i) => shardFolds({ index: i + 1, count }, folds));
      assert.deepEqual(
        shares.flat().sort((a, b) => a - b),
        Array.from({ length: folds }, (_, f) => f),
        `${count} shards of ${folds} folds`,
      );
      const sizes = shares.map((share) => share.length);
      assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `${count} shards of ${folds}: ${sizes}`);
      for (const share of shares)
        assert.deepEqual(
          share,
          [...share].sort((a, b) => a - b),
        );
    }
  }
  assert.throws(() => shardFolds({ index: 3, count: 2 }, 10), /not 1 <= i <= n <= folds/);
  assert.throws(() => shardFolds({ index: 1, count: 11 }, 10), /not 1 <= i <= n <= folds/);
});

test('the shard input: i/n with 1 <= i <= n <= folds, one clear line for anything else', () => {
  const parsed = parseSettings({ shard: ' 2 / 4 ', folds: '8' }, actionInputLabel);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value.shard, { index: 2, count: 4 });
  const whole = parseSettings({ shard: '' }, actionInputLabel);
  assert.ok(whole.ok);
  assert.equal(whole.value.shard, undefined);
  for (const bad of ['2', '0/4', '5/4', 'a/b', '1/0', '-1/4', '1.5/4', '2/4/8', '1 of 4']) {
    const result = parseSettings({ shard: bad }, actionInputLabel);
    assert.ok(!result.ok, bad);
    assert.equal(result.error, `input 'shard' must be i/n with 1 <= i <= n, like 2/4 (this leg trains shard 2 of 4), got '${bad}'`);
  }
  const tooMany = parseSettings({ shard: '3/12', folds: '10' }, cliFlagLabel);
  assert.ok(!tooMany.ok);
  assert.equal(tooMany.error, '--shard is 3/12, but a check of 10 folds has at most 10 shards (work is shared out by fold): use n <= 10, or more folds');
});

test('a shard leg cannot run a command, the cost table or the diagnosis: one line each, naming the inputs', () => {
  const command = parseSettings({ shard: '1/2', command: 'python train.py' }, actionInputLabel);
  assert.ok(!command.ok);
  assert.match(command.error, /^input 'shard' does not apply with input 'command': a command trains every fold itself;/);
  const cost = parseSettings({ shard: '1/2', 'compare-nondeterministic': 'true', diagnose: 'true' }, cliFlagLabel);
  assert.ok(!cost.ok);
  const lines = cost.error.split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0] as string, /^--compare-nondeterministic does not apply with --shard: /);
  assert.match(lines[1] as string, /^--diagnose does not apply with --shard: /);
  // Fail-fast stays: each leg stops at its own first divergence.
  assert.ok(parseSettings({ shard: '1/2', 'fail-fast': 'true' }, actionInputLabel).ok);
});

test('the merge input: globs one per line; settings other than report-dir and fail-on-mismatch are errors', () => {
  assert.deepEqual(parseMerge({ merge: '' }, actionInputLabel), { patterns: [], errors: [] });
  assert.deepEqual(parseMerge({ merge: 'shards/**/report.json\n\n  other/a,b/report.json \n' }, actionInputLabel), {
    patterns: ['shards/**/report.json', 'other/a,b/report.json'],
    errors: [],
  });
  // A runner gives every input its default from action.yml: those are not "given".
  assert.deepEqual(parseMerge({ merge: 'x', runs: '2', epochs: '10', 'report-dir': 'out', 'fail-on-mismatch': 'false' }, actionInputLabel).errors, []);
  assert.deepEqual(parseMerge({ merge: 'x', epochs: '1', shard: '1/2' }, actionInputLabel).errors, [
    "input 'epochs' does not apply with input 'merge': the merged check has the settings its shards were trained with; leave input 'epochs' out",
    "input 'shard' and input 'merge' do not go together: a shard leg trains its folds, the merge job (after every leg, with needs:) merges their reports",
  ]);
});

test('the settings digest covers what decides the numbers and the verdict, not how the check runs', () => {
  const base = checkSettings({ runs: 2, folds: 4, epochs: 1, samples: 600 });
  const digest = settingsDigest(base, null);
  assert.match(digest, /^[0-9a-f]{64}$/);
  assert.equal(
    settingsDigest({ ...base, parallel: 1, reportDir: '/elsewhere', shard: { index: 2, count: 2 }, dataset: '/data', failOnMismatch: false }, null),
    digest,
  );
  for (const change of [{ epochs: 2 }, { seed: 1 }, { samples: 0 }, { tolerance: 1e-6 }, { backend: 'cpu' as const }, { threads: 2 }, { failFast: false }]) {
    assert.notEqual(settingsDigest({ ...base, ...change }, null), digest, JSON.stringify(change));
  }
  assert.notEqual(settingsDigest(base, 'a'.repeat(64)), digest);
});

test('the dataset digest covers the images, the labels and their shape', () => {
  const dataset = (change: Partial<Dataset> = {}): Dataset => ({
    images: new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]),
    labels: new Uint8Array([1, 2]),
    count: 2,
    rows: 2,
    cols: 2,
    source: 'here',
    ...change,
  });
  const digest = datasetDigest(dataset());
  assert.equal(datasetDigest(dataset({ source: 'elsewhere' })), digest, 'the content, not where it came from');
  assert.notEqual(datasetDigest(dataset({ images: new Uint8Array([0, 1, 2, 3, 4, 5, 6, 8]) })), digest);
  assert.notEqual(datasetDigest(dataset({ labels: new Uint8Array([1, 3]) })), digest);
  assert.notEqual(datasetDigest(dataset({ rows: 4, cols: 1 })), digest);
  assert.notEqual(datasetDigest(dataset({ images: new Float32Array([0, 1, 2, 3, 4, 5, 6, 7]) })), digest);
});

test("a shard leg's summary says which shard and folds, and that the merge gives the verdict", () => {
  const header: ShardHeader = { index: 2, count: 4, folds: [1, 5], settingsDigest: 's', datasetDigest: 'd', toolVersion: '0.1.0' };
  assert.equal(
    shardSummary('Reproducible: 2 runs × 2 folds gave bitwise-identical metrics and weights.', header, 8),
    "Shard 2 of 4 (folds 1, 5 of 8): Reproducible: 2 runs × 2 folds gave bitwise-identical metrics and weights. Merge the 4 shards' reports for the check's verdict over all 8 folds.",
  );
});

// A set of partial reports, as engine/shards.ts reads them back.

const ENV: EnvironmentFingerprint = {
  node: 'v20',
  platform: 'linux x64',
  cpuModel: 'CPU A',
  cpuCount: 4,
  tfjsVersion: '4.22.0',
  backend: 'wasm',
  backendVersion: '4.22.0',
  backendDetail: 'simd',
  threads: 1,
  determinismVariables: { TF_DETERMINISTIC_OPS: '1' },
};

const checkpoint = (fold: number, epoch: number, digest: string): TraceCheckpoint => ({ fold, epoch, batch: null, digests: { 'dense/kernel': digest } });

function run(number: number, folds: number[], change: Partial<RunResult> = {}): RunResult {
  return {
    run: number,
    role: 'control',
    status: 'ok',
    error: null,
    startedAt: `2025-01-0${number}T00:00:0${folds[0]}Z`,
    durationSeconds: folds.length,
    folds: folds.map((fold) => ({ fold, metrics: { loss: fold / 10, accuracy: 0.5 }, weightsSha256: `w${fold}`, trainSeconds: 1 })),
    environment: ENV,
    warnings: [],
    trace: folds.flatMap((fold) => [checkpoint(fold, 0, `i${fold}`), checkpoint(fold, 1, `e${fold}`)]),
    ...change,
  };
}

const SETTINGS = { runs: 2, folds: 4, epochs: 1, seed: 0, samples: 600, dataset: null, source: 'default workload on the embedded MNIST digits' };

function leg(index: number, count: number, change: Partial<ShardReport> = {}, header: Partial<ShardHeader> = {}): ShardReport {
  const folds = shardFolds({ index, count }, 4);
  return {
    file: `shard-${index}/report.json`,
    // The digest a leg writes of its own settings (merge digests them again).
    header: { index, count, folds, settingsDigest: settingsDigest(change.settings ?? SETTINGS, null), datasetDigest: 'data', toolVersion: '0.1.0', ...header },
    merged: false,
    settings: SETTINGS,
    runs: [run(1, folds), run(2, folds)],
    divergence: null,
    work: { trainedEpochs: 2 * folds.length, plannedEpochs: 2 * folds.length, stoppedEarly: false },
    durationSeconds: index,
    warnings: [],
    errors: [],
    ...change,
  };
}

const errorOf = (reports: ShardReport[]): string => {
  const checked = checkShardSet(reports);
  assert.ok(!checked.ok, 'expected an error');
  return checked.error;
};

test('a complete set of shards, in any order, comes back in shard order', () => {
  const checked = checkShardSet([leg(2, 2), leg(1, 2)]);
  assert.ok(checked.ok);
  assert.deepEqual(
    checked.value.map((report) => report.header.index),
    [1, 2],
  );
});

test('what is missing, duplicated or mismatched is named, one error', () => {
  assert.equal(
    errorOf([leg(1, 4), leg(2, 4), leg(4, 4)]),
    'shard 3 of 4 is missing: merge needs the report.json of every leg (did a leg fail before it wrote its report, or its artifact not download?); ' +
      'given: shard 1 of 4 (shard-1/report.json), shard 2 of 4 (shard-2/report.json), shard 4 of 4 (shard-4/report.json)',
  );
  assert.match(errorOf([leg(2, 4)]), /^shards 1, 3 and 4 of 4 are missing: /);
  assert.equal(
    errorOf([leg(1, 2), leg(2, 2), leg(1, 2, { file: 'again/report.json' })]),
    "shard 1 of 2 is given twice (again/report.json, shard-1/report.json): give each leg's report once (upload each leg's under a name of its own)",
  );
  assert.equal(
    errorOf([leg(1, 2), leg(2, 2, { settings: { ...SETTINGS, epochs: 2 } })]),
    'shards 1 and 2 were trained with different settings: epochs 1 vs 2 (shard-1/report.json, shard-2/report.json): give every leg the same inputs (only shard differs)',
  );
  assert.match(
    errorOf([
      leg(1, 2, { settings: { ...SETTINGS, model: 'm.json' } }),
      leg(2, 2, { settings: { ...SETTINGS, model: 'm.json' } }, { settingsDigest: 'other' }),
    ]),
    /^shards 1 and 2 were trained with different settings: the model file 'm.json' differs in content /,
  );
  assert.equal(
    errorOf([leg(1, 2), leg(2, 2, { settings: { ...SETTINGS, dataset: '/data/mnist' } }, { datasetDigest: 'other' })]),
    "shards 1 and 2 were trained on different datasets: the embedded MNIST digits vs '/data/mnist', whose images or labels differ (shard-1/report.json, shard-2/report.json): give every leg the same dataset",
  );
  assert.match(
    errorOf([leg(1, 2), leg(2, 2, {}, { datasetDigest: 'other' })]),
    /different datasets: the embedded MNIST digits differs in content between the legs /,
  );
  assert.equal(
    errorOf([leg(1, 2), leg(2, 2, {}, { toolVersion: '0.2.0' })]),
    'shards 1 and 2 were written by tf-repro 0.1.0 and 0.2.0 (shard-1/report.json, shard-2/report.json): run every leg and the merge with the same version of tf-repro',
  );
  assert.equal(
    errorOf([leg(1, 2), leg(2, 4)]),
    'shard-1/report.json is shard 1 of 2 but shard-2/report.json is shard 2 of 4: every leg must give the same n in shard: i/n',
  );
  assert.equal(
    errorOf([leg(1, 2), { ...leg(2, 2), header: null, file: 'whole/report.json' }]),
    "whole/report.json is a whole check's report, not a shard's partial report: merge takes the report.json that each leg with shard: i/n wrote (and nothing else)",
  );
  assert.match(errorOf([{ ...leg(1, 1), header: null, merged: true }]), /is a report merged from shards already/);
  assert.match(
    errorOf([leg(1, 2, {}, { folds: [0, 1] }), leg(2, 2)]),
    /^shard-1\/report.json: shard 1 of 2 lists folds 0, 1, which is not its share of 4 folds/,
  );
  assert.match(errorOf([leg(1, 2, { runs: [run(1, [0, 1])] }), leg(2, 2)]), /^shard-1\/report.json: run 1 has fold 1, which shard 1 of 2 does not train$/);
  assert.match(errorOf([]), /got none/);
});

test("a leg whose report was edited: its settings no longer give its own digest, or it lists more runs than its settings' runs", () => {
  const edited = leg(2, 2);
  edited.settings = { ...SETTINGS, epochs: 5 };
  assert.equal(
    errorOf([leg(1, 2), edited]),
    'shard-2/report.json: its settings are not the ones its shard 2 of 2 header was digested from (settingsDigest differs): merge reads the report.json that tf-repro wrote, unedited; run the leg again',
  );
  assert.equal(
    errorOf([leg(1, 2, { runs: [run(1, [0, 2]), run(2, [0, 2]), run(3, [0, 2])] }), leg(2, 2)]),
    'shard-1/report.json: it lists 3 control runs, but its settings say runs 2: merge reads the report.json that tf-repro wrote, unedited; run the leg again',
  );
  // A model leg's digest takes the model file's SHA-256, which the header carries (absent in older reports: not digested again).
  const model = { ...SETTINGS, model: 'm.json' };
  const sha = 'a'.repeat(64);
  assert.ok(
    checkShardSet([
      leg(1, 2, { settings: model }, { settingsDigest: settingsDigest(model, sha), modelSha256: sha }),
      leg(2, 2, { settings: model }, { settingsDigest: settingsDigest(model, sha), modelSha256: sha }),
    ]).ok,
  );
  assert.match(errorOf([leg(1, 2, { settings: model }, { modelSha256: sha }), leg(2, 2)]), /^shard-1\/report.json: its settings are not the ones/);
});

test('the join: each run its folds and trace in fold order, durations added, the earliest start, the longest leg', () => {
  const checked = checkShardSet([leg(1, 2), leg(2, 2)]);
  assert.ok(checked.ok);
  const joined = joinShards(checked.value);
  assert.deepEqual(
    joined.runs.map((r) => r.run),
    [1, 2],
  );
  const [first] = joined.runs as [RunResult];
  assert.deepEqual(
    first.folds.map((f) => f.fold),
    [0, 1, 2, 3],
  );
  assert.deepEqual(
    first.trace?.map((c) => `${c.fold}:${c.epoch}`),
    ['0:0', '0:1', '1:0', '1:1', '2:0', '2:1', '3:0', '3:1'],
  );
  assert.equal(first.status, 'ok');
  assert.equal(first.durationSeconds, 4);
  assert.equal(first.startedAt, '2025-01-01T00:00:00Z');
  assert.equal(joined.durationSeconds, 2);
  assert.deepEqual(joined.work, { trainedEpochs: 8, plannedEpochs: 8, stoppedEarly: false });
  assert.deepEqual(joined.warnings, []);
  assert.deepEqual(joined.errors, []);
  // Reports without fusedStep (command mode, older versions) join without it.
  assert.equal(first.fusedStep, undefined);
});

test("the join: a run took the fused step only where every leg's part of it did", () => {
  const fused = (one: boolean, two: boolean) => {
    const legs = [1, 2].map((index) => leg(index, 2, { runs: [run(1, shardFolds({ index, count: 2 }, 4), { fusedStep: index === 1 ? one : two })] }));
    const checked = checkShardSet(legs);
    assert.ok(checked.ok, checked.ok ? '' : checked.error);
    return joinShards(checked.value).runs[0]?.fusedStep;
  };
  assert.deepEqual([fused(true, true), fused(true, false), fused(false, false)], [true, false, false]);
});

test("the join: a failed leg's run fails the run, naming its shard; a stopped one stops it; a run a leg lacks is a failure", () => {
  const failedLeg = leg(2, 2, {
    runs: [run(1, [1], { status: 'failed', error: 'run 1 failed: boom' }), run(2, [1, 3], { status: 'stopped' })],
    errors: ['run 1 failed: boom', 'the check was cancelled (SIGTERM)'],
  });
  const checked = checkShardSet([leg(1, 2), failedLeg]);
  assert.ok(checked.ok);
  const joined = joinShards(checked.value);
  assert.deepEqual(
    joined.runs.map((r) => [r.status, r.error]),
    [
      ['failed', 'shard 2 of 2: run 1 failed: boom'],
      ['stopped', null],
    ],
  );
  assert.deepEqual(joined.errors, ['shard 2 of 2: the check was cancelled (SIGTERM)']);
  const lacking = checkShardSet([leg(1, 2), leg(2, 2, { runs: [run(1, [1, 3])] })]);
  assert.ok(lacking.ok);
  const second = joinShards(lacking.value).runs[1] as RunResult;
  assert.deepEqual([second.status, second.error], ['failed', 'shard 2 of 2 has no run 2: its leg stopped before the run started']);
});

test('legs on machines that differ: one warning naming each differing field and which shards had which value', () => {
  const otherMachine = { ...ENV, cpuModel: 'CPU B', cpuCount: 8 };
  const checked = checkShardSet([leg(1, 3), leg(2, 3, { runs: [run(1, [1], { environment: otherMachine })] }), leg(3, 3)]);
  assert.ok(checked.ok);
  assert.equal(
    environmentDifferences(checked.value),
    'the shards ran in different environments (cpuModel: CPU A (shards 1, 3) vs CPU B (shard 2); cpuCount: 4 (shards 1, 3) vs 8 (shard 2)): ' +
      "every run of a fold trained in the same leg, so each fold still compares runs of one machine; the environment shown is shard 1's",
  );
  const same = checkShardSet([leg(1, 2), leg(2, 2, { runs: [run(1, [1, 3], { environment: { ...ENV, cudaVisibleDevices: '1' } })] })]);
  assert.ok(same.ok);
  assert.equal(environmentDifferences(same.value), null, 'where a process was pinned is no difference of machines');
});

test("the merged divergence keeps its leg's narrowing where the leg found the same one", () => {
  const located: Divergence = { runs: [1, 2], fold: 0, stage: 'epoch', epoch: 2, batch: null, variables: ['dense/kernel'] };
  const narrowed: Divergence = { ...located, batch: 3, narrowing: { status: 'found', detail: '', seconds: 1.5 } };
  const otherFold: Divergence = { ...narrowed, fold: 1 };
  assert.deepEqual(keepNarrowing(located, [otherFold, narrowed]), narrowed);
  assert.deepEqual(keepNarrowing(located, [otherFold]), located);
  assert.equal(keepNarrowing(null, [narrowed]), null);
});

test("docs/sharding.md's workflow: a matrix of every shard, each leg's artifact under its own name, a merge job that needs them and merges what it downloads", () => {
  const text = readFileSync(join(repoRoot, 'docs', 'sharding.md'), 'utf8');
  const yaml = /```yaml\n([\s\S]*?)```/.exec(text)?.[1];
  assert.ok(yaml, 'a yaml block');
  type Step = { uses?: string; if?: string; with?: Record<string, unknown> };
  type Job = {
    needs?: string;
    if?: string;
    permissions?: Record<string, string>;
    strategy?: { 'fail-fast'?: boolean; matrix: { shard: string[] } };
    steps: Step[];
  };
  const { jobs } = parse(yaml) as { jobs: { shard: Job; merge: Job } };
  const tfRepro = (job: Job): Step[] => job.steps.filter((step) => step.uses?.includes('tf-repro-action'));
  const inputs = new Set([...Object.keys(SETTING_DEFAULTS), 'github-token', 'comment', 'comment-id']);
  for (const step of [...tfRepro(jobs.shard), ...tfRepro(jobs.merge)]) {
    for (const input of Object.keys(step.with ?? {})) assert.ok(inputs.has(input), `${input} is not an input of the action`);
  }

  const shards = jobs.shard.strategy?.matrix.shard ?? [];
  assert.deepEqual(shards, ['1/4', '2/4', '3/4', '4/4']);
  for (const shard of shards) assert.ok(parseSettings({ shard, folds: String(tfRepro(jobs.shard)[0]?.with?.folds) }, actionInputLabel).ok, shard);
  assert.equal(jobs.shard.strategy?.['fail-fast'], false);
  assert.equal(tfRepro(jobs.shard)[0]?.with?.shard, '${{ matrix.shard }}');
  const upload = jobs.shard.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
  assert.equal(upload?.if, '${{ !cancelled() }}');
  assert.equal(upload?.with?.name, 'tf-repro-shard-${{ strategy.job-index }}');
  assert.equal(upload?.with?.path, `${String(tfRepro(jobs.shard)[0]?.with?.['report-dir'])}/`);

  assert.equal(jobs.merge.needs, 'shard');
  assert.equal(jobs.merge.if, '${{ !cancelled() }}');
  assert.deepEqual(jobs.merge.permissions, { 'pull-requests': 'write' });
  const download = jobs.merge.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'));
  assert.equal(download?.with?.pattern, 'tf-repro-shard-*');
  assert.equal(download?.with?.['merge-multiple'], undefined, 'one folder per artifact: every leg writes report.json');
  const merge = parseMerge({ merge: String(tfRepro(jobs.merge)[0]?.with?.merge), 'report-dir': 'x' }, actionInputLabel);
  assert.deepEqual(merge, { patterns: [`${String(download?.with?.path)}/*/report.json`], errors: [] });
});
