// The report at the experiment's scale, 10 runs × 10 folds: narrow tables in the job summary and
// the comment, the comment within GitHub's limit, and every run's value still there, folded away,
// at the digits that tell it from the other runs' (report.json keeps them whole).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { GITHUB_COMMENT_LIMIT } from '../../src/report/comment.js';
import { markdownProblems } from '../support/markdown-check.js';
import { assertEveryValueShown, widestTable } from '../support/markdown-tables.js';
import { makeExperimentReport } from '../support/reports.js';
import { renderComment, renderSummaryMarkdown } from '../../src/report/render.js';

const comment = (report: Report) => renderComment(report, { marker: '<!-- tf-repro:comment-id=c digest=0 -->', runUrl: null, commentId: 'c' });

describe('10 runs × 10 folds', () => {
  for (const reproducible of [true, false]) {
    const report = makeExperimentReport({ runs: 10, folds: 10, reproducible });
    const name = reproducible ? 'reproducible' : 'not reproducible (groups of runs agree)';

    test(`${name}: no table of the summary or the comment is wider than 8 columns; the comment is within its limit`, () => {
      for (const [what, markdown] of [
        ['summary', renderSummaryMarkdown(report)],
        ['comment', comment(report)],
      ] as const) {
        const widest = widestTable(markdown);
        assert.ok(widest <= 8, `the ${what}'s widest table has ${widest} columns`);
        assert.deepEqual(markdownProblems(markdown), []);
      }
      assert.ok(comment(report).length <= GITHUB_COMMENT_LIMIT);
    });

    test(`${name}: every run's value of every metric in every fold is in the summary, told apart from the others`, () => {
      assertEveryValueShown(report, renderSummaryMarkdown(report));
    });

    test(`${name}: and in the comment`, () => {
      assertEveryValueShown(report, comment(report));
    });
  }
});

test('a long metric name is cut in the tables, and kept whole in the report', () => {
  const long = `val_${'sparse_categorical_accuracy_'.repeat(4)}end`;
  const report = makeExperimentReport({ runs: 2, folds: 2, reproducible: true });
  for (const fold of report.comparison.folds) fold.metrics = { [long]: fold.metrics.loss! };
  report.comparison.metricNames = [long];
  const summary = renderSummaryMarkdown(report);
  assert.ok(!summary.includes(long.replaceAll('_', '\\_')), 'the whole name is not in a cell');
  assert.match(summary, new RegExp(`^\\| 1 \\| ${long.slice(0, 60).replaceAll('_', '\\\\_')}… \\|`, 'm'));
});
