// The job summary's size: GitHub shows at most 1 MiB of a step's summary and drops all of it when
// it is longer, so the summary shortens itself the way the comment does, and says so. What it
// shows for ordinary reports is held by the golden files (report-golden.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownProblems } from '../support/markdown-check.js';
import { mermaidBlocks } from '../support/mermaid-check.js';
import { exampleDiagnosis, experimentCost, makeReport } from '../support/reports.js';
import { renderSummaryMarkdown } from '../../src/report/render.js';

/** GitHub's limit for one step's summary, in bytes. */
const GITHUB_SUMMARY_LIMIT = 1_048_576;
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const foldRows = (summary: string) => summary.split('\n').filter((line) => /^\| \d+ \|/.test(line));

test('20,000 folds: per-fold rows are dropped from the end until the summary fits, and it says how many', () => {
  const report = makeReport({ folds: 20_000 });
  const summary = renderSummaryMarkdown(report);
  assert.ok(bytes(summary) <= GITHUB_SUMMARY_LIMIT, `${bytes(summary)} bytes`);
  assert.ok(bytes(summary) > GITHUB_SUMMARY_LIMIT - 100_000, 'as many rows as fit, not just a few');
  const note =
    /> \[!NOTE\]\n> Shortened to fit GitHub's limit of 1 MiB for a job summary: left out (\d+) per-fold rows \(the table shows the first (\d+) of 20000 folds\)\. report\.json has everything\./.exec(
      summary,
    );
  assert.ok(note, 'a note says what was left out');
  const [left, shown] = [Number(note[1]), Number(note[2])];
  assert.equal(left + shown, 20_000);
  const rows = foldRows(summary);
  assert.equal(rows.length, shown);
  assert.match(rows.at(-1) ?? '', new RegExp(`^\\| ${shown} \\|.*\\|$`), 'the last row is whole');
  assert.match(summary, new RegExp(`### Per fold \\(the first ${shown} of 20000\\)`));
  // Everything after the table is still there.
  for (const heading of ['### Settings', '### Time', '### Environment']) assert.ok(summary.includes(heading), heading);
  assert.deepEqual(markdownProblems(summary), []);
});

test('the limit is counted in UTF-8 bytes, not characters', () => {
  // Each character of these warnings is 3 bytes: under the limit in characters, over it in bytes.
  const report = makeReport({ folds: 3, warnings: Array.from({ length: 40 }, (_, i) => `${i}: ${'损失准确率'.repeat(2_000)}`) });
  const whole = renderSummaryMarkdown(report, Number.MAX_SAFE_INTEGER);
  assert.ok(whole.length < GITHUB_SUMMARY_LIMIT && bytes(whole) > GITHUB_SUMMARY_LIMIT, `${whole.length} characters, ${bytes(whole)} bytes`);
  const summary = renderSummaryMarkdown(report);
  assert.ok(bytes(summary) <= GITHUB_SUMMARY_LIMIT, `${bytes(summary)} bytes`);
  assert.match(summary, /left out the per-fold table, some of the errors and warnings, or their ends\./);
  assert.match(summary, /_35 more errors and warnings in report\.json\._/);
  assert.deepEqual(markdownProblems(summary), []);
});

test('a report that fits is whole, with no note', () => {
  const summary = renderSummaryMarkdown(makeReport({ folds: 500 }));
  assert.equal(foldRows(summary).length, 500);
  assert.ok(!summary.includes('Shortened'));
});

test('when not even one row fits, the table goes, then most errors and warnings, then the rest; each said', () => {
  // A row per metric: 20,000 of them make one fold longer than the limit.
  const wide = renderSummaryMarkdown(makeReport({ folds: 3, metrics: Array.from({ length: 20_000 }, (_, i) => `metric_${i}_${'m'.repeat(40)}`) }));
  assert.ok(bytes(wide) <= GITHUB_SUMMARY_LIMIT);
  assert.ok(!wide.includes('### Per fold'), 'no table with a cut header');
  assert.match(wide, /left out the per-fold table\. report\.json has everything\./);
  assert.deepEqual(markdownProblems(wide), []);

  const noisy = renderSummaryMarkdown(makeReport({ errors: Array.from({ length: 400 }, (_, i) => `error ${i}: ${'x'.repeat(3_000)}`) }));
  assert.ok(bytes(noisy) <= GITHUB_SUMMARY_LIMIT);
  assert.match(noisy, /left out the per-fold table, some of the errors and warnings, or their ends\./);
  assert.match(noisy, /_395 more errors and warnings in report\.json\._/);
  assert.ok(noisy.includes('### Environment'));
  assert.deepEqual(markdownProblems(noisy), []);

  const tiny = renderSummaryMarkdown(makeReport({ folds: 50, warnings: ['w'.repeat(5_000)] }), 1_000);
  assert.ok(bytes(tiny) <= 1_000, `${bytes(tiny)} bytes`);
  assert.match(tiny, /^## ✅ Reproducible — tf-repro/);
  assert.match(tiny, /\| largest difference \| 0 \|/);
  assert.match(
    tiny,
    /left out the per-fold table, the environment fingerprint, the settings, the time per run and the sections on artifacts and seeds, some of the errors and warnings, or their ends\./,
  );
  assert.match(tiny, /_1 more error or warning in report\.json\._/);
  assert.deepEqual(markdownProblems(tiny), []);
});

test('what explains the verdict stays: the charts go first, the divergence, the cost table and the diagnosis in a line never', () => {
  const report = makeReport({ folds: 20_000, differingFold: 1 });
  report.divergence = { runs: [1, 2], fold: 1, stage: 'epoch', epoch: 2, batch: null, variables: ['dense/kernel'] };
  for (const run of report.runs) {
    run.trace = [1, 2, 3].map((epoch) => ({
      fold: 1,
      epoch,
      batch: null,
      digests: { w: `${epoch}` },
      valLoss: 1 / epoch + (run.run === 2 && epoch > 1 ? 1e-4 : 0),
    }));
  }
  report.cost = experimentCost;
  report.diagnosis = exampleDiagnosis;
  assert.equal(mermaidBlocks(renderSummaryMarkdown(report, Number.MAX_SAFE_INTEGER)).length, 2);
  const lead = '**Runs 1 and 2 part at fold 1, epoch 2; first in dense/kernel.**';
  for (const limit of [GITHUB_SUMMARY_LIMIT, 4_000]) {
    const summary = renderSummaryMarkdown(report, limit);
    assert.ok(bytes(summary) <= limit, `${bytes(summary)} bytes`);
    assert.equal(mermaidBlocks(summary).length, 0);
    assert.match(summary, /Shortened to fit GitHub's limit of 1 MiB for a job summary: left out the charts, /);
    assert.ok(summary.includes(lead), `limit ${limit}`);
    assert.match(summary, /^\| without \| 2 \| not reproducible \|/m);
    assert.match(summary, /^Necessary here: TF\\_DETERMINISTIC\\_OPS, shuffle\./m);
    assert.deepEqual(markdownProblems(summary), []);
  }
});
