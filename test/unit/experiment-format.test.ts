import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FoldResult } from '../../src/contracts/run-result.js';
import {
  experimentRunsToRunResults,
  experimentTotalSeconds,
  formatExperimentRun,
  formatTimestamp,
  parseExperimentText,
  timestampToDate,
  type ExperimentFile,
} from '../../src/comparison/experiment-format.js';

function parsed(text: string, source = 'results.txt'): ExperimentFile {
  const p = parseExperimentText(text, source);
  if (!p.ok) throw new Error(p.error);
  return p.value;
}

function parseError(text: string, source = 'results.txt'): string {
  const p = parseExperimentText(text, source);
  assert.equal(p.ok, false, 'expected a parse failure');
  return p.ok ? '' : p.error;
}

test('parses runs, folds and Python float spellings; blank lines and CRLF ignored', () => {
  const text = '\r\n20200917-141530\r\n0 0.0512 0.9843\r\n\r\n1 1.234e-05 1.0\r\n2 nan -inf\r\n3 inf NaN\r\n   \r\n20200917-142000\r\n0 .5 1E+2\r\n';
  const v = parsed(text);
  assert.equal(v.runs.length, 2);
  assert.equal(v.runs[0]?.timestamp, '20200917-141530');
  assert.deepEqual(v.runs[0]?.folds.slice(0, 2), [
    { fold: 0, loss: 0.0512, accuracy: 0.9843 },
    { fold: 1, loss: 1.234e-5, accuracy: 1 },
  ]);
  const f2 = v.runs[0]?.folds[2];
  assert.ok(Number.isNaN(f2?.loss));
  assert.equal(f2?.accuracy, -Infinity);
  assert.equal(v.runs[0]?.folds[3]?.loss, Infinity);
  assert.deepEqual(v.runs[1]?.folds, [{ fold: 0, loss: 0.5, accuracy: 100 }]);
});

test('an empty file has no runs', () => {
  assert.deepEqual(parsed(''), { runs: [] });
  assert.deepEqual(parsed('\n\n'), { runs: [] });
});

test('malformed lines fail naming source, 1-based line and reason', () => {
  assert.equal(parseError('20200917-141530\n0 0.1 0.9\n\n\n\n\nabc\n'), "results.txt:7: expected 'fold loss accuracy', found 'abc'");
  assert.equal(parseError('0 0.1 0.9\n', 'old/results.txt'), "old/results.txt:1: fold line before any timestamp line, found '0 0.1 0.9'");
  assert.match(parseError('20200917-141530\n0 0.1\n'), /^results\.txt:2: expected 'fold loss accuracy', found '0 0\.1'$/);
  assert.match(parseError('20200917-141530\n0 0.1 0.9 7\n'), /^results\.txt:2: expected 'fold loss accuracy'/);
  assert.equal(parseError('20200917-141530\n0 0.1x 0.9\n'), "results.txt:2: loss '0.1x' is not a number");
  assert.equal(parseError('20200917-141530\n0 0.1 1,0\n'), "results.txt:2: accuracy '1,0' is not a number");
  assert.match(parseError('20200917-141530\n0 0.1 0.9\n-1 0.1 0.9\n'), /^results\.txt:3: fold index '-1'/);
  assert.match(parseError('20200917-141530\n1.5 0.1 0.9\n'), /^results\.txt:2: fold index '1\.5'/);
  assert.match(parseError('20200917-141530\n0 0.1 0.9\n0 0.2 0.8\n'), /^results\.txt:3: fold 0 appears twice/);
});

test('bad timestamps fail', () => {
  assert.match(parseError('20200231-141530\n0 0.1 0.9\n'), /^results\.txt:1: bad timestamp '20200231-141530'/);
  assert.match(parseError('20200917-246000\n0 0.1 0.9\n'), /^results\.txt:1: bad timestamp/);
  assert.match(parseError('20200917-141530\n0 0.1 0.9\n2020-0917\n'), /^results\.txt:3: bad timestamp '2020-0917'/);
});

test('a run without fold lines fails at its timestamp line', () => {
  assert.equal(parseError('20200917-141530\n\n20200917-142000\n0 0.1 0.9\n'), 'results.txt:1: run started at 20200917-141530 has no fold lines');
  assert.equal(parseError('20200917-141530\n0 0.1 0.9\n20200917-142000\n\n'), 'results.txt:3: run started at 20200917-142000 has no fold lines');
});

test('a fold index written as numpy.savetxt would is accepted', () => {
  assert.deepEqual(parsed('20200917-141530\n3.000000000000000000e+00 0.1 0.9\n').runs[0]?.folds[0]?.fold, 3);
});

