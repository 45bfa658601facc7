// What explains a verdict, as the renderings say it: where the runs part (first, in each
// rendering), how far it was narrowed, the work fail-fast skipped, the cost of the settings and
// the diagnosis; and reports written before these fields existed, which must render as before.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnosis, Divergence, Report } from '../../src/contracts/report.js';
import { markerFor } from '../../src/github/marker.js';
import {
  costDivergences,
  divergenceLead,
  fastestSentence,
  findingsLine,
  narrowingSentence,
  overheadSentence,
  unpinnedTrialSentence,
  variableDetail,
  workSentence,
} from '../../src/report/findings.js';

import { markdownProblems } from '../support/markdown-check.js';
import { exampleDiagnosis, experimentCost, makeReport, makeTracedReport, TRACED_VARIABLES } from '../support/reports.js';
import { renderComment, renderSummaryMarkdown, renderText } from '../../src/report/render.js';

const context = { marker: markerFor('CI/reproducibility', '0123456789abcdef'), runUrl: null, commentId: 'CI/reproducibility' };

const divergence: Divergence = { runs: [1, 2], fold: 0, stage: 'epoch', epoch: 2, batch: 37, variables: ['conv2d_1/kernel'] };

describe('where the runs part', () => {
  test('the sentence, then how the batch was looked for, in each of its four outcomes', () => {
    assert.deepEqual(divergenceLead({ divergence }), ['Runs 1 and 2 part at fold 0, epoch 2, batch 37; first in conv2d_1/kernel.']);
    const narrowed = (status: 'found' | 'agreed' | 'skipped' | 'failed', detail = '', seconds = 9.75) =>
      narrowingSentence({ ...divergence, batch: status === 'found' ? 37 : null, narrowing: { status, detail, seconds } });
    assert.equal(narrowed('found'), 'Narrowed to batch 37: fold 0 re-trained in two fresh processes with a digest after every batch (9.8 s).');
    assert.equal(
      narrowed('agreed'),
      'Not narrowed to a batch: fold 0 re-trained in two fresh processes with a digest after every batch did not part, so the cause is rarer than one fold (9.8 s).',
    );
    assert.equal(narrowed('skipped', 'a command that writes no per-batch trace', 0), 'Not narrowed to a batch: a command that writes no per-batch trace.');
    assert.equal(narrowed('failed', 'the re-train exited with code 1'), 'Narrowing to a batch failed (9.8 s): the re-train exited with code 1.');
    assert.equal(narrowingSentence(divergence), null);
  });

  test('the work fail-fast skipped, in fold-epochs and a share', () => {
    assert.equal(
      workSentence({ trainedEpochs: 12, plannedEpochs: 200, stoppedEarly: true }),
      'Fail-fast stopped the check at the first divergence: 12 of 200 fold-epochs trained (6%).',
    );
    assert.equal(
      workSentence({ trainedEpochs: 2, plannedEpochs: 100_000, stoppedEarly: true }),
      'Fail-fast stopped the check at the first divergence: 2 of 100,000 fold-epochs trained (<1%).',
    );
    assert.equal(workSentence({ trainedEpochs: 200, plannedEpochs: 200, stoppedEarly: false }), null);
    assert.equal(
      workSentence({ trainedEpochs: 200, plannedEpochs: 200, stoppedEarly: false }, true),
      'All the planned work ran: 200 of 200 fold-epochs trained (100%).',
    );
    assert.equal(workSentence(undefined, true), null);
  });

  test('it comes first: right after the verdict in the summary and the comment, on the line after the verdict in the text', () => {
    const report = makeTracedReport();
    const lead = 'Runs 1 and 2 part at fold 0, epoch 3, batch 37; first in conv2d\\_1/kernel and conv2d\\_1/bias.';
    assert.match(
      renderSummaryMarkdown(report),
      new RegExp(`^## ❌ Not reproducible — tf-repro\\n\\n\\*\\*${lead.replace(/[.\\]/g, '\\$&')}\\*\\*\\n\\nNarrowed to batch 37`),
    );
    assert.ok(renderComment(report, context).includes(`### ❌ Not reproducible — tf-repro\n\n**${lead}**\n\n`));
    const lines = renderText(report, 100).split('\n');
    assert.match(lines[0]!, /^Not reproducible: /);
    assert.equal(lines[1], 'Runs 1 and 2 part at fold 0, epoch 3, batch 37; first in conv2d_1/kernel and conv2d_1/bias.');
    assert.match(lines.slice(2, 5).join(' '), /Fail-fast stopped the check at the first divergence: 9 of 90 fold-epochs trained \(10%\)\./);
  });

  test('which runs agree on each variable: at the batch where the runs traced it, else at the end of its epoch', () => {
    const report = makeTracedReport({ runs: 3, folds: 2, epochs: 3, parting: { run: 3, fold: 1, epoch: 2 }, failFast: false });
    report.divergence = { ...divergence, runs: [1, 3], fold: 1, epoch: 2, batch: 37 };
    assert.deepEqual(variableDetail(report), {
      where: 'fold 1, the end of epoch 2',
      runs: 3,
      differing: [
        { variable: 'conv2d_1/kernel', agreement: 'runs 1, 2 | run 3' },
        { variable: 'conv2d_1/bias', agreement: 'runs 1, 2 | run 3' },
      ],
      agreeing: TRACED_VARIABLES.length - 2,
    });
    // A trace with the batch's own checkpoint (trace: 'batches') is read there.
    for (const run of report.runs) run.trace!.push({ fold: 1, epoch: 2, batch: 37, digests: { 'dense/kernel': run.run === 3 ? 'b' : 'a' } });
    assert.deepEqual(variableDetail(report)?.differing, [{ variable: 'dense/kernel', agreement: 'runs 1, 2 | run 3' }]);
    assert.equal(variableDetail({ ...report, runs: report.runs.map((run) => ({ run: run.run, role: 'control' as const })) }), null);
    assert.equal(variableDetail({ ...report, divergence: { ...divergence, stage: null, epoch: null } }), null);
  });

  test('variable names from a command are user text: inert in the markdown', () => {
    const report = makeTracedReport();
    report.divergence = { ...divergence, variables: ['</details><img src=x onerror=alert(1)> @octocat'] };
    for (const body of [renderSummaryMarkdown(report), renderComment(report, context)]) {
      assert.ok(!body.includes('<img'));
      assert.deepEqual(markdownProblems(body), []);
    }
  });
});

