// The cost table: a side built from real comparisons of hand-made runs, the overhead, and each of
// the four cases with the sentence that explains it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CostSide, Divergence } from '../../src/contracts/report.js';
import type { FoldResult, RunResult } from '../../src/contracts/run-result.js';
import type { Verdict } from '../../src/contracts/verdict.js';
import { compareRuns } from '../../src/comparison/compare.js';
import { costComparison, costSide } from '../../src/comparison/cost.js';

function fold(i: number, loss: number): FoldResult {
  return { fold: i, metrics: { loss }, weightsSha256: null, trainSeconds: 1 };
}

function run(n: number, folds: FoldResult[], durationSeconds: number, status: RunResult['status'] = 'ok'): RunResult {
  return {
    run: n,
    role: 'control',
    status,
    error: status === 'failed' ? 'killed' : null,
    startedAt: '2025-01-01T00:00:00.000Z',
    durationSeconds,
    folds,
    environment: null,
    warnings: [],
  };
}

const parting: Divergence = { runs: [1, 2], fold: 0, stage: 'epoch', epoch: 2, batch: 37, variables: ['conv2d_1/kernel'] };

function side(verdict: Verdict, secondsPerRun: number, divergence: Divergence | null = null, variance = verdict === 'reproducible' ? 0 : 6.694e-7): CostSide {
  return { runs: 3, verdict, variance, maxAbsDiff: variance === 0 ? 0 : 3e-4, secondsPerRun, divergence };
}

const SEEDED = { freeRunsWereSeeded: true };
const UNSEEDED = { freeRunsWereSeeded: false };

describe('costSide', () => {
  test('runs with results, their mean time, the comparison figures and the divergence', () => {
    const runs = [run(1, [fold(0, 0.5), fold(1, 0.25)], 1037), run(2, [fold(0, 0.5), fold(1, 0.26)], 1035), run(3, [], 4, 'failed')];
    const comparison = compareRuns(runs, 0);
    const s = costSide(runs, comparison, parting);
    assert.deepEqual(s, {
      runs: 2,
      verdict: 'error',
      variance: comparison.variance,
      maxAbsDiff: comparison.maxAbsDiff,
      secondsPerRun: 1036,
      divergence: parting,
    });
    assert.ok((s.variance ?? 0) > 0);
  });

  test('no run with results: 0 runs and 0 seconds, not NaN', () => {
    const runs = [run(1, [], 2, 'failed')];
    const s = costSide(runs, compareRuns(runs, 0), null);
    assert.equal(s.runs, 0);
    assert.equal(s.secondsPerRun, 0);
  });
});

describe('costComparison', () => {
  test('needed and sufficient: the free runs part, the runs with the settings agree', () => {
    const c = costComparison(side('reproducible', 1037), side('not-reproducible', 825, parting), SEEDED);
    assert.equal(c.case, 'needed-and-sufficient');
    assert.equal(c.overhead, 1037 / 825);
    assert.equal(
      c.explanation,
      'The settings are needed and sufficient here: without them runs 1 and 2 part at fold 0, epoch 2, batch 37 (first in conv2d_1/kernel); with them the runs agree.',
    );
    // Unseeded free runs that part are the experiment's own case.
    assert.equal(costComparison(side('reproducible', 1037), side('not-reproducible', 825, parting), UNSEEDED).case, 'needed-and-sufficient');
    // Without a divergence, the spread says how they differ.
    assert.match(
      costComparison(side('reproducible', 10), side('not-reproducible', 8), SEEDED).explanation,
      /without them the runs differ \(variance 6\.7e-7, largest difference 3e-4\); with them the runs agree\.$/,
    );
  });

  test('not needed: seeded free runs agreed too, and the settings only cost time', () => {
    const c = costComparison(side('reproducible', 12), side('reproducible', 10), SEEDED);
    assert.equal(c.case, 'not-needed');
    assert.equal(c.overhead, 1.2);
    assert.equal(
      c.explanation,
      'Not needed on this runner: the runs without the settings agreed too, so here the settings only cost time: a run takes 1.20× as long with them.',
    );
  });

  test('not needed, and the runs with the settings were the faster ones: no cost is claimed', () => {
    const c = costComparison(side('reproducible', 5.4), side('reproducible', 10), SEEDED);
    assert.equal(c.case, 'not-needed');
    assert.equal(c.overhead, 0.54);
    assert.equal(
      c.explanation,
      'Not needed on this runner: the runs without the settings agreed too; the runs with the settings were faster (0.54×); the settings cost no time here.',
    );
    assert.doesNotMatch(c.explanation, /only cost time/);
  });

  test('unseeded free runs that agree: inconclusive, the check itself is suspect', () => {
    const c = costComparison(side('reproducible', 12), side('reproducible', 10), UNSEEDED);
    assert.equal(c.case, 'inconclusive');
    assert.match(c.explanation, /^Inconclusive: the runs without the settings agreed too, but they train with no seed at all, .*unless the check is broken/);
  });

  test('not sufficient: both sides vary', () => {
    const c = costComparison(side('not-reproducible', 12, parting, 1e-9), side('not-reproducible', 10), SEEDED);
    assert.equal(c.case, 'not-sufficient');
    assert.equal(
      c.explanation,
      'Not sufficient on this runner: with the settings runs 1 and 2 part at fold 0, epoch 2, batch 37 (first in conv2d_1/kernel), and without them the runs vary too (variance 1e-9 with, 6.7e-7 without).',
    );
  });

  test('inconclusive: an error on either side, or runs with the settings that part while the free ones agree', () => {
    const withError = costComparison(side('error', 12), side('not-reproducible', 10), SEEDED);
    assert.equal(withError.case, 'inconclusive');
    assert.equal(
      withError.explanation,
      'Inconclusive: the runs with the settings could not be compared (verdict error), so there is nothing to set the other side against.',
    );
    assert.match(
      costComparison(side('reproducible', 12), side('error', 10), SEEDED).explanation,
      /^Inconclusive: the runs without the settings could not be compared/,
    );
    assert.match(costComparison(side('error', 12), side('error', 10), SEEDED).explanation, /^Inconclusive: neither side could be compared/);
    // An error wins over the seeding question.
    assert.equal(costComparison(side('reproducible', 12), side('error', 10), UNSEEDED).case, 'inconclusive');

    const backwards = costComparison(side('not-reproducible', 12, { ...parting, stage: 'init', epoch: 0, batch: null }), side('reproducible', 10), SEEDED);
    assert.equal(backwards.case, 'inconclusive');
    assert.match(
      backwards.explanation,
      /^Inconclusive: with the settings runs 1 and 2 part at fold 0, at initialisation \(in conv2d_1\/kernel\), yet without them the runs agreed/,
    );
  });

  test('overhead: null when either side took no measurable time', () => {
    assert.equal(costComparison(side('reproducible', 0), side('not-reproducible', 10), SEEDED).overhead, null);
    assert.equal(costComparison(side('reproducible', 10), side('not-reproducible', 0), SEEDED).overhead, null);
    assert.match(costComparison(side('reproducible', 0), side('reproducible', 0), SEEDED).explanation, /; what the settings cost in time was not measured\.$/);
  });

  test('the sides are kept as given', () => {
    const w = side('reproducible', 1037);
    const wo = side('not-reproducible', 825, parting);
    const c = costComparison(w, wo, SEEDED);
    assert.equal(c.with, w);
    assert.equal(c.without, wo);
  });
});
