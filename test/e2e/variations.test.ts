// Variations (issue 23), end to end: the tf-repro command and the bundle as the runner starts it.
// For each factor, a Python script whose numbers depend on exactly that condition
// (test/fixtures/vary/conditions.py) reproduces in identical conditions and is caught by
// `vary: all` with that factor, and only it, named; a script that depends on none stays green
// with every factor listed; the default workload shows every factor it could vary as "same". And
// part 4: a real PyTorch training whose numbers follow its thread count has OMP_NUM_THREADS named
// "needed to pin the numbers" by diagnose and the cost table, each side agreeing with itself.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { VARY_FACTORS, type VaryFactor } from '../../src/contracts/settings.js';
import { tfReproIn } from '../support/cli.js';
import { repoRoot, scratchDir } from '../support/paths.js';
import { pythonFrameworks, pythonFrameworksMissing } from '../support/python-frameworks.js';
import { runAction } from '../support/runner.js';

const script = join(repoRoot, 'test', 'fixtures', 'vary', 'conditions.py');

/** A locale of other conventions (scripts/setup-test-deps.sh generates de_DE.UTF-8 where it can). */
function otherLocaleInstalled(): boolean {
  try {
    return execFileSync('locale', ['-a'], { encoding: 'utf8' })
      .split('\n')
      .some((name) => /^[a-z]{2,3}_[A-Z]{2}/.test(name.trim()));
  } catch {
    return false;
  }
}

async function varyCli(factor: VaryFactor | 'none', ...flags: string[]): Promise<{ code: number | null; report: Report; stdout: string; stderr: string }> {
  const cwd = scratchDir(`vary-${factor}`);
  const reportDir = join(cwd, 'report');
  const run = await tfReproIn(cwd, 'run', '--command', `python3 ${script} ${factor}`, '--framework', 'none', '--report-dir', reportDir, '--quiet', ...flags);
  const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as Report;
  return { ...run, report };
}

for (const factor of VARY_FACTORS) {
  test(`cli: a script whose numbers depend on ${factor} reproduces, and vary: all names ${factor} alone`, async (t) => {
    const { code, report, stdout, stderr } = await varyCli(factor, '--vary', 'all');
    // The control runs' own verdict: reproducible, as without vary.
    assert.equal(report.verdict, 'reproducible', stdout + stderr);
    assert.equal(report.runs.length, 2, 'the varied runs are not control runs');
    const variations = report.variations!;
    if (factor === 'locale' && !otherLocaleInstalled()) {
      // This runner has no locale of other conventions: listed as not varied, with the reason.
      t.diagnostic('no locale of other conventions is installed (scripts/setup-test-deps.sh generates de_DE.UTF-8)');
      const locale = variations.factors.find((outcome) => outcome.factor === 'locale');
      assert.equal(locale?.status, 'not-varied');
      assert.match(locale?.reason ?? '', /locale-gen/);
      assert.deepEqual(variations.sensitiveTo, []);
      return;
    }
    assert.deepEqual(variations.sensitiveTo, [factor], stdout);
    assert.equal(code, 1, 'condition-sensitive: exit 1');
    assert.match(stdout, new RegExp(`^Reproducible in identical conditions; the numbers change when \`${factor}\` changes \\(in fold 0: val_loss 0\\.25`, 'm'));
    // Every factor is in the table: tried, or not varied with a reason.
    assert.deepEqual(
      variations.factors.map((outcome) => outcome.factor),
      [...VARY_FACTORS],
    );
    for (const outcome of variations.factors) {
      if (outcome.factor === factor) assert.equal(outcome.status, 'differs');
      else assert.ok(outcome.status === 'same' || (outcome.status === 'not-varied' && outcome.reason), `${outcome.factor}: ${outcome.status}`);
    }
    // The run that named it varied it alone, and records how.
    const named = variations.trials[variations.factors.find((outcome) => outcome.factor === factor)!.trial!]!;
    assert.deepEqual(named.factors, [factor]);
    assert.equal(named.outcome, 'differs');
    assert.deepEqual(Object.keys(named.run.variation ?? {}), [factor]);
    assert.match(stdout, new RegExp(`^  ${factor} +differs `, 'm'));
    assert.match(stdout, /\d+ varied runs? \(.*\), each compared with control run 1/);
  });
}

test('cli: a script that depends on no condition stays green with every factor listed; one extra run', async () => {
  const { code, report, stdout } = await varyCli('none', '--vary', 'all');
  assert.equal(code, 0, stdout);
  assert.equal(report.verdict, 'reproducible');
  const variations = report.variations!;
  assert.deepEqual(variations.sensitiveTo, []);
  assert.equal(variations.trials.length, 1, 'every factor at once, in one run');
  assert.deepEqual(
    variations.trials[0]!.factors,
    variations.factors.filter((outcome) => outcome.status === 'same').map((outcome) => outcome.factor),
  );
  assert.deepEqual(
    variations.factors.map((outcome) => outcome.factor),
    [...VARY_FACTORS],
  );
  assert.match(stdout, /^Reproducible in identical conditions and when `path`, `tz`, .* change \(1 varied run\)/m);
});

