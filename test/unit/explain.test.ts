// tf-repro explain's text, whole (test/golden/explain-*.txt; UPDATE_GOLDEN=1 writes them anew),
// what it says of a report that lacks a part, and how a saved report.json is read back: as the
// report it was written from, or one error naming the file and the field.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Report } from '../../src/contracts/report.js';
import { UserError } from '../../src/util/user-error.js';
import { renderExplain } from '../../src/report/explain.js';
import { reportJson } from '../../src/report/report-json.js';
import { savedReport } from '../../src/report/saved-report.js';
import { assertGolden } from '../support/golden.js';
import { exampleDiagnosis, experimentCost, makeReport, makeTracedReport, pinned } from '../support/reports.js';

/** Where the runs part (stopped early), the cost table and a diagnosis: every part of the story. */
function wholeStory(): Report {
  const report = pinned(makeTracedReport());
  report.cost = experimentCost;
  report.diagnosis = exampleDiagnosis;
  return report;
}

/** The report as `tf-repro explain` gets it: written as report.json, read back. */
const readBack = (report: Report, path = 'out/report.json') => savedReport(JSON.parse(reportJson(report)) as Record<string, unknown>, path);

describe('the story of a saved report', () => {
  test('where the runs part, each variable there, the loss, the cost table and the diagnosis', () => {
    assertGolden('explain-whole-story.txt', renderExplain(readBack(wholeStory()), 100));
  });

  test('in 60 columns every line fits but the two sentences that stay whole', () => {
    const text = renderExplain(readBack(wholeStory()), 60);
    const long = text.split('\n').filter((line) => line.length > 60);
    assert.deepEqual(long, [
      'Not reproducible: fold 0 differs; largest difference 1e-3 in accuracy (fold 0); fail-fast then stopped runs 1, 2, 3, so the folds they did not finish are not compared.',
      '  Runs 1 and 2 part at fold 0, epoch 3, batch 37; first in conv2d_1/kernel and conv2d_1/bias.',
    ]);
  });

  test('a report without them says so, one line each, and how to get each', () => {
    const text = renderExplain(readBack(makeReport()), 100);
    assert.equal(
      text,
      [
        'Reproducible: 2 runs × 3 folds: metrics and final weights of 3 folds, all bitwise identical.',
        '',
        'no divergence: the runs agree',
        '',
        'no cost table: run with --compare-nondeterministic',
        '',
        'no diagnosis: run tf-repro diagnose',
        '',
      ].join('\n'),
    );
    assert.match(renderExplain(readBack(makeReport({ differingFold: 2 })), 100), /^no divergence located: the report does not say where the runs part/m);
  });

  test('a divergence without traces names the variables that differ there', () => {
    const report = makeReport({ differingFold: 2 });
    report.divergence = { runs: [1, 2], fold: 2, stage: 'init', epoch: 0, batch: null, variables: ['dense/kernel', 'dense/bias'] };
    assert.match(renderExplain(readBack(report), 100), /^ {2}The variables that differ there: dense\/kernel, dense\/bias\.$/m);
  });
});

describe('reading a report.json back', () => {
  test('gives what was written, NaN and infinities included', () => {
    const report = wholeStory();
    report.cost = { ...experimentCost, without: { ...experimentCost.without, variance: NaN, maxAbsDiff: Infinity } };
    const back = readBack(report);
    assert.deepEqual(back.cost, report.cost);
    assert.deepEqual(back.diagnosis, report.diagnosis);
    assert.deepEqual(back.divergence, report.divergence);
    assert.deepEqual(back.work, report.work);
    assert.deepEqual(
      back.runs.map((run) => run.trace),
      report.runs.map((run) => run.trace),
    );
    assert.equal(renderExplain(back, 100), renderExplain(report, 100));
    assert.match(renderExplain(back, 100), /without {8}2 {5}not reproducible {2}NaN {7}Infinity/);
  });

  test('an edited field is one error that names the file and the field', () => {
    /** The message of the error savedReport gives for the whole story with the field at `path` set to `value` (undefined: removed). */
    const edited = (path: (string | number)[], value: unknown): string => {
      const json = JSON.parse(reportJson(wholeStory())) as Record<string, unknown>;
      const parent = path.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, json);
      const last = path.at(-1) as string | number;
      if (value === undefined) delete parent[last];
      else parent[last] = value;
      try {
        savedReport(json, 'out/report.json');
      } catch (error) {
        assert.ok(error instanceof UserError, String(error));
        return error.message;
      }
      return assert.fail('no error');
    };
    assert.equal(
      edited(['cost', 'with', 'variance'], 'small'),
      'out/report.json: "cost.with.variance" is not a number; explain reads the report.json that tf-repro wrote, unedited',
    );
    assert.match(edited(['divergence', 'runs'], [1]), /"divergence\.runs" is not a pair of runs/);
    assert.match(edited(['runs', 1, 'trace', 2, 'digests', 'dense/kernel'], 5), /"runs\[1\]\.trace\[2\]\.digests\.dense\/kernel" is not a string/);
    assert.match(
      edited(['diagnosis', 'settings', 0, 'finding'], 'maybe'),
      /"diagnosis\.settings\[0\]\.finding" is not one of necessary, pins-numbers, not-needed, not-tried, failed/,
    );
    assert.match(edited(['work'], 12), /"work" is not an object/);
    assert.match(edited(['verdict'], undefined), /"verdict" is not one of reproducible, not-reproducible, error/);
  });
});
