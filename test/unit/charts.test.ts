// The Mermaid charts: their exact text, what Mermaid's xychart-beta grammar takes (plain decimals,
// quoted labels, every line as long as the x-axis), and when there is nothing to draw.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import type { TraceCheckpoint } from '../../src/contracts/run-result.js';
import { costChart, lossChart, niceCeiling, plainDecimal } from '../../src/report/charts.js';
import { lossCurves, MAX_LOSS_RUNS } from '../../src/report/findings.js';
import { mermaidBlocks, mermaidProblems, xychartProblems } from '../support/mermaid-check.js';
import { experimentCost, makeTracedReport } from '../support/reports.js';

describe('plainDecimal', () => {
  test('never an exponent, at most the significant digits asked for, no trailing zeros', () => {
    assert.equal(plainDecimal(0.0490814633667469), '0.0490815');
    assert.equal(plainDecimal(1.23e-7), '0.000000123');
    assert.equal(plainDecimal(6.694e-7, 4), '0.0000006694');
    assert.equal(plainDecimal(1037.25, 4), '1037');
    assert.equal(plainDecimal(123456789), '123456789');
    assert.equal(plainDecimal(2.5e20), '250000000000000000000');
    assert.equal(plainDecimal(0.3), '0.3');
    assert.equal(plainDecimal(-0.25), '-0.25');
    assert.equal(plainDecimal(0), '0');
    assert.equal(plainDecimal(-1e-30, 1), '-0.000000000000000000000000000001');
    for (const value of [1e-12, 3.3e-9, 7e15, 0.1 + 0.2]) assert.match(plainDecimal(value), /^-?\d+(\.\d+)?$/, String(value));
  });

  test('niceCeiling: a round number at least the value, not much more', () => {
    assert.equal(niceCeiling(1037), 1200);
    assert.equal(niceCeiling(825), 1000);
    assert.equal(niceCeiling(1000), 1000);
    assert.equal(niceCeiling(0.11), 0.12);
    assert.equal(niceCeiling(31), 40);
  });
});

/** A run's trace of one fold: epoch-end checkpoints with these validation losses. */
function traceOf(fold: number, losses: (number | null)[]): TraceCheckpoint[] {
  return [
    { fold, epoch: 0, batch: null, digests: { w: 'init' } },
    ...losses.map((valLoss, e) => ({ fold, epoch: e + 1, batch: null, digests: { w: `${e}` }, valLoss })),
  ];
}

const parting = (runs: [number, number], fold = 0): NonNullable<Report['divergence']> => ({
  runs,
  fold,
  stage: 'epoch',
  epoch: 2,
  batch: null,
  variables: ['w'],
});

