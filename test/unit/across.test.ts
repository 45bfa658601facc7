// Across runners, the pure parts: which legs agree in each fold, the fingerprint fields that
// differ, which reports across refuses, the default label, and the renderings (the job summary,
// the comment within GitHub's limit for 20 legs × 100 folds, the CLI text). The real checks, the
// CLI and the action are in test/e2e/across.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import type { Report } from '../../src/contracts/report.js';
import type { EnvironmentFingerprint, RunResult } from '../../src/contracts/run-result.js';
import type { Verdict } from '../../src/contracts/verdict.js';
import { buildAcrossReport, checkDifferences, incompleteReason, legLabels, legList, stepVerdict, type LegReport } from '../../src/report/across.js';
import { acrossGrid, groupLetter } from '../../src/report/across-view.js';
import { lineUpFingerprints } from '../../src/comparison/fingerprint.js';
import { GITHUB_COMMENT_LIMIT } from '../../src/report/comment.js';

import { markerFor } from '../../src/github/marker.js';
import { defaultLabel, matrixValues } from '../../src/inputs/label.js';
import { parseSettings } from '../../src/inputs/settings.js';
import { actionInputLabel, cliFlagLabel } from '../../src/inputs/setting-names.js';
import { environment } from '../support/reports.js';
import { markdownProblems } from '../support/markdown-check.js';
import { repoRoot } from '../support/paths.js';
import { renderComment, renderSummaryMarkdown, renderText } from '../../src/report/render.js';

interface LegShape {
  label?: string | null;
  folds?: number;
  runs?: number;
  /** Per fold, the loss every run of this leg gives (a fold not listed: 0.5 + fold / 100). */
  loss?: Record<number, number>;
  /** The accuracy of every fold. */
  accuracy?: number;
  /** Folds where run 2 gives another loss and other weights. */
  differsWithin?: number[];
  /** Folds no run has (fail-fast stopped the runs). */
  stoppedBefore?: number;
  environment?: Partial<EnvironmentFingerprint> | null;
  verdict?: Verdict;
  tolerance?: number;
  file?: string;
  epochs?: number;
}

/** A leg as engine/across.ts reads one: runs whose per-fold loss and digest follow from the values given. */
function leg({
  label = 'leg',
  folds = 3,
  runs = 2,
  loss = {},
  accuracy = 0.9,
  differsWithin = [],
  stoppedBefore,
  environment: env = {},
  verdict,
  tolerance = 0,
  file,
  epochs = 1,
}: LegShape = {}): LegReport {
  const results: RunResult[] = Array.from({ length: runs }, (_, r) => ({
    run: r + 1,
    role: 'control',
    status: stoppedBefore === undefined ? 'ok' : 'stopped',
    error: null,
    startedAt: '2025-01-01T00:00:00.000Z',
    durationSeconds: 2,
    folds: Array.from({ length: stoppedBefore ?? folds }, (_, f) => {
      const value = (loss[f] ?? 0.5 + f / 100) + (r === 1 && differsWithin.includes(f) ? 1e-3 : 0);
      return { fold: f, metrics: { loss: value, accuracy }, weightsSha256: `w${value}`, trainSeconds: 1 };
    }),
    environment: env === null ? null : { ...environment, ...env },
    warnings: [],
  }));
  return {
    file: file ?? `reports/${label ?? 'unnamed'}/report.json`,
    label,
    verdict: verdict ?? (differsWithin.length > 0 || stoppedBefore !== undefined ? 'not-reproducible' : 'reproducible'),
    summary: 'a summary',
    tolerance,
    toolVersion: '0.1.0',
    durationSeconds: 4,
    settings: {
      runs,
      folds,
      epochs,
      batchSize: 32,
      validationSplit: 0.2,
      seed: 0,
      samples: 600,
      deterministic: true,
      backend: 'wasm',
      dataset: null,
      source: 'default workload',
    },
    runs: results,
    environment: env === null ? null : { ...environment, ...env },
    errors: [],
  };
}

