// The four formats a training command may write its metrics in, and what is wrong with a bad one:
// every error names the file, the line and the reason.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectMetricsFormat, parseMetricsFile, wholeLinesOfCutMetrics } from '../../src/comparison/metrics-files.js';

const FOLDS = [
  { fold: 0, metrics: { loss: 0.25, accuracy: 0.9 } },
  { fold: 1, metrics: { loss: 0.5, accuracy: 0.75 } },
];

function error<T>(result: { ok: true; value: T } | { ok: false; error: string }): string {
  assert.equal(result.ok, false, 'expected an error');
  return (result as { error: string }).error;
}

describe('parseMetricsFile reads each format', () => {
  const good: [string, string, string][] = [
    ['json', 'JSON keyed by fold', '{"0": {"loss": 0.25, "accuracy": 0.9}, "1": {"loss": 0.5, "accuracy": 0.75}}'],
    [
      'json',
      'JSON as json.dump(indent=2) writes it, folds out of order',
      '{\n  "1": {\n    "loss": 0.5,\n    "accuracy": 0.75\n  },\n  "0": {\n    "loss": 0.25,\n    "accuracy": 0.9\n  }\n}\n',
    ],
    ['json', 'a JSON list of objects with a fold key', '[{"fold": 0, "loss": 0.25, "accuracy": 0.9}, {"fold": 1, "loss": 0.5, "accuracy": 0.75}]'],
    ['jsonl', 'JSON Lines', '{"fold": 0, "loss": 0.25, "accuracy": 0.9}\n{"fold": 1, "loss": 0.5, "accuracy": 0.75}\n'],
    ['csv', 'CSV with a header', 'fold,loss,accuracy\n0,0.25,0.9\n1,0.5,0.75\n'],
    ['csv', "CSV as pandas' to_csv() writes it, index column and all", ',fold,loss,accuracy\r\n0,0,0.25,0.9\r\n1,1,0.5,0.75\r\n'],
    ['csv', 'CSV with quoted cells and the fold column last', '"loss","accuracy","Fold"\n"0.25",0.9,0\n0.5,0.75,1.0\n'],
    ['experiment', "the experiment's text format", '20200917-141530\n0 0.25 0.9\n1 0.5 0.75\n'],
    [
      'experiment',
      "the experiment's format appended to by several runs: the last is this run's",
      '20200917-141530\n0 9 9\n1 9 9\n20200917-142000\n0 0.25 0.9\n1 0.5 0.75\n',
    ],
  ];
  for (const [format, what, text] of good) {
    it(what, () => {
      const r = parseMetricsFile(text, 'metrics');
      assert.ok(r.ok, r.ok ? '' : r.error);
      assert.equal(r.value.format, format);
      assert.deepEqual(r.value.folds, FOLDS);
    });
  }

  it('takes any metric names and any number of folds', () => {
    const r = parseMetricsFile('fold,mae,r2,val_f1\n0,1,2,3\n1,4,5,6\n2,7,8,9\n', 'm.csv');
    assert.ok(r.ok);
    assert.deepEqual(
      r.value.folds.map((f) => f.metrics),
      [
        { mae: 1, r2: 2, val_f1: 3 },
        { mae: 4, r2: 5, val_f1: 6 },
        { mae: 7, r2: 8, val_f1: 9 },
      ],
    );
  });

  it("reads NaN and Infinity as Python's json and csv write them", () => {
    const json = parseMetricsFile('{"0": {"loss": NaN, "accuracy": -Infinity}}', 'm.json');
    assert.ok(json.ok);
    assert.ok(Number.isNaN(json.value.folds[0].metrics.loss));
    assert.equal(json.value.folds[0].metrics.accuracy, -Infinity);
    const csv = parseMetricsFile('fold,loss\n0,nan\n1,inf\n', 'm.csv');
    assert.ok(csv.ok);
    assert.ok(Number.isNaN(csv.value.folds[0].metrics.loss));
    assert.equal(csv.value.folds[1].metrics.loss, Infinity);
  });

  it('keeps numbers exactly as written (shortest round trip)', () => {
    const r = parseMetricsFile('{"0": {"loss": 0.30000000000000004, "accuracy": 1e-300}}', 'm');
    assert.ok(r.ok);
    assert.equal(r.value.folds[0].metrics.loss, 0.30000000000000004);
    assert.equal(r.value.folds[0].metrics.accuracy, 1e-300);
  });

  it('a single JSON Lines record reads as one fold', () => {
    const r = parseMetricsFile('{"fold": 3, "loss": 1}\n', 'm');
    assert.ok(r.ok);
    assert.deepEqual(r.value.folds, [{ fold: 3, metrics: { loss: 1 } }]);
  });
});

