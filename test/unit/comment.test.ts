// The pull request comment's renderer: shortening to GitHub's limit (the charts first, never where
// the runs part or the cost table), inert user text. What it shows for ordinary reports is held
// by the golden files (report-golden.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GITHUB_COMMENT_LIMIT, type CommentContext } from '../../src/report/comment.js';
import { markerFor } from '../../src/github/marker.js';
import type { Report } from '../../src/contracts/report.js';
import { markdownProblems } from '../support/markdown-check.js';
import { mermaidBlocks, mermaidProblems } from '../support/mermaid-check.js';
import { exampleDiagnosis, experimentCost, makeExperimentReport, makeReport } from '../support/reports.js';
import { renderComment } from '../../src/report/render.js';

const context: CommentContext = {
  marker: markerFor('CI/reproducibility', '0123456789abcdef'),
  runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/42',
  commentId: 'CI/reproducibility',
};

test('a metric named to inject HTML, close our <details> and ping someone is rendered inert', () => {
  const evil = '</details><img src=x onerror=alert(1)> @octocat';
  const report = makeReport({
    metrics: [evil, 'accuracy'],
    errors: [`training crashed near ${evil}`],
    warnings: ['<!-- tf-repro:comment-id=CI%2Freproducibility digest=0 -->'],
  });
  const body = renderComment(report, context);
  assert.ok(!body.includes('<img'), 'no tag from the metric name survives');
  assert.ok(!/onerror=alert\(1\)>/.test(body), 'the tag is not closed either');
  assert.equal(body.split('</details>').length - 1, 2, 'only our two </details>');
  assert.equal(body.split('<details>').length - 1, 2);
  assert.ok(!/@octocat/.test(body), 'no mention that pings');
  assert.match(body, /^\| 1 \| &lt;\/details&gt;&lt;img src=x onerror=alert\\\(1\\\)&gt; @\u200boctocat \| /m, 'the name is still readable');
  assert.equal(body.split('<!-- tf-repro:').length - 1, 1, 'a warning cannot plant a second marker');
  assert.deepEqual(markdownProblems(body), []);
});