const across = (report: Report) => report.across!;

test('legs that agree in every fold are identical across; one that differs in a fold is its own group there', () => {
  const same = buildAcrossReport([leg({ label: 'a' }), leg({ label: 'b' })], { failOnCrossRunnerDifference: false });
  assert.equal(across(same).identical, true);
  assert.equal(across(same).reproducibleWithin, true);
  assert.equal(same.verdict, 'reproducible');
  assert.deepEqual(across(same).differingFields, []);
  assert.match(same.summary, /^Reproducible within each of the 2 runners, and identical across them/);

  const report = buildAcrossReport(
    [leg({ label: 'a' }), leg({ label: 'b' }), leg({ label: 'c', loss: { 1: 0.7 }, environment: { backend: 'cpu', backendDetail: 'js' } })],
    {
      failOnCrossRunnerDifference: false,
    },
  );
  const { folds } = across(report);
  assert.deepEqual(
    folds.map((fold) => fold.groups),
    [[[1, 2, 3]], [[1, 2], [3]], [[1, 2, 3]]],
  );
  assert.deepEqual(
    folds.map((fold) => fold.identical),
    [true, false, true],
  );
  assert.equal(across(report).identical, false);
  assert.equal(report.verdict, 'reproducible', 'the verdict is the legs’ own: each is reproducible within itself');
  assert.deepEqual(across(report).differingFields, ['backend', 'backendDetail']);
  assert.match(
    report.summary,
    /but not identical across them: 1 of 3 folds differs across runners \(fold 1: legs 1, 2 \| leg 3\); the fingerprints differ in backend, backendDetail\.$/,
  );
  // The comparison across is compare.ts's own, a leg standing for a run.
  assert.deepEqual(report.comparison.mismatchedFolds, [1]);
  assert.equal(report.runs.length, 3);
  assert.ok(report.maxAbsDiff !== null && report.maxAbsDiff > 0.18 && report.maxAbsDiff < 0.2, String(report.maxAbsDiff));
  assert.deepEqual(
    acrossGrid(across(report)).map((column) => column.cells.join('')),
    ['AAA', 'AAB', 'AAA'],
  );
});

