// Drift against a baseline, as plain inputs: the comparison of a check with a saved report (fold by
// fold, metric by metric, the weights' digests, the settings behind the numbers) and its rendering
// in the job summary, the comment and the CLI's text, bounded whatever the report holds.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BaselineSource, Drift } from '../../src/contracts/drift.js';
import type { Report } from '../../src/contracts/report.js';
import type { RunResult } from '../../src/contracts/run-result.js';
import { compareWithBaseline, settingsThatDiffer, unavailableDrift, type BaselineReport } from '../../src/comparison/drift.js';
import { markerFor, reportDigest } from '../../src/github/marker.js';
import { GITHUB_COMMENT_LIMIT } from '../../src/report/comment.js';
import { COMMENT_DRIFT_ROWS, driftMarkdown, driftRows, driftSentence, signedDelta } from '../../src/report/drift.js';

import { markdownProblems } from '../support/markdown-check.js';
import { environment, mainBaseline, makeReport } from '../support/reports.js';
import { renderComment, renderSummaryMarkdown, renderText } from '../../src/report/render.js';

const file: BaselineSource = { kind: 'file', path: 'baseline/report.json' };
const main = mainBaseline;

/** The report's own runs and settings, as a baseline written by the same tf-repro. */
function baselineOf(report: Report, change: (runs: RunResult[]) => void = () => {}): BaselineReport {
  const runs = structuredClone(report.runs);
  change(runs);
  return { settings: { ...report.settings }, runs, createdAt: '2025-01-01T00:00:00.000Z', toolVersion: report.tool.version, verdict: report.verdict };
}

/** Every run's fold `fold`: its metric `name` set to `value`, or its digest replaced. */
function setFold(runs: RunResult[], fold: number, name: string | null, value: number | string): void {
  for (const run of runs) {
    const result = run.folds.find((f) => f.fold === fold)!;
    if (name === null) result.weightsSha256 = String(value);
    else result.metrics[name] = value as number;
  }
}

