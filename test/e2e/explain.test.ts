// tf-repro explain as a user runs it: bin/tf-repro.js in a real process on report.json files on
// disk, one a real check wrote. Exit 0 with the story whatever the verdict; a file it cannot use
// is one line on stderr naming it, exit 2, no stack.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { reportJson } from '../../src/report/report-json.js';
import { tfRepro } from '../support/cli.js';
import { tempDir } from '../support/paths.js';
import { exampleDiagnosis, experimentCost, makeTracedReport } from '../support/reports.js';

const dir = tempDir('explain');

function written(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('explain tells where the runs part, the cost and the diagnosis of a saved report, and exits 0 though it is not reproducible', async () => {
  const report = makeTracedReport();
  report.cost = experimentCost;
  report.diagnosis = exampleDiagnosis;
  const path = written('story.json', reportJson(report));
  const explained = await tfRepro('explain', path);
  assert.equal(explained.stderr, '');
  assert.equal(explained.code, 0);
  const lines = explained.stdout.split('\n');
  assert.match(lines[0]!, /^Not reproducible: fold 0 differs/);
  assert.ok(lines.includes('  Runs 1 and 2 part at fold 0, epoch 3, batch 37; first in conv2d_1/kernel and conv2d_1/bias.'), explained.stdout);
  assert.match(explained.stdout, /Fail-fast stopped the check at the first divergence: 9 of 90 fold-epochs trained \(10%\)\./);
  assert.match(explained.stdout, /^ {4}conv2d_1\/kernel {2}runs 1, 3 \| run 2$/m);
  assert.match(explained.stdout, /^ {2}without {8}2 {5}not reproducible {2}6\.694e-7/m);
  assert.match(explained.stdout, /^ {2}TF_DETERMINISTIC_OPS {4}variable {2}necessary/m);
  // Not a terminal: the CLI's default width.
  assert.ok(lines.slice(2).every((line) => line.length <= 100 || line.includes(' part at fold 0, epoch 3')));
});

test('a report a real check wrote: explain says what it lacks, one line each', async () => {
  const reportDir = join(dir, 'checked');
  const run = await tfRepro(
    'run',
    '--runs',
    '2',
    '--folds',
    '2',
    '--epochs',
    '1',
    '--samples',
    '300',
    '--batch-size',
    '50',
    '--backend',
    'wasm',
    '--quiet',
    '--report-dir',
    reportDir,
  );
  assert.equal(run.code, 0, run.stderr);
  const explained = await tfRepro('explain', join(reportDir, 'report.json'));
  assert.equal(explained.code, 0, explained.stderr);
  assert.match(explained.stdout, /^Reproducible: /);
  assert.match(explained.stdout, /^no divergence: the runs agree$/m);
  assert.match(explained.stdout, /^no cost table: run with --compare-nondeterministic$/m);
  assert.match(explained.stdout, /^no diagnosis: run tf-repro diagnose$/m);
});

test('a file explain cannot use is one line naming it, exit 2, no stack', async () => {
  const json = { ...(JSON.parse(reportJson(makeTracedReport())) as object), cost: { ...experimentCost, case: 'cheap' } };
  const cases: [string[], RegExp][] = [
    [[join(dir, 'missing.json')], /^tf-repro: cannot read report '.*missing\.json': it does not exist, ENOENT$/],
    [[dir], /^tf-repro: cannot read report '.*': it is a directory, not a regular file$/],
    [[written('results.txt', '20250101-000000\n0 0.1 0.9\n')], /^tf-repro: .*results\.txt: not a tf-repro report \(a report\.json starts with '\{'/],
    [[written('broken.json', '{"schemaVersion": 1,\n"runs": [')], /^tf-repro: .*broken\.json: not valid JSON \(/],
    [[written('other.json', '{"name": "package"}')], /^tf-repro: .*other\.json: not a tf-repro report \(expected schemaVersion 1, 2 or 3 and a runs list\)$/],
    [
      [written('edited.json', JSON.stringify(json))],
      /^tf-repro: .*edited\.json: "cost\.case" is not one of needed-and-sufficient, needed-to-pin, not-needed, not-sufficient, inconclusive; /,
    ],
    [[], /^tf-repro: tf-repro explain takes one report\.json, got none/],
    [['a.json', 'b.json'], /^tf-repro: tf-repro explain takes one report\.json, got 2/],
  ];
  for (const [args, message] of cases) {
    const explained = await tfRepro('explain', ...args);
    assert.equal(explained.code, 2, `${args.join(' ')}: ${explained.stderr}`);
    assert.equal(explained.stdout, '');
    const lines = explained.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, explained.stderr);
    assert.match(lines[0]!, message);
  }
});

test('--help lists explain', async () => {
  const help = await tfRepro('explain', '--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^ {2}tf-repro explain REPORT\.json {2}print where the runs part/m);
});
