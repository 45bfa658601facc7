// The report of a real check with more runs than two, through what users run: the action
// (dist/index.js, its job summary) and `tf-repro compare` on its report.json (the CLI's text).
// Without determinism the runs differ, so every table of each run's values is there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { reportJson } from '../../src/report/report-json.js';
import { tfRepro } from '../support/cli.js';
import { assertEveryValueShown, widestTable } from '../support/markdown-tables.js';
import { cliBin, tempDir } from '../support/paths.js';
import { makeExperimentReport } from '../support/reports.js';
import { runAction } from '../support/runner.js';

test('4 runs × 3 folds without determinism: narrow tables, every run’s values in the summary and the CLI text', async () => {
  const run = await runAction({
    runs: '4',
    folds: '3',
    epochs: '1',
    samples: '300',
    'batch-size': '50',
    backend: 'wasm',
    deterministic: 'false',
    'fail-on-mismatch': 'false',
    // Every fold of every run, for the tables: fail-fast would stop at the first divergence.
    'fail-fast': 'false',
  });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.reproducible, 'false');
  const reportPath = run.outputs['report-path'] as string;
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
  assert.equal(report.runs.length, 4);

  assert.ok(widestTable(run.summary) <= 8, `a table of ${widestTable(run.summary)} columns`);
  assert.match(run.summary, /<summary>Each run's values where the runs differ \(\d+ folds?\)<\/summary>/);
  assertEveryValueShown(report, run.summary);

  const cli = await tfRepro('compare', reportPath);
  assert.equal(cli.code, 1, cli.stderr);
  const lines = cli.stdout.split('\n');
  assert.match(lines[1] ?? '', /^Runs \d+ and \d+ part at fold \d+, at initialisation/);
  assert.ok(
    lines.slice(2).every((line) => line.length <= 100),
    "not a terminal: 100 columns, but for the verdict's sentence and where the runs part",
  );
  assert.deepEqual(
    lines.filter((line) => /^\d+ /.test(line)).map((line) => Number(line.split(' ')[0])),
    report.comparison.folds.map((fold) => fold.fold),
    'a row for each fold',
  );
  assert.ok(lines.includes("each run's values where the runs differ (report.json has them in full):"), cli.stdout);
  assert.deepEqual(lines.filter((line) => /^run \d+ /.test(line)).length % 4, 0, 'a row per run in each table of values');
});

test('in a terminal the CLI text fits its width: 10 runs × 10 folds at 80 columns', (t) => {
  const path = join(tempDir('terminal'), 'report.json');
  writeFileSync(path, reportJson(makeExperimentReport({ runs: 10, folds: 10, reproducible: false })));
  // util-linux's script gives the command a terminal; stty makes it 80 columns wide.
  const shell = `stty cols 80 rows 50; '${process.execPath}' '${cliBin}' compare '${path}'`;
  const run = spawnSync('script', ['-qec', shell, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
  if (run.error) {
    t.skip(`script (util-linux) cannot give the CLI a terminal here: ${run.error.message}`);
    return;
  }
  assert.equal(run.status, 1, run.stdout + run.stderr);
  // The verdict's sentence, first, and where the runs part, second, stay one line each (the
  // terminal wraps them); every other line fits.
  const all = run.stdout.replaceAll('\r', '').split('\n');
  assert.match(all[1] ?? '', /^Runs \d+ and \d+ differ in fold \d+/);
  const lines = all.slice(2);
  const widest = lines.reduce((most, line) => Math.max(most, line.length), 0);
  assert.ok(widest <= 80, `a line of ${widest} characters:\n${lines.find((line) => line.length === widest)}`);
  assert.ok(widest > 70, 'the width is used, not a narrower default');
  // Too narrow for the runs that agree beside each row: they go under it.
  assert.ok(lines.includes('      agree: runs 1–4, 6 | run 5 | runs 7–10'), run.stdout);
});