describe('parseMetricsFile says what is wrong: file, line, reason', () => {
  const bad: [string, string, RegExp][] = [
    ['JSON cut off', '{\n  "0": {"loss": 0.25,\n', /^m:3: expected a quoted key, found the end of the file \(read as JSON\)$/],
    [
      'JSON with a missing comma',
      '{\n  "0": {"loss": 0.25}\n  "1": {"loss": 0.5}\n}',
      /^m:3: expected ',' or '}' after a value, found '"1": \{"loss"' \(read as JSON\)$/,
    ],
    ['a metric that is a string', '{\n "0": {\n  "loss": "0.25"\n }\n}', /^m:3: metric "loss" of fold 0 is a string, not a number \(read as JSON\)$/],
    ['a key that is not a fold', '{"first": {"loss": 1}}', /^m:1: key "first" is not a fold index/],
    ['a fold that appears twice', '[\n{"fold": 0, "loss": 1},\n{"fold": 0, "loss": 2}\n]', /^m:3: fold 0 appears twice \(first on line 2\)/],
    ['a list item without a fold', '[{"loss": 1}]', /^m:1: the object has no "fold" key/],
    ['a negative fold', '[{"fold": -1, "loss": 1}]', /^m:1: "fold" must be a whole number of at least 0, found -1/],
    ['a fold with no metrics', '{"0": {}}', /^m:1: fold 0 has no metrics/],
    ['an empty JSON list', '[]', /^m:1: no folds in the file/],
    ['a broken JSON Lines line', '{"fold": 0, "loss": 1}\n{"fold": 1, "loss": }\n', /^m:2: expected a value, found '}' \(read as JSON Lines\)$/],
    ['CSV without a fold column', 'loss,accuracy\n1,2\n', /^m:1: the header has no 'fold' column \(found 'loss', 'accuracy'\)/],
    [
      'CSV with a word for a number',
      'fold,loss,accuracy\n0,0.5,0.9\n1,zero point five,0.8\n',
      /^m:3: loss 'zero point five' is not a number \(fold 1\) \(read as CSV\)$/,
    ],
    ['CSV with a short row', 'fold,loss,accuracy\n0,0.5\n', /^m:2: 2 values but the header \(line 1\) has 3 columns/],
    ['CSV with an empty cell', 'fold,loss\n0,\n', /^m:2: loss is empty \(fold 0\)/],
    ['CSV with only a header', 'fold,loss\n', /^m:1: a header but no rows of folds/],
    ['an empty file', '', /^m:1: no run in the file/],
    ['the text format with a bad number', '20200917-141530\n0 0.25 x\n', /^m:2: accuracy 'x' is not a number \(read as the experiment's text format\)$/],
  ];
  for (const [what, text, message] of bad) {
    it(what, () => assert.match(error(parseMetricsFile(text, 'm')), message));
  }
});

describe('detectMetricsFormat', () => {
  it('goes by the content, not the name', () => {
    assert.equal(detectMetricsFormat('[]'), 'json');
    assert.equal(detectMetricsFormat('\uFEFF{"0": {}}'), 'json');
    assert.equal(detectMetricsFormat('{"fold": 0}\n{"fold": 1}'), 'jsonl');
    assert.equal(detectMetricsFormat('{\n"0": {"loss": 1}\n}'), 'json');
    assert.equal(detectMetricsFormat('\n\nfold,loss\n'), 'csv');
    assert.equal(detectMetricsFormat('20200917-141530\n0 1 2'), 'experiment');
  });
});

it("a stopped run's metrics: a line-based file up to its last newline, a JSON document as it is", () => {
  assert.equal(wholeLinesOfCutMetrics('fold,loss\n0,0.5\n1,0.12'), 'fold,loss\n0,0.5\n');
  // Cut JSON Lines read as a JSON document that does not parse: nothing wrong is read.
  const cutLines = '{"fold": 0, "loss": 0.5}\n{"fold": 1, "loss": 0.12';
  assert.equal(wholeLinesOfCutMetrics(cutLines), cutLines);
  assert.equal(parseMetricsFile(cutLines, 'm').ok, false);
  assert.equal(wholeLinesOfCutMetrics('fold,loss\n0,0.5\n'), 'fold,loss\n0,0.5\n');
  // json.dump writes no newline at the end: a whole document is kept whole.
  assert.equal(wholeLinesOfCutMetrics('{"0": {"loss": 0.5},\n "1": {"loss": 0.25}}'), '{"0": {"loss": 0.5},\n "1": {"loss": 0.25}}');
});
