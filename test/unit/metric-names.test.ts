// Metric names are user text: `__proto__`, `constructor` and `toString` are names like any other,
// read from every metrics format, compared, and shown, never mistaken for what every object has.
import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import type { FoldResult, RunResult } from '../../src/contracts/run-result.js';
import { compareRuns } from '../../src/comparison/compare.js';
import { compareArtifacts } from '../../src/comparison/artifacts.js';
import { formatExperimentRun, parseExperimentText } from '../../src/comparison/experiment-format.js';
import { parseMetricsFile } from '../../src/comparison/metrics-files.js';
import { buildReport } from '../../src/report/build.js';
import { renderComment, renderSummaryMarkdown, renderText } from '../../src/report/render.js';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

/** { __proto__: 1, constructor: 2, … } with every name an own property, as JSON.parse makes it. */
const expected = (base: number) => JSON.parse(`{${NAMES.map((name, i) => `"${name}": ${base + i}`).join(', ')}}`) as Record<string, number>;

function assertMetrics(metrics: Record<string, number>, base: number): void {
  assert.deepEqual(Object.keys(metrics), NAMES);
  for (const [i, name] of NAMES.entries()) {
    assert.ok(Object.hasOwn(metrics, name), `${name} is the file's own metric`);
    assert.equal(metrics[name], base + i, name);
  }
  assert.equal(Object.getPrototypeOf(metrics), Object.prototype, 'a __proto__ metric did not replace the prototype');
}

describe('every metrics format reads the names every object has', () => {
  const record = (fold: number, base: number) => `{"fold": ${fold}, ${NAMES.map((name, i) => `"${name}": ${base + i}`).join(', ')}}`;
  const files: [string, string][] = [
    ['JSON keyed by fold', `{"0": ${JSON.stringify(expected(1))}, "1": ${JSON.stringify(expected(11))}}`],
    ['a JSON list', `[${record(0, 1)}, ${record(1, 11)}]`],
    ['JSON Lines', `${record(0, 1)}\n${record(1, 11)}\n`],
    ['CSV', `fold,${NAMES.join(',')}\n0,${NAMES.map((_, i) => 1 + i).join(',')}\n1,${NAMES.map((_, i) => 11 + i).join(',')}\n`],
  ];
  for (const [format, text] of files) {
    it(format, () => {
      const parsed = parseMetricsFile(text, 'metrics');
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
      assert.equal(parsed.value.folds.length, 2);
      assertMetrics(parsed.value.folds[0]!.metrics, 1);
      assertMetrics(parsed.value.folds[1]!.metrics, 11);
    });
  }

  it('a name given twice is still an error, whatever the name', () => {
    const json = parseMetricsFile('{"0": {"constructor": 1, "constructor": 2}}', 'm');
    assert.ok(!json.ok && /^m:1: metric "constructor" appears twice in fold 0/.test(json.error), json.ok ? '' : json.error);
    const csv = parseMetricsFile('fold,__proto__,__proto__\n0,1,2\n', 'm');
    assert.ok(!csv.ok && /^m:1: the header names '__proto__' twice/.test(csv.error), csv.ok ? '' : csv.error);
  });

  it("the experiment's format has loss and accuracy alone, and reads back beside such names", () => {
    const fold: FoldResult = { fold: 0, metrics: { ...expected(1), loss: 0.5, accuracy: 0.75 }, weightsSha256: null, trainSeconds: null };
    const text = formatExperimentRun(new Date(Date.UTC(2020, 8, 17, 14, 15, 30)), [fold]);
    assert.equal(text, '20200917-141530\n0 0.5 0.75\n');
    const parsed = parseExperimentText(text, 'results.txt');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value.runs[0]?.folds, [{ fold: 0, loss: 0.5, accuracy: 0.75 }]);
  });
});

function run(n: number, metrics: Record<string, number>[]): RunResult {
  return {
    run: n,
    role: 'control',
    status: 'ok',
    error: null,
    startedAt: '2025-01-01T00:00:00.000Z',
    durationSeconds: 1,
    folds: metrics.map((m, fold) => ({ fold, metrics: m, weightsSha256: null, trainSeconds: null })),
    environment: null,
    warnings: [],
  };
}

test('such names are compared like any other and shown in every rendering', () => {
  const differing = { ...expected(1) };
  Object.defineProperty(differing, '__proto__', { value: 1.5, enumerable: true, writable: true, configurable: true });
  const runs = [run(1, [expected(1), expected(11)]), run(2, [differing, expected(11)])];
  const comparison = compareRuns(runs, 0);
  assert.deepEqual(comparison.metricNames, NAMES);
  assert.equal(comparison.verdict, 'not-reproducible');
  assert.deepEqual(comparison.mismatchedFolds, [0]);
  const proto = Object.hasOwn(comparison.folds[0]!.metrics, '__proto__') ? comparison.folds[0]!.metrics['__proto__'] : undefined;
  assert.deepEqual(proto?.values, [1, 1.5]);
  assert.equal(proto?.matches, false);
  assert.deepEqual(Object.keys(comparison.folds[1]!.metrics), NAMES);
  assert.match(comparison.summary, /largest difference 5e-1 in __proto__ \(fold 0\)/);

  const report = buildReport({ settings: {}, source: 'files', runs, comparison, durationSeconds: 1 });
  const summary = renderSummaryMarkdown(report);
  // Per fold a row per metric, the name in its first cell; each run's values where they differ.
  assert.match(summary, /^\| 0 \| \\_\\_proto\\_\\_ \| 1\.0 – 1\.5 \|/m);
  assert.match(summary, /^\| {2}\| constructor \| 2 \|/m);
  assert.match(summary, /^\*\*\\_\\_proto\\_\\_\*\*\n\n\| run \| fold 0 \|\n\| --- \| --- \|\n\| 1 \| 1\.0 \|\n\| 2 \| 1\.5 \|$/m);
  assert.match(renderComment(report, { marker: '<!-- m -->', runUrl: null, commentId: 'c' }), /^\| 1 \| \\_\\_proto\\_\\_ \| 11 \|/m);
  const text = renderText(report);
  assert.match(text, /^0 +__proto__ +1\.0 – 1\.5 /m);
  assert.match(text, /^ +constructor +2 /m);
});

test('a run that lacks such a name lacks it: the metric is missing, not found on every object', () => {
  const { constructor: _dropped, ...rest } = expected(1);
  const runs = [run(1, [expected(1)]), run(2, [rest])];
  const comparison = compareRuns(runs, 0);
  assert.equal(comparison.verdict, 'error');
  assert.match(comparison.summary, /^Error: constructor of fold 0 is missing from run 2/);
  const values = Object.hasOwn(comparison.folds[0]!.metrics, 'constructor') ? comparison.folds[0]!.metrics['constructor']!.values : undefined;
  assert.deepEqual(values, [2, null]);
});

test('artifact paths are user text too', () => {
  const artifacts = compareArtifacts([{ constructor: 'aa', ...(JSON.parse('{"__proto__": "bb"}') as Record<string, string>) }, {}]);
  assert.deepEqual(
    artifacts.map((a) => [a.path, a.sha256, a.missingIn]),
    [
      ['__proto__', ['bb', null], [2]],
      ['constructor', ['aa', null], [2]],
    ],
  );
});