test('cli: --no-fail-on-variation makes a sensitive factor a notice, exit 0', async () => {
  const { code, report, stderr } = await varyCli('tz', '--vary', 'tz', '--no-fail-on-variation');
  assert.equal(code, 0);
  assert.deepEqual(report.variations?.sensitiveTo, ['tz']);
  assert.equal(report.variations?.failOnVariation, false);
  assert.match(stderr, /notice: Reproducible in identical conditions; the numbers change when `tz` changes/);
});

test('cli: a bad vary is one line naming --vary and the allowed values, exit 2', async () => {
  const run = await tfReproIn(scratchDir('vary-bad'), 'run', '--command', 'true', '--vary', 'tz,gpu');
  assert.equal(run.code, 2);
  assert.equal(run.stderr, "tf-repro: --vary must be all or a list of path, tz, locale, env, umask, file-order, cpus, threads; 'gpu' is not one\n");
  const sharded = await tfReproIn(scratchDir('vary-shard'), 'run', '--vary', 'all', '--shard', '1/2');
  assert.equal(sharded.code, 2);
  assert.match(sharded.stderr, /^tf-repro: --vary does not apply with --shard/m);
});

test('action: a tz-sensitive command fails the step with verdict condition-sensitive, sensitive-to tz, and the conditions table', async () => {
  const run = await runAction({ command: `python3 ${script} tz`, 'working-directory': scratchDir('vary-action'), framework: 'none', vary: 'all' });
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'condition-sensitive');
  assert.equal(run.outputs.reproducible, 'false');
  assert.equal(run.outputs['sensitive-to'], 'tz');
  assert.match(run.stdout, /::error::Reproducible in identical conditions; the numbers change when `tz` changes .* \(fail-on-variation is true\)/);
  assert.match(run.summary, /^## ❌ Reproducible only in identical conditions — tf-repro/);
  assert.match(run.summary, /### Conditions\n\n❌ Reproducible in identical conditions; the numbers change when `tz` changes/);
  assert.match(run.summary, /\| `tz` \| TZ=Asia\/Kathmandu .* \| ❌ differs \| in fold 0: val\\_loss 0\.25 → /);
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as Report;
  assert.equal(report.verdict, 'reproducible', "the control runs' own verdict is unchanged");
  assert.deepEqual(report.variations?.sensitiveTo, ['tz']);
});

test('action: with fail-on-variation false the step passes with a notice; without vary, sensitive-to is empty', async () => {
  const cwd = scratchDir('vary-action-notice');
  const noticed = await runAction({ command: `python3 ${script} tz`, 'working-directory': cwd, framework: 'none', vary: 'tz', 'fail-on-variation': 'false' });
  assert.equal(noticed.exitCode, 0, noticed.stdout + noticed.stderr);
  assert.equal(noticed.outputs.verdict, 'reproducible');
  assert.equal(noticed.outputs['sensitive-to'], 'tz');
  assert.match(noticed.stdout, /::notice::Reproducible in identical conditions; the numbers change when `tz` changes .*fail-on-variation is false/);
  const plain = await runAction({ command: `python3 ${script} tz`, 'working-directory': cwd, framework: 'none' });
  assert.equal(plain.exitCode, 0);
  assert.equal(plain.outputs['sensitive-to'], '');
  assert.doesNotMatch(plain.summary, /Conditions/);
});

test('action: the default workload with vary: all shows every factor it could vary as the same, in one extra run', async () => {
  const run = await runAction({ vary: 'all', runs: '2', folds: '2', epochs: '1', samples: '200', 'batch-size': '50', backend: 'wasm' });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'reproducible');
  assert.equal(run.outputs['sensitive-to'], '');
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as Report;
  const variations = report.variations!;
  assert.equal(variations.trials.length, 1);
  const status = Object.fromEntries(variations.factors.map((outcome) => [outcome.factor, outcome.status]));
  assert.deepEqual(Object.keys(status), [...VARY_FACTORS]);
  for (const factor of ['path', 'tz', 'env', 'umask'] as const) assert.equal(status[factor], 'same', factor);
  assert.equal(status.threads, 'not-varied');
  assert.equal(status['file-order'], 'not-varied');
  // The varied run trained every fold, as a control run does, and recorded how it was varied.
  assert.equal(variations.trials[0]!.run.folds.length, 2);
  assert.ok(variations.trials[0]!.run.variation?.tz);
  assert.match(run.summary, /### Conditions/);
  assert.match(run.summary, /\| `threads` \| the \\`threads\\` input sets the backend's threads/);
});

test("cli: across shows each leg's own variation results", async () => {
  const sensitive = await varyCli('tz', '--vary', 'tz', '--label', 'varied-leg');
  const plain = await varyCli('tz', '--label', 'plain-leg');
  assert.equal(sensitive.code, 1);
  assert.equal(plain.code, 0);
  const files = [sensitive, plain].map((run) => run.report.settings.reportDir!);
  const across = await tfReproIn(scratchDir('vary-across'), 'across', ...files.map((dir) => join(dir, 'report.json')), '--json');
  assert.equal(across.code, 0, across.stderr);
  const report = JSON.parse(across.stdout) as Report;
  assert.deepEqual(report.across?.legs[0]?.variations, { sensitiveTo: ['tz'], same: [], notVaried: [] });
  assert.equal(report.across?.legs[1]?.variations, undefined);
  const text = await tfReproIn(scratchDir('vary-across-text'), 'across', ...files.map((dir) => join(dir, 'report.json')));
  assert.match(text.stdout, /varied conditions/);
  assert.match(text.stdout, /varied-leg +reproducible +sensitive to tz /);
});

test('cli: diagnose and the cost table say the PyTorch thread setting is needed to pin the numbers, with the Δ', async (t) => {
  if (pythonFrameworks === null) return t.skip(pythonFrameworksMissing);
  if (availableParallelism() < 2) return t.skip('one CPU: PyTorch runs one thread with or without OMP_NUM_THREADS, so nothing moves');
  const cwd = scratchDir('vary-torch');
  const torchScript = join(repoRoot, 'test', 'fixtures', 'vary', 'torch_threads.py');
  const run = await tfReproIn(
    cwd,
    'diagnose',
    '--command',
    `${pythonFrameworks.python} ${torchScript}`,
    '--framework',
    'pytorch',
    '--compare-nondeterministic',
    '--report-dir',
    join(cwd, 'report'),
    '--quiet',
  );
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const report = JSON.parse(readFileSync(join(cwd, 'report', 'report.json'), 'utf8')) as Report;
  // Each side agrees with itself; without OMP_NUM_THREADS=1 PyTorch takes a thread per CPU, and the numbers move.
  assert.equal(report.cost?.case, 'needed-to-pin', report.cost?.explanation);
  assert.equal(report.cost?.sameNumbers, false);
  assert.equal(report.cost?.numbersDelta?.metric, 'loss');
  const threads = report.diagnosis?.settings.find((setting) => setting.name === 'OMP_NUM_THREADS');
  assert.equal(threads?.finding, 'pins-numbers', JSON.stringify(report.diagnosis));
  assert.ok(threads?.delta && threads.delta.control !== threads.delta.other, JSON.stringify(threads));
  assert.equal(report.diagnosis?.settings.find((setting) => setting.name === 'PYTHONHASHSEED')?.finding, 'not-needed');
  // The text as one line: where it wraps depends on the numbers' widths.
  const flat = run.stdout.replace(/\s+/g, ' ');
  assert.match(flat, /OMP_NUM_THREADS variable needed to pin the numbers [\d.]+ s the runs agree, but on other numbers \(Δ [-+\d.e]+: loss of fold 0: /);
  assert.match(flat, /Needed to pin the numbers: OMP_NUM_THREADS\./);
  assert.match(flat, /With every setting off, the runs still agree with each other \([\d.]+ s\), but on other numbers than with every setting on/);
  assert.match(flat, /Needed to pin the numbers\. Each side agrees with itself, but without the settings the numbers are other ones \(loss of fold 0: /);
});

test('cli: a model file with vary: tz, cpus stays the same in both, its weights compared with the control run', async () => {
  const cwd = scratchDir('vary-model');
  const run = await tfReproIn(
    cwd,
    'run',
    ...['--runs', '2', '--folds', '2', '--epochs', '1', '--batch-size', '50', '--samples', '300', '--backend', 'wasm'],
    ...['--model', join(repoRoot, 'test', 'fixtures', 'models', 'mlp.mjs'), '--vary', 'tz,cpus', '--json', '--quiet'],
  );
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as Report;
  const variations = report.variations!;
  assert.deepEqual(
    variations.factors.map((outcome) => [outcome.factor, outcome.status]),
    [
      ['tz', 'same'],
      ['cpus', availableParallelism() >= 2 ? 'same' : 'not-varied'],
    ],
  );
  // Same weights as the control run, fold by fold: the digests were compared, not only the metrics.
  const varied = variations.trials[0]!.run;
  assert.deepEqual(
    varied.folds.map((fold) => fold.weightsSha256),
    report.runs[0]!.folds.map((fold) => fold.weightsSha256),
  );
  assert.ok(varied.folds.every((fold) => typeof fold.weightsSha256 === 'string'));
});
