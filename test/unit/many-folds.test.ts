// Many folds: comparing runs and rendering the report take work in proportion to the folds, not
// to their square. The work is counted, not timed: every read of a fold out of a run's list or
// out of the comparison's list goes through a counting proxy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RunResult } from '../../src/contracts/run-result.js';
import { compareRuns } from '../../src/comparison/compare.js';
import { buildReport } from '../../src/report/build.js';
import { GITHUB_COMMENT_LIMIT } from '../../src/report/comment.js';
import { renderComment, renderSummaryMarkdown, renderText } from '../../src/report/render.js';

const RUNS = 3;

/** The list, with every read of an element counted. */
function counting<T>(items: T[], counter: { reads: number }): T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) counter.reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/**
 * Runs of `folds` folds each, every fold trained on another GPU in each run and differing in run 2:
 * every fold is a mismatch and a GPU finding, the most work the report can be asked for.
 */
function runsOf(folds: number, counter: { reads: number }): RunResult[] {
  return Array.from({ length: RUNS }, (_, r) => ({
    run: r + 1,
    role: 'control',
    status: 'ok' as const,
    error: null,
    startedAt: '2025-01-01T00:00:00.000Z',
    durationSeconds: 1,
    // Listed from the last fold to the first, as a file may list them.
    folds: counting(
      Array.from({ length: folds }, (_, i) => {
        const fold = folds - 1 - i;
        return { fold, metrics: { loss: 0.5 + fold / folds + (r === 1 ? 1e-7 : 0), accuracy: 0.9 }, weightsSha256: null, trainSeconds: 1, device: `GPU ${r}` };
      }),
      counter,
    ),
    environment: null,
    warnings: [],
  }));
}

/** Compares and renders a check of `folds` folds; the reads of folds it took, and what it made. */
function work(folds: number) {
  const counter = { reads: 0 };
  const runs = runsOf(folds, counter);
  const compared = compareRuns(runs, 0);
  const comparison = { ...compared, folds: counting(compared.folds, counter) };
  const report = buildReport({ settings: {}, source: 'many folds', runs, comparison, durationSeconds: 1 });
  const summary = renderSummaryMarkdown(report);
  const comment = renderComment(report, { marker: '<!-- m -->', runUrl: null, commentId: 'c' });
  const text = renderText(report);
  return { reads: counter.reads, compared, report, summary, comment, text };
}

test('the work of comparing and reporting grows with the folds, not with their square', () => {
  const small = work(1_000);
  const larger = work(8_000);
  // Linear work is 8 times as much here; the lookups this replaced made it 64 times.
  assert.ok(larger.reads / small.reads < 12, `8 times the folds took ${(larger.reads / small.reads).toFixed(1)} times the reads`);

  const large = work(80_000);
  assert.ok(large.reads / small.reads < 120, `80 times the folds took ${(large.reads / small.reads).toFixed(1)} times the reads`);
  assert.equal(large.compared.verdict, 'not-reproducible');
  assert.equal(large.compared.mismatchedFolds.length, 80_000);
  assert.deepEqual(
    large.compared.folds.slice(0, 2).map((f) => f.fold),
    [0, 1],
  );
  assert.deepEqual(large.compared.folds[79_999]?.metrics.loss?.values.length, RUNS);
  // One GPU finding for the one set of GPUs, naming a few folds and counting the rest.
  const findings = large.report.warnings.filter((w) => /different GPUs/.test(w));
  assert.equal(findings.length, 1);
  assert.match(
    findings[0] ?? '',
    /^folds 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 79990 more differ between runs that trained on different GPUs \(run 1: GPU 0, run 2: GPU 1, run 3: GPU 2\)/,
  );
  assert.ok(Buffer.byteLength(large.summary) <= 1_048_576);
  assert.ok(large.comment.length <= GITHUB_COMMENT_LIMIT);
  assert.equal(large.text.split('\n').filter((line) => /^\d+ /.test(line)).length, 80_000, 'the CLI shows every fold');
});