describe('the validation loss chart', () => {
  test('one line per run over the epochs, labels quoted, exactly this text', () => {
    const curves = lossCurves({
      divergence: parting([1, 2]),
      runs: [
        { run: 1, role: 'control' as const, trace: traceOf(0, [0.5, 0.25, 0.125]) },
        { run: 2, role: 'control' as const, trace: traceOf(0, [0.5, 0.2500001, 0.1250004]) },
      ],
    });
    assert.ok(curves);
    const chart = lossChart(curves);
    assert.equal(
      chart,
      [
        '```mermaid',
        'xychart-beta',
        '  title "Validation loss in fold 0, one line per run"',
        '  x-axis "epoch" ["1", "2", "3"]',
        '  y-axis "validation loss"',
        '  line "run 1" [0.5, 0.25, 0.125]',
        '  line "run 2" [0.5, 0.25, 0.125]',
        '```',
      ].join('\n'),
    );
    assert.deepEqual(mermaidProblems(chart!), []);
  });

  test('the two runs that part are drawn first, then others up to the limit, over the epochs all of them reached', () => {
    const runs = Array.from({ length: 10 }, (_, r) => ({
      run: r + 1,
      role: 'control' as const,
      trace: traceOf(1, r === 8 ? [0.9, 0.8] : [0.9, 0.8, 0.7, 0.6]),
    }));
    const curves = lossCurves({ divergence: parting([4, 9], 1), runs });
    assert.ok(curves);
    assert.deepEqual(
      curves.series.map((s) => s.run),
      [1, 2, 3, 4, 5, 9],
    );
    assert.equal(curves.series.length, MAX_LOSS_RUNS);
    assert.equal(curves.epochs, 2, 'run 9 has two epochs only');
    assert.equal(curves.runsWithLoss, 10);
    assert.deepEqual(xychartProblems(mermaidBlocks(`${lossChart(curves)}\n`)[0]!), []);
  });

  test('nothing to draw: no divergence, no loss, one epoch, one run with a loss, or the other fold', () => {
    const two = [
      { run: 1, role: 'control' as const, trace: traceOf(0, [0.5, 0.4]) },
      { run: 2, role: 'control' as const, trace: traceOf(0, [0.5, 0.41]) },
    ];
    assert.equal(lossCurves({ divergence: null, runs: two }), null);
    assert.equal(lossCurves({ runs: two }), null, 'a report of tf-repro before 1.1');
    assert.equal(lossCurves({ divergence: parting([1, 2], 1), runs: two }), null);
    assert.equal(lossCurves({ divergence: parting([1, 2]), runs: two.map((run) => ({ run: run.run, role: 'control' as const })) }), null);
    assert.equal(
      lossCurves({ divergence: parting([1, 2]), runs: two.map((run) => ({ run: run.run, role: 'control' as const, trace: traceOf(0, [0.5]) })) }),
      null,
    );
    assert.equal(lossCurves({ divergence: parting([1, 2]), runs: [two[0]!, { run: 2, role: 'control' as const, trace: traceOf(0, [null, null]) }] }), null);
  });

  test("a NaN loss ends that run's line: the chart keeps the epochs before it", () => {
    const curves = lossCurves({
      divergence: parting([1, 2]),
      runs: [
        { run: 1, role: 'control' as const, trace: traceOf(0, [0.5, 0.4, 0.3]) },
        { run: 2, role: 'control' as const, trace: traceOf(0, [0.5, 0.4, NaN]) },
      ],
    });
    assert.equal(curves?.epochs, 2);
    assert.ok(!lossChart(curves!)!.includes('NaN'));
  });

  test('a loss too large for a plain decimal gives no chart rather than one Mermaid cannot read', () => {
    assert.equal(
      lossChart({
        fold: 0,
        epochs: 2,
        series: [
          { run: 1, values: [1, 1e25] },
          { run: 2, values: [1, 2] },
        ],
        runsWithLoss: 2,
      }),
      null,
    );
  });

  test('drawn from a traced report', () => {
    const report = makeTracedReport({ runs: 3, folds: 4, epochs: 4, parting: { run: 3, fold: 1, epoch: 3 }, failFast: false });
    const curves = lossCurves(report);
    assert.equal(curves?.fold, 1);
    assert.equal(curves?.epochs, 4);
    assert.deepEqual(mermaidProblems(lossChart(curves!)!), []);
  });
});

describe('the cost chart', () => {
  test('two bars on an axis from 0, exactly this text', () => {
    assert.equal(
      costChart(experimentCost),
      [
        '```mermaid',
        'xychart-beta',
        '  title "Time per run"',
        '  x-axis "determinism settings" ["with settings", "without"]',
        '  y-axis "seconds" 0 --> 1200',
        '  bar [1037, 825]',
        '```',
      ].join('\n'),
    );
    assert.deepEqual(mermaidProblems(costChart(experimentCost)!), []);
  });

  test('none where neither side took measurable time', () => {
    const idle = { ...experimentCost, with: { ...experimentCost.with, secondsPerRun: 0 }, without: { ...experimentCost.without, secondsPerRun: 0 } };
    assert.equal(costChart(idle), null);
  });
});

describe('the grammar check itself', () => {
  const good = ['xychart-beta', '  title "t"', '  x-axis "x" ["a", "b"]', '  y-axis "y" 0 --> 10', '  bar [1, 2]'];
  test('takes a good chart', () => assert.deepEqual(xychartProblems(good.join('\n')), []));
  test('finds an exponent, an unquoted label, a line of the wrong length, a value off the axis, an unclosed block', () => {
    const withLine = (index: number, line: string) => good.map((l, i) => (i === index ? line : l)).join('\n');
    assert.match(xychartProblems(withLine(4, '  bar [1e-7, 2]')).join(), /not a statement/);
    assert.match(xychartProblems(withLine(2, '  x-axis "x" [a, "b"]')).join(), /not a statement/);
    assert.match(xychartProblems(withLine(4, '  bar [1, 2, 3]')).join(), /3 values for 2 categories/);
    assert.match(xychartProblems(withLine(4, '  bar [1, 20]')).join(), /outside the y-axis/);
    assert.match(xychartProblems(withLine(0, 'xychart')).join(), /not xychart-beta/);
    assert.match(mermaidProblems('```mermaid\nxychart-beta\n  bar [1]\n').join(), /never closed/);
  });
});