describe('reports written before these fields existed', () => {
  test('render as they did, and a report whose runs agree says nothing of a divergence', () => {
    const old = makeReport({ differingFold: 2 });
    const now = { ...old, divergence: null } satisfies Report;
    for (const report of [old, now]) {
      assert.ok(!renderSummaryMarkdown(report).includes(' part at '));
      assert.ok(!renderText(report, 100).includes(' part at '));
      assert.ok(!renderSummaryMarkdown(report).includes('```mermaid'));
    }
    assert.equal(renderSummaryMarkdown(old), renderSummaryMarkdown(now));
  });
});

describe('the cost of the settings', () => {
  test('the overhead as a ratio, or why there is none; where each side parts', () => {
    assert.equal(overheadSentence(experimentCost), 'Overhead: 1.26× (the time per run with the settings over the time without them).');
    assert.equal(overheadSentence({ ...experimentCost, overhead: null }), 'Overhead: not known (a side took no measurable time).');
    assert.deepEqual(costDivergences(experimentCost), [
      'Without the settings, runs 1 and 2 part at fold 0, at initialisation; in conv2d/kernel, conv2d_1/kernel and dense/kernel.',
    ]);
  });

  test('the table has both rows in every rendering', () => {
    const report = { ...makeReport(), cost: experimentCost };
    const summary = renderSummaryMarkdown(report);
    assert.match(summary, /^\| with settings \| 2 \| reproducible \| 0 \| 0 \| 17 min 17 s \|$/m);
    assert.match(summary, /^\| without \| 2 \| not reproducible \| 6\.694e-7 \| 2\.900e-3 \| 13 min 45 s \|$/m);
    assert.match(renderComment(report, context), /^\| without \| 2 \| not reproducible \| 6\.694e-7 \|/m);
    assert.match(renderText(report, 100), /^ {2}without {8}2 {5}not reproducible {2}6\.694e-7/m);
  });
});

describe('the diagnosis', () => {
  const withFastest = (fastest: Diagnosis['fastest']): Diagnosis => ({ ...exampleDiagnosis, fastest });
  test('the fastest configuration that reproduces, none, or that switching the unneeded ones off together does not', () => {
    assert.equal(
      fastestSentence(exampleDiagnosis),
      'Fastest configuration that still reproduces: every setting on but TF_CUDNN_DETERMINISTIC and threads, in 11.3 s against 21.0 s with all of them on (0.54×).',
    );
    assert.equal(fastestSentence(withFastest(null)), null);
    assert.equal(
      fastestSentence(withFastest({ off: [], seconds: 21, reproducible: true, allOnSeconds: 21 })),
      'The fastest configuration that reproduces has every setting on (21.0 s).',
    );
    assert.equal(
      fastestSentence(withFastest({ off: ['threads'], seconds: 12, reproducible: false, allOnSeconds: 21 })),
      'With threads off together the runs part (12.0 s), though none of them alone was needed: keep every setting on (21.0 s).',
    );
  });

  test('the findings in a line, and the unpinned trial', () => {
    assert.equal(findingsLine(exampleDiagnosis), 'Necessary here: TF_DETERMINISTIC_OPS, shuffle. Not needed here: 2. Not tried: 1. Failed: 1.');
    assert.equal(
      unpinnedTrialSentence({ ...exampleDiagnosis, baseline: { seconds: 20, divergence: null, verdict: 'reproducible' } }),
      'Each trial: 2 runs of fold 0, 1 epoch, 1,000 images. With every setting off, the runs still agree (20.0 s), so no setting is needed on this runner.',
    );
  });

  test('the comment shows it compact, the table folded; the summary in full', () => {
    const report = { ...makeReport(), diagnosis: exampleDiagnosis };
    const comment = renderComment(report, context);
    assert.match(comment, /^\*\*Diagnosis:\*\* Necessary here: TF\\_DETERMINISTIC\\_OPS, shuffle\./m);
    assert.match(comment, /<summary>Each setting switched off in turn \(6 settings\)<\/summary>/);
    const summary = renderSummaryMarkdown(report);
    assert.match(summary, /^### Which settings this runner needs$/m);
    assert.match(summary, /^\| math-random \| seeding \| not tried \| — \| the budget ran out \|$/m);
    assert.match(summary, /^- math-random was not tried: the budget of 2 minutes ran out$/m);
  });
});
