// What a check shows its user, whole: the job summary (report/markdown.ts), the pull request
// comment (report/comment.ts) and the CLI's text (report/text.ts, 100 columns as in a pipe or a
// CI log), each rendered from fixed reports and compared with the files in test/golden/. The
// experiment-RxF checks are the experiment's scale and below it (R runs × F folds), reproducible
// and not; the divergence, cost and diagnosis checks carry what explains a verdict (where the
// runs part, with fail-fast's skipped work; the cost table; the diagnosis), with their Mermaid
// charts; the across and drift checks carry the sections of their own. After a deliberate change to a renderer,
// write the files anew and review the change with git diff:
//   npx tsc -p tsconfig.json && UPDATE_GOLDEN=1 node --test build/test/unit/report-golden.test.js
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { markerFor, parseMarker } from '../../src/github/marker.js';

import { DEFAULT_TEXT_WIDTH } from '../../src/report/text.js';
import { assertGolden, lineDiff } from '../support/golden.js';
import { markdownProblems } from '../support/markdown-check.js';
import { mermaidProblems } from '../support/mermaid-check.js';
import {
  gpuEnvironment,
  makeAcrossReport,
  makeCommandReport,
  makeCostReport,
  makeDiagnosisReport,
  makeDriftReport,
  makeExperimentReport,
  makeReport,
  makeTracedReport,
  makeUnmeasuredReport,
  pinned,
} from '../support/reports.js';
import { renderComment, renderSummaryMarkdown, renderText } from '../../src/report/render.js';

const modelReport = (): Report => {
  const report = makeReport({ settings: { model: 'models/mlp.json' } });
  report.suppliedSeeds = [
    { layer: 'dense_1', position: '0', field: 'kernel_initializer', seed: 1234567 },
    { layer: 'dropout_1', position: '1', field: 'seed', seed: 7654321 },
  ];
  return report;
};

const checks: Record<string, Report> = {
  reproducible: makeReport({ settings: { parallel: 2 } }),
  'not-reproducible': makeReport({
    differingFold: 2,
    settings: { backend: 'auto', parallel: 'auto' },
    environment: gpuEnvironment,
    warnings: ['runs trained on GPUs of two models'],
  }),
  'model-reproducible': modelReport(),
  error: makeReport({ failure: 'run 2 (folds 2-3) failed: exited with code 1\nError: out of memory' }),
  // A known error signature becomes a hint (issue 22, part 8).
  'error-random-ops-seed': makeReport({
    failure:
      'run 1 failed: the command exited with code 1\nstderr, last lines:\ntensorflow.python.framework.errors_impl.FailedPreconditionError: Random ops require a seed to be set when determinism is enabled. Please set a seed before running the op, e.g. by calling tf.random.set_seed(1).',
  }),
  'command-reproducible': makeCommandReport(),
  'command-not-reproducible': makeCommandReport({ differingArtifact: 'out/weights.bin' }),
  // What a green verdict rests on (traced checkpoints), and a negative control that saw no difference (issue 22, part 9).
  'command-traced-negative-control-same': makeCommandReport({ tracedCheckpoints: 1204, negativeControl: 'same' }),
  'command-negative-control-differs': makeCommandReport({ negativeControl: 'differs' }),
  'divergence-stopped-early': makeTracedReport(),
  // Issue 22: fail-fast left fewer than two runs with a finished fold, so nothing is measured.
  'fail-fast-unmeasured': makeUnmeasuredReport(),
  'command-stopped-unmeasured': makeCommandReport({ stoppedAt: 1 }),
  // Data or computation (issue 22, part 7): the inputs of the parting batch differ.
  'divergence-inputs-differ': makeTracedReport({ inputs: 'differ' }),
  cost: makeCostReport(),
  diagnosis: makeDiagnosisReport(),
  // Across runners and drift against a baseline: each rendering's own sections.
  'across-identical': makeAcrossReport({ identical: true }),
  'across-not-identical': makeAcrossReport(),
  'drift-changed': makeDriftReport(),
  'drift-unavailable': makeDriftReport({ changed: false }),
};
for (const [runs, folds] of [
  [2, 3],
  [2, 10],
  [10, 3],
  [10, 10],
] as const) {
  for (const reproducible of [true, false]) {
    checks[`experiment-${runs}x${folds}-${reproducible ? 'reproducible' : 'not-reproducible'}`] = makeExperimentReport({ runs, folds, reproducible });
  }
}
// Runs within the tolerance of each other agree, though not bitwise.
checks['experiment-10x10-tolerance'] = makeExperimentReport({ runs: 10, folds: 10, reproducible: false, tolerance: 5e-4 });

const commentContext = {
  marker: markerFor('CI/reproducibility', '0123456789abcdef'),
  runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/42',
  commentId: 'CI/reproducibility',
};

describe('what each check renders matches its golden file', () => {
  for (const [name, report] of Object.entries(checks)) {
    test(name, () => {
      const fixed = pinned(report);
      const summary = renderSummaryMarkdown(fixed);
      const comment = renderComment(fixed, commentContext);
      assertGolden(`summary-${name}.md`, summary);
      assertGolden(`comment-${name}.md`, comment);
      assertGolden(`text-${name}.txt`, renderText(fixed, DEFAULT_TEXT_WIDTH));
      // What a golden file cannot say by itself: that the markdown is whole and the comment can be found again.
      assert.deepEqual(markdownProblems(summary), []);
      assert.deepEqual(markdownProblems(comment), []);
      assert.deepEqual(mermaidProblems(summary), []);
      assert.deepEqual(mermaidProblems(comment), []);
      assert.deepEqual(parseMarker(comment), { commentId: 'CI/reproducibility', digest: '0123456789abcdef' });
    });
  }
});

test('in a terminal of 80 columns the text wraps to it', () => {
  const text = renderText(pinned(makeExperimentReport({ runs: 10, folds: 10, reproducible: false })), 80);
  assertGolden('text-experiment-10x10-not-reproducible-80-columns.txt', text);
  // All but the verdict's sentence, which stays one line for the terminal to wrap.
  const widest = text
    .split('\n')
    .slice(1)
    .reduce((most, line) => Math.max(most, line.length), 0);
  assert.ok(widest <= 80, `a line of ${widest} characters`);
});

test("a command check's comment shows what each run got, and sends the reader to no section it lacks", () => {
  const comment = renderComment(pinned(makeCommandReport()), commentContext);
  assert.match(comment, /<summary>Command and the variables each run got<\/summary>/);
  assert.match(comment, /^\| TF\\_DETERMINISTIC\\_OPS \| 1 \|$/m);
  assert.match(comment, /^\| command \| python train\.py --epochs 2 \|$/m);
  for (const [reference, section] of comment.matchAll(/under (\w+)/g)) {
    assert.ok(comment.includes(`<summary>${section}`) || comment.includes(`### ${section}`), `"${reference}", but there is no such section`);
  }
});

test('the golden checks cover each verdict, the default workload and a command', () => {
  assert.deepEqual(new Set(Object.values(checks).map((report) => report.verdict)), new Set(['reproducible', 'not-reproducible', 'error']));
  assert.ok(Object.values(checks).some((report) => report.command) && Object.values(checks).some((report) => !report.command));
});

test('a failed comparison shows the lines that differ, with their line number', () => {
  assert.equal(lineDiff('# title\na\nb\nc\nd\ne\nf\n', '# title\na\nb\nC\nd\ne\nf\n', 1), ['@@ line 3 @@', '  b', '- c', '+ C', '  d'].join('\n'));
  assert.equal(lineDiff('same\n', 'same\n'), '');
});