test('at tolerance 0 the weights decide too; at a tolerance the metrics alone, within it', () => {
  const digestOnly = [leg({ label: 'a' }), leg({ label: 'b' })];
  const runFold = digestOnly[1]!.runs[0]!.folds[0]!;
  runFold.weightsSha256 = 'other';
  assert.deepEqual(across(buildAcrossReport(digestOnly, { failOnCrossRunnerDifference: false })).folds[0]!.groups, [[1], [2]]);

  const close = [leg({ label: 'a', tolerance: 1e-3 }), leg({ label: 'b', tolerance: 1e-3, loss: { 0: 0.5 + 5e-4 } })];
  const report = buildAcrossReport(close, { failOnCrossRunnerDifference: false });
  assert.equal(across(report).identical, true);
  assert.equal(across(report).tolerance, 1e-3);
  assert.match(report.summary, /every fold's metrics agree within 0\.001 on every leg/);
  const far = buildAcrossReport([leg({ label: 'a', tolerance: 1e-3 }), leg({ label: 'b', tolerance: 1e-3, loss: { 0: 0.6 } })], {
    failOnCrossRunnerDifference: false,
  });
  assert.equal(across(far).identical, false);
});

test('the legs’ tolerances differ: compared at the largest, with a warning', () => {
  const report = buildAcrossReport([leg({ label: 'a' }), leg({ label: 'b', tolerance: 0.01, loss: { 0: 0.505 } })], { failOnCrossRunnerDifference: false });
  assert.equal(across(report).tolerance, 0.01);
  assert.equal(across(report).identical, true);
  assert.deepEqual(report.warnings, ["the legs' tolerances differ (0, 0.01): across compares them at the largest, 0.01"]);
});

test('a leg not reproducible within itself: the verdict says so, and its folds are marked where its runs differ', () => {
  const report = buildAcrossReport([leg({ label: 'a' }), leg({ label: 'b', differsWithin: [2] })], { failOnCrossRunnerDifference: false });
  assert.equal(report.verdict, 'not-reproducible');
  assert.equal(across(report).reproducibleWithin, false);
  assert.deepEqual(
    across(report).folds.map((fold) => fold.differsWithin),
    [[], [], [2]],
  );
  // Its first run stands for it: that agrees with leg 1.
  assert.equal(across(report).identical, true);
  assert.deepEqual(acrossGrid(across(report))[2]!.cells, ['A', 'A*']);
  assert.match(report.summary, /^Not reproducible within 1 of the 2 runners \(leg 2 b\), but identical across them/);
});

test('a leg that fail-fast stopped has no result in the folds it never finished', () => {
  const report = buildAcrossReport([leg({ label: 'a' }), leg({ label: 'b', stoppedBefore: 1 })], { failOnCrossRunnerDifference: false });
  assert.deepEqual(
    across(report).folds.map((fold) => [fold.groups, fold.missing]),
    [
      [[[1, 2]], []],
      [[[1]], [2]],
      [[[1]], [2]],
    ],
  );
  assert.equal(across(report).identical, false);
  assert.deepEqual(acrossGrid(across(report))[1]!.cells, ['A', '—']);
  assert.match(report.summary, /\(fold 1: leg 1 \| no result in leg 2\)/);
});

test('a leg that ended in an error makes the verdict error, its first error named', () => {
  const broken = { ...leg({ label: 'b' }), verdict: 'error' as const, errors: ['run 2 crashed: out of memory'] };
  const report = buildAcrossReport([leg({ label: 'a' }), broken], { failOnCrossRunnerDifference: false });
  assert.equal(report.verdict, 'error');
  assert.deepEqual(report.errors, ['leg 2 (b): run 2 crashed: out of memory']);
});

test('fingerprints line up field by field: differing values, none against one, unset variables, fields no leg has left out', () => {
  const fields = lineUpFingerprints([
    { ...environment, determinismVariables: { TF_DETERMINISTIC_OPS: '1', OMP_NUM_THREADS: null } },
    {
      ...environment,
      cpuModel: 'Intel Xeon',
      determinismVariables: { TF_DETERMINISTIC_OPS: '1', OMP_NUM_THREADS: '1' },
      gpus: [{ index: 0, name: 'NVIDIA A10G', driverVersion: '535.104', memoryTotalMiB: 23028 }],
      cudaVersion: '12.2',
    },
    null,
  ]);
  const byName = new Map(fields.map((field) => [field.field, field]));
  assert.deepEqual(byName.get('cpuModel'), { field: 'cpuModel', values: ['AMD EPYC 7763 64-Core Processor', 'Intel Xeon', null], differs: true });
  assert.deepEqual(byName.get('gpus')?.values, [null, '0: NVIDIA A10G (driver 535.104)', null]);
  assert.deepEqual(byName.get('determinismVariables.OMP_NUM_THREADS')?.values, ['(unset)', '1', null]);
  assert.equal(byName.has('libtensorflowVersion'), false, 'no leg has it');
  assert.equal(byName.has('oneDnn'), false);
  // A leg without a fingerprint (a command) differs from those with one.
  assert.equal(byName.get('backend')?.differs, true);
  const same = lineUpFingerprints([environment, { ...environment }]);
  assert.deepEqual(
    same.filter((field) => field.differs),
    [],
  );
  assert.deepEqual(same.map((field) => field.field).slice(0, 3), ['node', 'platform', 'cpuModel'], 'in the order of comparison/fingerprint.ts');
});

test('legs are named by their label, else their folder (the artifact), each name once', () => {
  assert.deepEqual(
    legLabels([
      { file: 'reports/tf-repro-ubuntu-22.04/report.json', label: null },
      { file: 'r/report.json', label: 'gpu' },
      { file: 's/report.json', label: 'gpu' },
      { file: 'report.json', label: null },
    ]),
    ['tf-repro-ubuntu-22.04', 'gpu', 'gpu (2)', '.'],
  );
  assert.equal(legList([1, 2, 3, 5]), 'legs 1–3, 5');
  assert.equal(legList([4]), 'leg 4');
  assert.deepEqual([0, 25, 26, 27, 701, 702].map(groupLetter), ['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
});

test('another check is told apart by what decides the numbers, not by the runner', () => {
  const first = leg({ label: 'a' });
  assert.deepEqual(checkDifferences(first, leg({ label: 'b', environment: { backend: 'cpu' } })), []);
  const other = leg({ label: 'b', epochs: 2 });
  other.toolVersion = '0.2.0';
  other.settings.dataset = '/data/fashion';
  assert.deepEqual(checkDifferences(first, other), [
    "tf-repro version '0.1.0' in reports/a/report.json, '0.2.0' in reports/b/report.json",
    'epochs 1 in reports/a/report.json, 2 in reports/b/report.json',
    "dataset none in reports/a/report.json, '/data/fashion' in reports/b/report.json",
  ]);
  // A model file's folder is the runner's: its name is compared.
  const [x, y] = [leg({ label: 'a' }), leg({ label: 'b' })];
  x.settings.model = '/home/runner/work/p/p/model.json';
  y.settings.model = '/opt/runner/_work/p/p/model.json';
  assert.deepEqual(checkDifferences(x, y), []);
});

test('partial, foreign and across reports are refused, with the reason', () => {
  const extra = { shard: null, isAcross: false };
  assert.equal(incompleteReason({ ...leg(), ...extra }), null);
  assert.equal(incompleteReason({ ...leg({ stoppedBefore: 1 }), ...extra }), null, 'fail-fast stopped it: a complete check');
  assert.match(
    incompleteReason({ ...leg(), shard: '2 of 4', isAcross: false }) ?? '',
    /^is a partial report \(shard 2 of 4\) of a sharded check: merge the shards first/,
  );
  const shardLike = leg({ folds: 4 });
  for (const run of shardLike.runs) run.folds = run.folds.filter((fold) => fold.fold % 2 === 0);
  assert.match(
    incompleteReason({ ...shardLike, ...extra }) ?? '',
    /^holds 2 of its 4 folds \(no result for folds 1, 3\) although no run failed or was stopped: a partial report/,
  );
  const compared = leg();
  compared.settings = { tolerance: 0, source: 'a.txt, b.txt' };
  assert.match(
    incompleteReason({ ...compared, ...extra }) ?? '',
    /^is not the report of a check \(it has no settings such as folds: tf-repro compare writes such reports\)/,
  );
  assert.match(incompleteReason({ ...leg(), shard: null, isAcross: true }) ?? '', /^is an across report itself/);
});

test('the default label: the matrix values, else the hosted image, else the self-hosted runner, else the machine', () => {
  const hosted = { RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', RUNNER_NAME: 'GitHub Actions 12', ImageOS: 'ubuntu24', ImageVersion: '20250120.1.0' };
  assert.equal(
    defaultLabel({ env: hosted, matrixJson: '{\n  "os": "ubuntu-24.04",\n  "gpu": false,\n  "cuda": ["12.2"]\n}' }),
    'ubuntu-24.04, false, ["12.2"]',
  );
  assert.equal(defaultLabel({ env: hosted, matrixJson: 'null' }), 'ubuntu24 20250120.1.0 X64');
  assert.equal(defaultLabel({ env: hosted, matrixJson: '' }), 'ubuntu24 20250120.1.0 X64');
  assert.equal(defaultLabel({ env: { RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', RUNNER_NAME: 'gpu-box-1' } }), 'gpu-box-1 (Linux X64)');
  assert.equal(defaultLabel({ env: {}, hostname: 'laptop', platform: 'linux x64' }), 'laptop (linux x64)');
  assert.equal(defaultLabel({ env: {} }), 'this machine');
  assert.equal(defaultLabel({ env: {}, matrixJson: JSON.stringify({ os: 'x'.repeat(500) }) }).length, 200);
  assert.deepEqual(matrixValues('{not json'), []);
  assert.deepEqual(matrixValues('[1, 2]'), []);
});

test('label, across and fail-on-cross-runner-difference are read and checked', () => {
  const parsed = parseSettings(
    { label: ' ubuntu-22.04\n gpu ', across: 'reports/*/report.json\n\n  other/report.json  ', 'fail-on-cross-runner-difference': 'true' },
    actionInputLabel,
  );
  assert.ok(parsed.ok);
  assert.equal(parsed.value.label, 'ubuntu-22.04 gpu');
  assert.deepEqual(parsed.value.across, ['reports/*/report.json', 'other/report.json']);
  assert.equal(parsed.value.failOnCrossRunnerDifference, true);
  const defaults = parseSettings({}, actionInputLabel);
  assert.ok(defaults.ok);
  assert.equal(defaults.value.label, undefined);
  assert.equal(defaults.value.across, undefined);
  assert.equal(defaults.value.failOnCrossRunnerDifference, undefined);
  const bad = parseSettings({ label: 'x'.repeat(201), 'fail-on-cross-runner-difference': 'maybe' }, cliFlagLabel);
  assert.ok(!bad.ok);
  assert.match(bad.error, /^--label must be at most 200 characters, got 201: a short name of this leg, such as \$\{\{ matrix\.os \}\}$/m);
  assert.match(bad.error, /^--fail-on-cross-runner-difference must be true or false, got 'maybe'$/m);
  const training = parseSettings({ across: 'r/*.json', command: 'python train.py', diagnose: 'true' }, actionInputLabel);
  assert.ok(!training.ok);
  assert.match(
    training.error,
    /^input 'across' compares the reports of checks that already ran and trains nothing, so input 'command' and input 'diagnose' do not apply: run those in the legs, and leave them out of the step with input 'across'$/m,
  );
});

const context = { marker: markerFor('CI/across', '0123456789abcdef'), runUrl: 'https://github.com/o/r/actions/runs/1', commentId: 'CI/across' };

test('the summary, the comment and the text show both verdicts, the legs, the legs × folds table and the fingerprints with the differing fields marked', () => {
  const report = buildAcrossReport(
    [leg({ label: 'ubuntu-22.04' }), leg({ label: 'gpu <b>@octocat</b>', loss: { 0: 0.7 }, environment: { backend: 'tensorflow', backendDetail: 'gpu' } })],
    { failOnCrossRunnerDifference: true },
  );
  const summary = renderSummaryMarkdown(report);
  assert.match(summary, /^## ✅ Reproducible within each runner · ❌ differs across runners — tf-repro$/m);
  assert.match(
    summary,
    /^\| 2 \| gpu &lt;b&gt;@\u200boctocat&lt;\/b&gt; \| ✅ reproducible \| 2 × 3 \| 2 of 3 \| tensorflow 4\.22\.0 \| reports\/gpu &lt;b&gt;@\u200boctocat&lt;\/b&gt;\/report\.json \|$/m,
  );
  assert.match(summary, /^\| leg \| fold 0 \| fold 1 \| fold 2 \|$/m);
  assert.match(summary, /^\| 1 ubuntu-22\.04 \| A \| A \| A \|$/m);
  assert.match(summary, /^\| 2 gpu &lt;b&gt;@\u200boctocat&lt;\/b&gt; \| B \| A \| A \|$/m);
  assert.match(summary, /^\| \*\*every leg\*\* \| ❌ \| ✅ \| ✅ \|$/m);
  assert.match(summary, /^### Environment fingerprints: 2 fields differ$/m);
  assert.match(summary, /^\| \*\*backend\*\* \| wasm \| tensorflow \| ≠ \|$/m);
  assert.match(summary, /^\| cpuModel \| AMD EPYC 7763 64-Core Processor \| AMD EPYC 7763 64-Core Processor \| {2}\|$/m);
  assert.match(summary, /<summary>Each leg's values where the legs differ \(1 fold\)<\/summary>/);
  assert.match(summary, /^### Settings\n\nfolds 3 · epochs 1 · batch-size 32 /m);
  assert.deepEqual(markdownProblems(summary), []);

  const comment = renderComment(report, context);
  assert.equal(comment.split('\n')[0], context.marker);
  assert.match(comment, /^### ✅ Reproducible within each runner · ❌ differs across runners — tf-repro$/m);
  assert.match(comment, /^\| 2 gpu &lt;b&gt;@\u200boctocat&lt;\/b&gt; \| B \| A \| A \|$/m);
  assert.match(comment, /<summary>Environment fingerprints: 2 fields differ<\/summary>/);
  assert.match(comment, /<sub>\[Workflow run\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\) · comment-id CI\/across · tf-repro /);
  assert.ok(!comment.includes('@octocat'));
  assert.deepEqual(markdownProblems(comment), []);

  const text = renderText(report, 100);
  assert.match(text, /^Reproducible within each of the 2 runners, but not identical across them/);
  assert.match(text, /^1 ubuntu-22\.04 +A +A +A$/m);
  assert.match(text, /^every leg +DIFFERS +same +same$/m);
  // Too wide for 100 columns side by side: a line per field.
  assert.match(text, /^\* backend: leg 1: wasm · leg 2: tensorflow$/m);
  assert.match(text, /^ {2}cpuModel: AMD EPYC 7763 64-Core Processor \(every leg\)$/m);
  const wide = renderText(report, 200);
  assert.match(wide, /^\* +backend +wasm +tensorflow$/m);
  assert.match(wide, /^  +cpuModel +AMD EPYC 7763 64-Core Processor +AMD EPYC/m);
});

test('20 legs × 100 folds: the comment fits GitHub’s limit, keeps every leg and the differing fields, and says what it left out', () => {
  const legs = Array.from({ length: 20 }, (_, i) =>
    leg({
      label: `self-hosted-gpu-runner-${i}-with-a-long-name`,
      folds: 100,
      // The worst case: every leg on its own GPU gives its own numbers in every fold.
      loss: Object.fromEntries(Array.from({ length: 100 }, (_, f) => [f, 0.3 + i / 1000 + f / 1e5])),
      accuracy: 0.9 + i / 1000,
      environment: {
        gpus: [{ index: 0, name: i % 2 === 0 ? 'NVIDIA H100 80GB HBM3' : 'NVIDIA A10G', driverVersion: `535.${i}`, memoryTotalMiB: 23028 }],
        cudaVersion: '12.2',
      },
    }),
  );
  const report = buildAcrossReport(legs, { failOnCrossRunnerDifference: false });
  const full = renderComment(report, context, Number.MAX_SAFE_INTEGER);
  assert.ok(full.length > GITHUB_COMMENT_LIMIT, `the fixture must be over the limit (${full.length})`);
  assert.match(report.summary, /100 of 100 folds differ across runners \(fold 0: each leg differs\); the fingerprints differ in gpus\.$/);
  const body = renderComment(report, context);
  assert.ok(body.length <= GITHUB_COMMENT_LIMIT, `${body.length} characters`);
  assert.deepEqual(markdownProblems(body), []);
  assert.match(body, /> \[!NOTE\]\n> Shortened to fit GitHub's limit of 65,536 characters for a comment: left out each leg's values where the legs differ/);
  // Every leg's row, and the grid of every fold that still fits, whole.
  for (let i = 1; i <= 20; i++)
    assert.match(body, new RegExp(`^\\| ${i} \\| self-hosted-gpu-runner-${i - 1}-with-a-long-name \\| ✅ reproducible \\| 2 × 100 \\|`, 'm'));
  assert.match(body, /\| \*\*gpus\*\* \|/);
  const shown = [...body.matchAll(/^\| leg \|((?: fold \d+ \|)+)$/gm)].flatMap((match) =>
    [...match[1]!.matchAll(/fold (\d+)/g)].map((fold) => Number(fold[1])),
  );
  assert.deepEqual(
    shown,
    Array.from({ length: shown.length }, (_, f) => f),
    'the first folds, in order',
  );
  // Each leg's values are what it drops: the whole grid stays (docs/across-runners.md says so).
  assert.equal(shown.length, 100);
  assert.match(body, /<sub>\[Workflow run\]/);

  // The job summary has room for all of it.
  const summary = renderSummaryMarkdown(report);
  assert.ok(!summary.includes('Shortened'));
  assert.match(summary, /^\| 20 self-hosted-gpu-runner-19-with-a-long-na… \| T \|/m);
  assert.deepEqual(markdownProblems(summary), []);
});

test('when even the legs × folds table does not fit, it goes, then the fingerprints, and it is said', () => {
  const legs = Array.from({ length: 20 }, (_, i) => leg({ label: `leg-${i}`, folds: 100, loss: i === 0 ? {} : { 3: 0.9 + i } }));
  const report = buildAcrossReport(legs, { failOnCrossRunnerDifference: false });
  const small = renderComment(report, context, 6_000);
  assert.ok(small.length <= 6_000, `${small.length}`);
  assert.match(small, /left out .*the legs × folds table/);
  assert.match(small, /^\| 20 \| leg-19 \|/m, 'the legs stay');
  assert.deepEqual(markdownProblems(small), []);
});

test('a difference across fails the step only with fail-on-cross-runner-difference', () => {
  const legs = [leg({ label: 'a' }), leg({ label: 'b', loss: { 0: 0.9 } })];
  assert.equal(stepVerdict(buildAcrossReport(legs, { failOnCrossRunnerDifference: false })), 'reproducible');
  assert.equal(stepVerdict(buildAcrossReport(legs, { failOnCrossRunnerDifference: true })), 'not-reproducible');
  assert.equal(stepVerdict(buildAcrossReport([leg({ label: 'a' }), leg({ label: 'b' })], { failOnCrossRunnerDifference: true })), 'reproducible');
});

interface WorkflowStep {
  uses?: string;
  with?: Record<string, unknown>;
}

test("docs/across-runners.md's workflows use the action's own inputs, and the compare job downloads what the legs upload", () => {
  const text = readFileSync(join(repoRoot, 'docs', 'across-runners.md'), 'utf8');
  const inputs = Object.keys((parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
  const workflows = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
    (block) => parse(block[1]!) as { jobs: Record<string, { needs?: string; steps: WorkflowStep[] }> },
  );
  assert.equal(workflows.length, 2);
  const steps = workflows.flatMap((workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps));
  const ours = steps.filter((step) => step.uses === '<owner>/tf-repro-action@v1');
  assert.equal(ours.length, 3);
  for (const step of ours) for (const name of Object.keys(step.with ?? {})) assert.ok(inputs.includes(name), `${name} is not an input of action.yml`);
  const [matrix] = workflows;
  assert.equal(matrix!.jobs.across!.needs, 'leg');
  const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
  const downloads = steps.filter((step) => step.uses?.startsWith('actions/download-artifact@'));
  assert.equal(upload?.with?.name, 'tf-repro-report-${{ matrix.leg }}');
  for (const download of downloads) assert.equal(download.with?.pattern, 'tf-repro-report-*');
});
