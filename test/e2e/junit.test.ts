// --junit FILE and the junit-file input: the verdict as JUnit XML, validated against the Jenkins
// JUnit schema (test/fixtures/junit/jenkins-junit.xsd) by libxml2's xmllint, for reproducible,
// not reproducible, across and error checks, through bin/tf-repro.js and node dist/index.js.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateXML } from 'xmllint-wasm';
import { tfRepro } from '../support/cli.js';
import { repoRoot, scratchDir } from '../support/paths.js';
import { runAction } from '../support/runner.js';

const schema = { fileName: 'jenkins-junit.xsd', contents: readFileSync(join(repoRoot, 'test', 'fixtures', 'junit', 'jenkins-junit.xsd'), 'utf8') };

async function assertSchemaValid(path: string): Promise<string> {
  const xml = readFileSync(path, 'utf8');
  const result = await validateXML({ xml: { fileName: 'junit.xml', contents: xml }, schema });
  assert.ok(result.valid, `${path} is not valid JUnit:\n${result.errors.map((error) => error.rawMessage).join('\n')}\n${xml}`);
  return xml;
}

const count = (xml: string, pattern: RegExp): number => xml.match(new RegExp(pattern, 'g'))?.length ?? 0;

test('the schema check itself rejects what JUnit consumers would not read', async () => {
  const dir = scratchDir('junit-bad');
  const bad = join(dir, 'bad.xml');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(bad, '<testsuites><testsuite name="x"><testcase/></testsuite></testsuites>');
  await assert.rejects(assertSchemaValid(bad), /is not valid JUnit/);
});

test('a reproducible check: one passing testcase per fold, and the verdict as a property', async () => {
  const dir = scratchDir('junit-ok');
  const file = join(dir, 'nested', 'junit.xml');
  const run = await tfRepro('run', '--runs', '2', '--folds', '3', '--epochs', '1', '--samples', '300', '--quiet', '--junit', file);
  assert.equal(run.code, 0, run.stderr);
  const xml = await assertSchemaValid(file);
  assert.equal(count(xml, /<testcase /), 3);
  assert.match(xml, /<testsuite name="tf-repro: [^"]*" tests="3" failures="0" errors="0" skipped="0"/);
  for (const fold of [0, 1, 2]) assert.match(xml, new RegExp(`<testcase name="fold ${fold}" classname="tf-repro\\.[^"]*" time="\\d+\\.\\d{3}"/>`));
  assert.match(xml, /<property name="verdict" value="reproducible"\/>/);
});

test('a check whose runs differ: a failure per differing fold, carrying the values of each run', async () => {
  const dir = scratchDir('junit-differs');
  const file = join(dir, 'junit.xml');
  const run = await tfRepro('compare', join(repoRoot, 'test', 'fixtures', 'experiment-differs.txt'), '--junit', file);
  assert.equal(run.code, 1, run.stderr);
  const xml = await assertSchemaValid(file);
  assert.match(xml, /<property name="verdict" value="not-reproducible"\/>/);
  const failures = [...xml.matchAll(/<testcase name="fold (\d+)"[^>]*>\s*<failure message="([^"]*)" type="not-reproducible">([^<]*)<\/failure>/g)];
  assert.ok(failures.length >= 1, xml);
  assert.equal(count(xml, /<failure /), failures.length);
  for (const [, fold, message, body] of failures) {
    // The divergence sentence where the locator has one, which names the fold.
    assert.match(message!, new RegExp(`Runs 1 and 2 differ in fold ${fold} `));
    assert.match(body!, /by run: run 1 [\d.e-]+, run 2 [\d.e-]+/);
  }
});

test('a bad input: one testcase with an error naming it, exit 2', async () => {
  const dir = scratchDir('junit-error');
  const file = join(dir, 'junit.xml');
  const run = await tfRepro('run', '--runs', '1', '--junit', file);
  assert.equal(run.code, 2);
  const xml = await assertSchemaValid(file);
  assert.equal(count(xml, /<testcase /), 1);
  assert.match(xml, /<error message="--runs must be a whole number from 2 to 1,000[^"]*" type="error">/);
});

test('across: a testcase per leg and per fold across legs', async () => {
  const dir = scratchDir('junit-across');
  for (const leg of ['a', 'b']) {
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
      '--quiet',
      '--label',
      leg,
      '--report-dir',
      join(dir, leg),
    );
    assert.equal(run.code, 0, run.stderr);
  }
  const file = join(dir, 'junit.xml');
  const across = await tfRepro('across', join(dir, 'a', 'report.json'), join(dir, 'b', 'report.json'), '--junit', file);
  assert.equal(across.code, 0, across.stderr);
  const xml = await assertSchemaValid(file);
  assert.match(xml, /<testcase name="a: reproducible within its runner"/);
  assert.match(xml, /<testcase name="b: reproducible within its runner"/);
  assert.match(xml, /<testcase name="fold 0 across runners"[^>]*\/>/);
  assert.match(xml, /<testcase name="fold 1 across runners"[^>]*\/>/);
});

test('the action with junit-file writes the same, and an error still gives its testcase', async () => {
  const ok = await runAction({ runs: '2', folds: '2', epochs: '1', samples: '300', 'junit-file': 'reports/junit.xml' });
  assert.equal(ok.exitCode, 0, ok.stderr);
  const written = /JUnit report: (.+)$/m.exec(ok.stdout)?.[1];
  assert.ok(written && existsSync(written), ok.stdout);
  assert.match(await assertSchemaValid(written), /tests="2" failures="0" errors="0"/);

  const bad = await runAction({ runs: '2', epochs: 'many', 'junit-file': 'junit.xml' });
  assert.equal(bad.exitCode, 2);
  const errorFile = /JUnit report: (.+)$/m.exec(bad.stdout)?.[1];
  assert.ok(errorFile, bad.stdout);
  assert.match(await assertSchemaValid(errorFile), /<error message="input 'epochs' must be a whole number/);
});

test('vary: a testcase per factor, a failure for the one that changes the numbers', async () => {
  const dir = scratchDir('junit-vary');
  const file = join(dir, 'junit.xml');
  const script = join(repoRoot, 'test', 'fixtures', 'vary', 'conditions.py');
  const run = await tfRepro('run', '--command', `python3 ${script} tz`, '--framework', 'none', '--vary', 'tz,umask', '--quiet', '--junit', file);
  assert.equal(run.code, 1, run.stderr);
  const xml = await assertSchemaValid(file);
  assert.match(xml, /<property name="verdict" value="condition-sensitive"\/>/);
  assert.match(
    xml,
    /<testcase name="the same numbers when tz varies"[^>]*>\s*<failure message="The numbers change when tz changes[^"]*" type="condition-sensitive">/,
  );
  assert.match(xml, /<testcase name="the same numbers when umask varies"[^>]*\/>/);
});

test('a JUnit path that cannot be written: one error naming the input, exit 2, the report still printed', async () => {
  const dir = scratchDir('junit-unwritable');
  const { mkdirSync } = await import('node:fs');
  const file = join(dir, 'junit.xml');
  mkdirSync(file);
  const run = await tfRepro('compare', join(repoRoot, 'test', 'fixtures', 'experiment-same.txt'), '--junit', file);
  assert.equal(run.code, 2);
  assert.match(run.stdout, /^Reproducible/m);
  assert.deepEqual(run.stderr.trimEnd().split('\n'), [
    `tf-repro: 'junit-file': the JUnit report could not be written to ${file} (it is a directory, not a regular file); give a file path in a directory that can be written`,
  ]);
});