test('timestamps: UTC, formatting and the experiment total time', () => {
  assert.equal(timestampToDate('20200917-141530').toISOString(), '2020-09-17T14:15:30.000Z');
  assert.equal(formatTimestamp(new Date('2020-09-17T14:15:30.999Z')), '20200917-141530');
  assert.equal(formatTimestamp(new Date(Date.UTC(2021, 0, 2, 3, 4, 5))), '20210102-030405');
  assert.throws(() => timestampToDate('20201301-000000'), RangeError);
  // python3: sum of (datetime.strptime(b) - datetime.strptime(a)).total_seconds() over consecutive
  // pairs, crossing midnight -> 1482.0 + 1483.0 = 2965.0
  assert.equal(experimentTotalSeconds(['20200917-232830', '20200917-235312', '20200918-001755']), 2965);
  assert.equal(experimentTotalSeconds(['20200917-232830']), 0);
  assert.equal(experimentTotalSeconds([]), 0);
});

function fold(i: number, loss: number, accuracy: number): FoldResult {
  return { fold: i, metrics: { loss, accuracy }, weightsSha256: 'ab', trainSeconds: 1.5 };
}

test('formatExperimentRun writes the format and round-trips exactly', () => {
  const folds = [
    fold(0, 0.06173431873321533, 0.9851194620132446),
    fold(1, 1.234e-5, 1),
    fold(2, NaN, -Infinity),
    fold(3, Infinity, -0),
    fold(4, 5e-324, 1.7976931348623157e308),
    fold(5, 0.1 + 0.2, 1 / 3),
  ];
  const when = new Date('2020-09-17T14:15:30Z');
  const text = formatExperimentRun(when, folds);
  assert.equal(
    text,
    '20200917-141530\n' +
      '0 0.06173431873321533 0.9851194620132446\n' +
      '1 0.00001234 1\n' +
      '2 nan -inf\n' +
      '3 inf -0.0\n' +
      '4 5e-324 1.7976931348623157e+308\n' +
      '5 0.30000000000000004 0.3333333333333333\n',
  );
  const back = parsed(text + formatExperimentRun(new Date('2020-09-17T14:20:00Z'), folds.slice(0, 1)));
  assert.equal(back.runs.length, 2);
  assert.equal(back.runs[0]?.timestamp, '20200917-141530');
  back.runs[0]?.folds.forEach((f, i) => {
    const want = folds[i] as FoldResult;
    assert.equal(f.fold, want.fold);
    // Object.is: NaN equals NaN, and -0 stays -0.
    assert.ok(Object.is(f.loss, want.metrics.loss), `loss of fold ${i}`);
    assert.ok(Object.is(f.accuracy, want.metrics.accuracy), `accuracy of fold ${i}`);
  });
});

test('formatExperimentRun refuses a fold without loss or accuracy', () => {
  const f: FoldResult = { fold: 0, metrics: { loss: 0.1 }, weightsSha256: null, trainSeconds: null };
  assert.throws(() => formatExperimentRun(new Date(0), [f]), RangeError);
});

test('experimentRunsToRunResults follows the RunResult contract', () => {
  const v = parsed('20200917-232830\n0 0.1 0.9\n1 0.2 0.8\n20200917-235312\n0 0.1 0.9\n1 0.2 0.8\n20200918-001755\n0 0.1 0.9\n');
  const runs = experimentRunsToRunResults(v, 'results.txt');
  assert.equal(runs.length, 3);
  assert.deepEqual(runs[0], {
    run: 1,
    role: 'control',
    status: 'ok',
    error: null,
    startedAt: '2020-09-17T23:28:30.000Z',
    durationSeconds: 1482,
    folds: [
      { fold: 0, metrics: { loss: 0.1, accuracy: 0.9 }, weightsSha256: null, trainSeconds: null },
      { fold: 1, metrics: { loss: 0.2, accuracy: 0.8 }, weightsSha256: null, trainSeconds: null },
    ],
    environment: null,
    warnings: [],
  });
  assert.deepEqual(
    runs.map((r) => [r.run, r.durationSeconds]),
    [
      [1, 1482],
      [2, 1483],
      [3, 0],
    ],
  );
  assert.deepEqual(Object.keys(runs[0]?.folds[0]?.metrics ?? {}), ['loss', 'accuracy']);
});

test('experimentRunsToRunResults: a backwards timestamp gives duration 0 and a warning', () => {
  const v = parsed('20200917-235312\n0 0.1 0.9\n20200917-232830\n0 0.1 0.9\n');
  const runs = experimentRunsToRunResults(v, 'old.txt');
  assert.equal(runs[0]?.durationSeconds, 0);
  assert.equal(runs[0]?.warnings.length, 1);
  assert.match(runs[0]?.warnings[0] ?? '', /^old\.txt: /);
});