test('a report over the limit drops per-fold rows first, says so, and stays valid markdown', () => {
  const report = makeReport({ runs: 10, folds: 2_000 });
  const full = renderComment(report, context, Number.MAX_SAFE_INTEGER);
  assert.ok(full.length > GITHUB_COMMENT_LIMIT, `the fixture must be over the limit (${full.length})`);
  const body = renderComment(report, context);
  assert.ok(body.length <= GITHUB_COMMENT_LIMIT, `${body.length} characters`);
  assert.ok(body.length > GITHUB_COMMENT_LIMIT - 2_000, 'as many rows as fit, not just a few');
  assert.deepEqual(markdownProblems(body), []);
  const shown = Number(/the table shows the first (\d+) of 2000 folds/.exec(body)?.[1]);
  assert.ok(shown > 10 && shown < 2_000, `shows ${shown} rows`);
  assert.match(body, /> \[!NOTE\]\n> Shortened to fit GitHub's limit of 65,536 characters for a comment: left out \d+ per-fold rows/);
  assert.match(body, /\(first \d+ shown\)<\/summary>/);
  const rows = body.split('\n').filter((line) => /^\| \d+ \|/.test(line));
  assert.equal(rows.length, shown);
  assert.match(rows.at(-1)!, new RegExp(`^\\| ${shown} \\|.*\\|$`), 'the last row is whole');
  // Everything else is still there.
  assert.match(body, /Environment fingerprint/);
  assert.match(body, /\*\*Settings:\*\*/);
  assert.match(body, /\[Workflow run\]/);
  assert.equal(body.split('\n')[0], context.marker);
});

test('when not even one row fits, the table goes, then the environment and most notes, and it is said', () => {
  // A row per metric: 2,000 of them make one fold longer than a comment.
  const wide = makeReport({ folds: 3, metrics: Array.from({ length: 2_000 }, (_, i) => `metric_${i}_${'m'.repeat(40)}`) });
  const body = renderComment(wide, context);
  assert.ok(body.length <= GITHUB_COMMENT_LIMIT);
  assert.ok(!body.includes('Per fold'), 'no table with a cut header');
  assert.match(body, /left out the per-fold table/);
  assert.deepEqual(markdownProblems(body), []);

  const noisy = makeReport({ errors: Array.from({ length: 40 }, (_, i) => `error ${i}: ${'x'.repeat(3_000)}`) });
  const shortened = renderComment(noisy, context);
  assert.ok(shortened.length <= GITHUB_COMMENT_LIMIT);
  assert.match(shortened, /left out the per-fold table, the environment fingerprint, some of the errors and warnings/);
  assert.match(shortened, /_35 more errors and warnings in the job summary\._/);
  assert.deepEqual(markdownProblems(shortened), []);
});

test('a tiny limit still gives the headline, the numbers and the link', () => {
  const body = renderComment(makeReport({ folds: 50 }), context, 3_000);
  assert.ok(body.length <= 3_000, `${body.length}`);
  assert.match(body, /### ✅ Reproducible/);
  assert.match(body, /\| largest difference \| 0 \|/);
  assert.match(body, /\[Workflow run\]/);
  assert.deepEqual(markdownProblems(body), []);
});

/**
 * 1,000 runs × 100 folds where run 2 parts from the others in fold 1, with each run's trace of
 * that fold, the cost table and a diagnosis: every part of the comment at once.
 */
function everythingAtScale(): Report {
  const report = makeExperimentReport({ runs: 1_000, folds: 100, reproducible: false });
  report.divergence = {
    runs: [1, 2],
    fold: 1,
    stage: 'epoch',
    epoch: 2,
    batch: 37,
    variables: ['conv2d_1/kernel'],
    narrowing: { status: 'found', detail: '', seconds: 40 },
  };
  report.work = { trainedEpochs: 200_000, plannedEpochs: 200_000, stoppedEarly: false };
  // The runs' trace of the fold where they part; the loss grows apart from epoch 2 in run 2.
  for (const run of report.runs) {
    const loss = (epoch: number) => 0.5 / epoch + (run.run === 2 && epoch >= 2 ? 1e-5 : 0);
    run.trace = [0, 1, 2, 3].map((epoch) => ({
      fold: 1,
      epoch,
      batch: null,
      digests: { w: `${epoch}${run.run === 2 && epoch >= 2 ? 'x' : ''}` },
      ...(epoch > 0 ? { valLoss: loss(epoch) } : {}),
    }));
  }
  report.cost = experimentCost;
  report.diagnosis = exampleDiagnosis;
  return report;
}

test('1,000 runs × 100 folds with a divergence, the cost and a diagnosis: within the limit, the divergence and the cost table kept, the charts dropped first', () => {
  const report = everythingAtScale();
  const full = renderComment(report, context, Number.MAX_SAFE_INTEGER);
  assert.ok(full.length > GITHUB_COMMENT_LIMIT, `the fixture must be over the limit (${full.length})`);
  assert.equal(mermaidBlocks(full).length, 2, 'whole, it has both charts');
  const body = renderComment(report, context);
  assert.ok(body.length <= GITHUB_COMMENT_LIMIT, `${body.length} characters`);
  assert.ok(body.includes('**Runs 1 and 2 part at fold 1, epoch 2, batch 37; first in conv2d\\_1/kernel.**'));
  assert.match(body, /^\| with settings \| 2 \| reproducible \|/m);
  assert.match(body, /^\| without \| 2 \| not reproducible \|/m);
  assert.match(body, /^\*\*Diagnosis:\*\* /m);
  assert.equal(mermaidBlocks(body).length, 0);
  assert.match(body, /> Shortened to fit GitHub's limit of 65,536 characters for a comment: left out the charts, /);
  assert.deepEqual(markdownProblems(body), []);
  assert.deepEqual(mermaidProblems(body), []);
});

test('a comment that fits but for its charts drops them and nothing else, and says so', () => {
  const report = makeReport({ runs: 3, folds: 20, differingFold: 1 });
  report.divergence = { runs: [1, 2], fold: 1, stage: 'epoch', epoch: 2, batch: null, variables: ['w'] };
  for (const run of report.runs) {
    run.trace = [1, 2, 3].map((epoch) => ({ fold: 1, epoch, batch: null, digests: { w: `${epoch}` }, valLoss: 1 / epoch + (run.run === 2 ? 1e-4 : 0) }));
  }
  report.cost = experimentCost;
  const full = renderComment(report, context, Number.MAX_SAFE_INTEGER);
  assert.equal(mermaidBlocks(full).length, 2);
  const body = renderComment(report, context, full.length - 1);
  assert.equal(mermaidBlocks(body).length, 0);
  assert.match(
    body,
    /> Shortened to fit GitHub's limit of 65,536 characters for a comment: left out the charts\. The job summary and report\.json have everything\./,
  );
  assert.equal(body.split('\n').filter((line) => /^\| \d+ \| loss \|/.test(line)).length, 20, 'every per-fold row is still there');
  assert.deepEqual(markdownProblems(body), []);
});