describe('the comparison', () => {
  test('a baseline from the same check is unchanged, every fold compared, weights included', () => {
    const report = makeReport({ folds: 3 });
    const drift = compareWithBaseline(report, baselineOf(report), main, 0);
    assert.equal(drift.status, 'unchanged');
    assert.equal(drift.reason, null);
    assert.equal(drift.comparedFolds, 3);
    assert.deepEqual([drift.changedFolds, drift.onlyInBaseline, drift.onlyInCurrent, drift.settingsDiffer, drift.notes], [[], [], [], [], []]);
    assert.equal(drift.weightsChanged, false);
    assert.equal(drift.largest, null);
    assert.deepEqual(drift.source, main);
    assert.equal(drift.baseline?.verdict, 'reproducible');
  });

  test('moved metrics are listed per fold with every metric, current minus baseline, and the largest move', () => {
    const report = makeReport({ folds: 3 });
    const baseline = baselineOf(report, (runs) => {
      setFold(runs, 2, 'loss', 0.25);
      setFold(runs, 3, 'accuracy', 0.5);
      setFold(runs, 3, null, 'other-digest');
    });
    const drift = compareWithBaseline(report, baseline, file, 0);
    assert.equal(drift.status, 'changed');
    assert.deepEqual(
      drift.changedFolds.map((fold) => fold.fold),
      [2, 3],
    );
    const [two, three] = drift.changedFolds;
    const loss = report.runs[0]!.folds[1]!.metrics.loss!;
    assert.deepEqual(two!.metrics.loss, { baseline: 0.25, current: loss, delta: loss - 0.25 });
    assert.deepEqual(two!.metrics.accuracy!.delta, 0, 'the metrics that did not move are there too, at 0');
    assert.equal(two!.weightsChanged, false);
    assert.equal(three!.weightsChanged, true);
    assert.equal(drift.weightsChanged, true);
    const accuracy = report.runs[0]!.folds[2]!.metrics.accuracy!;
    assert.deepEqual(
      drift.largest,
      Math.abs(accuracy - 0.5) > Math.abs(loss - 0.25)
        ? { fold: 3, metric: 'accuracy', delta: accuracy - 0.5 }
        : { fold: 2, metric: 'loss', delta: loss - 0.25 },
    );
  });

  test('tolerance is the check’s own: within it a metric is unchanged, and differing weights then count for nothing', () => {
    const report = makeReport({ folds: 2 });
    const baseline = baselineOf(report, (runs) => {
      setFold(runs, 1, 'loss', report.runs[0]!.folds[0]!.metrics.loss! + 1e-4);
      setFold(runs, 1, null, 'other');
    });
    assert.equal(compareWithBaseline(report, baseline, file, 0).status, 'changed');
    const tolerant = compareWithBaseline(report, baseline, file, 1e-3);
    assert.equal(tolerant.status, 'unchanged');
    assert.equal(tolerant.weightsChanged, true, 'still said');
    assert.equal(compareWithBaseline(report, baseline, file, 1e-5).status, 'changed');
  });

  test('NaN against NaN is unchanged, against a number it moved the most; a metric one side lacks moved, with no delta', () => {
    const report = makeReport({ folds: 2 });
    setFold(report.runs, 1, 'loss', NaN);
    const same = compareWithBaseline(report, baselineOf(report), file, 0);
    assert.equal(same.status, 'unchanged');
    const baseline = baselineOf(report, (runs) => {
      setFold(runs, 1, 'loss', 0.3);
      setFold(runs, 2, 'loss', 0.9);
      for (const run of runs) delete run.folds[1]!.metrics.accuracy;
    });
    const drift = compareWithBaseline(report, baseline, file, 0);
    assert.ok(Number.isNaN(drift.changedFolds[0]!.metrics.loss!.delta));
    assert.equal(drift.largest?.fold, 1, 'NaN against a number is the farthest');
    assert.deepEqual(drift.changedFolds[1]!.metrics.accuracy, { baseline: null, current: report.runs[0]!.folds[1]!.metrics.accuracy, delta: null });
  });

  test('a metric named __proto__ or constructor is compared as any other', () => {
    const report = makeReport({ folds: 2, metrics: ['__proto__', 'constructor'] });
    const baseline = baselineOf(report, (runs) => {
      for (const run of runs) Object.defineProperty(run.folds[0]!.metrics, '__proto__', { value: 7, enumerable: true });
    });
    const drift = compareWithBaseline(report, baseline, file, 0);
    assert.equal(drift.status, 'changed');
    assert.ok(Object.hasOwn(drift.changedFolds[0]!.metrics, '__proto__'));
    const constructorName: string = 'constructor';
    assert.equal(drift.changedFolds[0]!.metrics[constructorName]?.delta, 0);
  });

  test('folds only one side finished are not compared; with none in common there is no drift to tell', () => {
    const report = makeReport({ folds: 3 });
    const fewer = baselineOf(report, (runs) => runs.forEach((run) => run.folds.splice(2)));
    const drift = compareWithBaseline(report, fewer, file, 0);
    assert.deepEqual([drift.status, drift.comparedFolds, drift.onlyInCurrent, drift.onlyInBaseline], ['unchanged', 2, [3], []]);
    const none = compareWithBaseline(
      report,
      baselineOf(report, (runs) => runs.forEach((run) => (run.folds = []))),
      file,
      0,
    );
    assert.equal(none.status, 'unavailable');
    assert.equal(none.reason, "the baseline's report has no finished fold");
    assert.deepEqual(none.onlyInCurrent, [1, 2, 3]);
  });

  test('the first run to finish a fold stands for its check, and a side whose runs differ says so', () => {
    const report = makeReport({ folds: 2, differingFold: 1 });
    assert.equal(report.verdict, 'not-reproducible');
    const drift = compareWithBaseline(report, baselineOf(report), file, 0);
    assert.equal(drift.status, 'unchanged', 'run 1 against run 1');
    assert.match(drift.notes.join('\n'), /this check's runs differ among themselves/);
    const older = { ...baselineOf(report), toolVersion: '0.0.9', verdict: 'reproducible' as const };
    assert.match(compareWithBaseline(report, older, file, 0).notes.join('\n'), /written by tf-repro 0\.0\.9, this check by/);
  });

  test('settings behind the numbers that differ are named in the inputs’ words; runs, parallel and fail-fast are not', () => {
    const report = makeReport({ settings: { seed: 1, epochs: 2, runs: 5 } });
    const baseline = { settings: { ...report.settings, seed: 0, epochs: 1, runs: 2, parallel: 1, failFast: false }, runs: report.runs };
    assert.deepEqual(settingsThatDiffer(report, baseline), [
      { name: 'epochs', baseline: '1', current: '2' },
      { name: 'seed', baseline: '0', current: '1' },
    ]);
    const cpu = structuredClone(report.runs).map((run) => ({ ...run, environment: { ...environment, backend: 'cpu' as const } }));
    assert.deepEqual(settingsThatDiffer(report, { settings: { ...report.settings, backend: 'auto', dataset: '/data/fashion' }, runs: cpu }), [
      { name: 'dataset', baseline: '/data/fashion', current: 'embedded MNIST' },
      { name: 'backend', baseline: 'auto (ran on cpu)', current: 'wasm' },
    ]);
    const command = { command: 'python train.py', workingDirectory: null, framework: 'pytorch', metricsFile: null, timeoutMinutes: 0, artifacts: [] };
    assert.deepEqual(
      settingsThatDiffer(
        { settings: { command, seed: 0, folds: 3 }, runs: [] },
        { settings: { command: { ...command, command: 'python old.py' }, seed: 0, folds: 10 }, runs: [] },
      ),
      [{ name: 'command', baseline: 'python old.py', current: 'python train.py' }],
      "a command's folds are its own",
    );
  });
});

describe('the rendering', () => {
  const report = makeReport({ folds: 3 });
  const changed = compareWithBaseline(
    report,
    baselineOf(report, (runs) => {
      setFold(runs, 1, 'loss', 0.05);
      setFold(runs, 1, null, 'other');
    }),
    main,
    0,
  );

  test('one sentence per status, for notices and the CLI', () => {
    assert.equal(
      driftSentence(compareWithBaseline(report, baselineOf(report), main, 0)),
      'Drift against main: unchanged; 3 folds compared, every metric bitwise equal, and so are the final weights.',
    );
    assert.equal(driftSentence(changed), 'Drift against main: 1 of 3 folds changed; most: loss of fold 1, +5e-2; the final weights changed.');
    assert.equal(
      driftSentence(unavailableDrift(file, 'cannot read baseline x: ENOENT', 0)),
      'Drift against the baseline: no baseline; cannot read baseline x: ENOENT.',
    );
    assert.deepEqual(['+5e-2', '-1.2e-7', '0', 'NaN', '—'], [0.05, -1.23e-7, 0, NaN, null].map(signedDelta));
  });

  test('the markdown section: a link to the run, the moved metrics and the weights, valid markdown', () => {
    const section = `${driftMarkdown(changed, '###', 30).join('\n\n')}\n`;
    assert.match(section, /^### Drift against main$/m);
    // Our own words are escaped with the user's in them (\( \+): markdown shows them as they are.
    assert.match(section, /⚠️ \*\*Changed:\*\* 1 of 3 folds changed; most: loss of fold 1, \\\+5e-2; the final weights changed\./);
    assert.match(
      section,
      /- Baseline: \[run 42\]\(https:\/\/github\.com\/octo-org\/octo-repo\/actions\/runs\/42\) on main at 0123456789ab \\\(artifact tf-repro-report\\\), written 2025-01-01T00:00:00\.000Z by tf-repro/,
    );
    assert.match(section, /\| fold \| metric \| baseline \| this check \| change \|/);
    assert.match(section, /\| 1 \| loss \| 0\.05 \| 0\.10 \| \+5e-2 \|/);
    assert.match(section, /\| 1 \| _weights_ \| changed \| {2}\| {2}\|/);
    assert.doesNotMatch(section, /accuracy/, 'metrics that did not move are left out of the table');
    assert.deepEqual(markdownProblems(section), []);
  });

  test('the settings that differ, the folds not compared and the notes are said; user text is inert', () => {
    const evil = '</details><img src=x> @octocat |';
    const drift: Drift = {
      ...changed,
      source: { kind: 'file', path: `reports/${evil}.json` },
      settingsDiffer: [{ name: 'model', baseline: `${evil}.keras`, current: 'net.keras' }],
      onlyInBaseline: Array.from({ length: 15 }, (_, i) => i + 10),
      notes: ['the baseline was written by tf-repro 0.0.9, this check by 0.1.0: a new tf-repro can move the numbers too'],
    };
    const section = `${driftMarkdown(drift, '####', 30).join('\n\n')}\n`;
    assert.match(section, /The settings differ from the baseline's \\\(model .* → net\.keras\\\): its numbers are expected to differ/);
    assert.match(section, /Not compared: folds 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 and 5 more only in the baseline\./);
    assert.match(section, /Note: the baseline was written by tf-repro 0\.0\.9/);
    assert.ok(!section.includes('<img') && !section.includes('@octocat'));
    assert.deepEqual(markdownProblems(section), []);
  });

  test('rows are capped, and the rest is counted and pointed to', () => {
    const many = makeReport({ folds: 100 });
    const drift = compareWithBaseline(
      many,
      baselineOf(many, (runs) => runs.forEach((run) => run.folds.forEach((f) => (f.weightsSha256 = 'x')))),
      file,
      0,
    );
    assert.deepEqual([driftRows(drift, COMMENT_DRIFT_ROWS).rows.length, driftRows(drift, COMMENT_DRIFT_ROWS).total], [COMMENT_DRIFT_ROWS, 100]);
    assert.match(driftMarkdown(drift, '####', COMMENT_DRIFT_ROWS).join('\n'), /_70 more rows in report\.json \(`drift\.changedFolds`\)\._/);
  });

  test('the comment keeps the drift section within GitHub’s limit, however large the report and its drift', () => {
    const huge = makeReport({ runs: 10, folds: 3_000, metrics: ['loss', 'accuracy', 'x'.repeat(5_000)] });
    huge.drift = compareWithBaseline(
      huge,
      baselineOf(huge, (runs) => runs.forEach((run) => run.folds.forEach((f) => Object.keys(f.metrics).forEach((name) => (f.metrics[name] = -1))))),
      { ...main, artifact: 'a'.repeat(10_000) },
      0,
    );
    huge.drift.settingsDiffer = Array.from({ length: 12 }, (_, i) => ({ name: `setting-${i}`, baseline: 'b'.repeat(10_000), current: 'c'.repeat(10_000) }));
    const context = { marker: markerFor('CI/reproducibility', reportDigest(huge)), runUrl: null, commentId: 'CI/reproducibility' };
    for (const limit of [GITHUB_COMMENT_LIMIT, 20_000]) {
      const body = renderComment(huge, context, limit);
      assert.ok(body.length <= limit, `${body.length} > ${limit}`);
      assert.match(body, /^#### Drift against main$/m);
      assert.match(body, /\*\*Changed:\*\* 3,000 of 3,000 folds changed/);
      assert.match(body, /more rows in report\.json/);
      assert.deepEqual(markdownProblems(body), []);
    }
  });

  test('the job summary and the CLI show the section; the CLI keeps its sentence on one line', () => {
    const withDrift = { ...report, drift: changed };
    assert.match(renderSummaryMarkdown(withDrift), /^### Drift against main\n\n⚠️ \*\*Changed:\*\*/m);
    const text = renderText(withDrift, 60);
    assert.ok(text.split('\n').includes(driftSentence(changed)), text);
    assert.match(text, /^ {2}Baseline: run 42 on main at 0123456789ab \(artifact$/m);
    assert.match(text, /^ {2}https:\/\/github\.com\/octo-org\/octo-repo\/actions\/runs\/42$/m);
    assert.match(text, /^ {2}1 +loss +0\.05 +0\.10 +\+5e-2$/m);
    assert.match(text, /^ {2}1 +\(weights\) +changed$/m);
    assert.doesNotMatch(renderText(report, 100), /[Dd]rift/, 'nothing without a baseline');
  });

  test('on-change sees a drift change; a report without a baseline keeps its digest', () => {
    const digest = reportDigest(report);
    assert.equal(reportDigest({ ...report, drift: undefined }), digest);
    assert.notEqual(reportDigest({ ...report, drift: changed }), digest);
    assert.notEqual(reportDigest({ ...report, drift: changed }), reportDigest({ ...report, drift: { ...changed, status: 'unchanged', changedFolds: [] } }));
  });
});
