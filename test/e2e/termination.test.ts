// A check stopped part-way, through what users run (bin/tf-repro.js, dist/index.js): a signal in
// each stage, and a report directory that cannot be used. Every process the check started, at any
// depth and whatever left its process group, must be gone when it exits (test/support/processes.ts
// follows them by a variable in their environment); the exit code says what happened; what
// finished is in the report.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { bundle, cliBin, tempDir } from '../support/paths.js';
import { follow, waitFor, type Followed } from '../support/processes.js';
import { parseOutputFile, runnerEnvironment } from '../support/runner.js';

const quick = ['--folds', '2', '--epochs', '1', '--samples', '300', '--batch-size', '50', '--backend', 'wasm'];
const EXIT_SIGINT = 130;
const EXIT_SIGTERM = 143;

/** Its exit code, once nothing it started is left (a killed process takes a moment to go). */
async function endOf(check: Followed): Promise<number> {
  try {
    const code = await check.exited;
    await waitFor(() => check.marked().length === 0, 'no process left', 1000).catch(() => {
      throw new Error(
        `processes left behind: ${check
          .marked()
          .map((pid) => `${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')}`)
          .join('; ')}`,
      );
    });
    return code;
  } finally {
    check.cleanUp();
  }
}

function reportIn(dir: string): Report {
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
}

test('CLI: SIGTERM while workers train ends them all, exits 143, and keeps the runs that finished', async () => {
  const dir = tempDir('term-train');
  // One run after another (no fail-fast, whose plan lets the runs take turns fold by fold).
  const check = follow([cliBin, 'run', ...quick, '--runs', '3', '--parallel', '1', '--no-fail-fast', '--report-dir', dir]);
  // Run 1 finished and run 2's process started (each lives a second or more, so every one is seen):
  // a worker is training, and run 3's cannot start before it ends.
  const seen = new Set<number>();
  await waitFor(() => {
    for (const pid of check.workers()) seen.add(pid);
    return seen.size >= 2 && check.stderr().includes('run 1 of 3, fold 1 (2 of 2)');
  }, "run 2's process");
  check.child.kill('SIGTERM');
  assert.equal(await endOf(check), EXIT_SIGTERM, check.stderr());
  const report = reportIn(dir);
  assert.equal(report.verdict, 'error');
  assert.equal(report.errors[0], 'the check was cancelled (SIGTERM)');
  assert.equal(report.runs[0]?.status, 'ok');
  assert.equal(report.runs[0]?.folds.length, 2);
  assert.ok(!report.runs.some((run) => run.run === 3), 'run 3 never started');
  assert.match(check.stdout(), /^Cancelled \(SIGTERM\) before the check finished: 1 run had finished; its results are kept\./);
});

test('CLI: SIGINT while the native backend installs ends the install, exits 130, reports no run', async () => {
  const dir = tempDir('term-prepare');
  const bin = tempDir('fake-npm');
  const npm = join(bin, 'npm');
  // An install that never ends, as one stuck on a slow mirror.
  writeFileSync(npm, `#!/bin/sh\necho $$ > ${join(bin, 'started')}\nexec sleep 300\n`);
  chmodSync(npm, 0o755);
  const check = follow([cliBin, 'run', ...quick.slice(0, -2), '--runs', '2', '--backend', 'tensorflow', '--report-dir', dir], {
    env: { ...process.env, TF_REPRO_NPM: npm, RUNNER_TOOL_CACHE: tempDir('toolcache') },
  });
  await waitFor(() => existsSync(join(bin, 'started')), 'the install to start');
  check.child.kill('SIGINT');
  assert.equal(await endOf(check), EXIT_SIGINT, check.stderr());
  const report = reportIn(dir);
  assert.equal(report.verdict, 'error');
  assert.equal(report.summary, 'Cancelled (SIGINT) before the check finished: no run had finished.');
  assert.deepEqual(report.runs, []);
});

test('CLI: SIGTERM while a command runs ends it and what it detached, exits 143', async () => {
  const dir = tempDir('term-command');
  const check = follow([cliBin, 'run', '--runs', '2', '--command', 'setsid sleep 300 > /dev/null 2>&1 & sleep 300', '--report-dir', dir]);
  await waitFor(() => check.marked().length >= 4, 'the command, its sleep and the detached one');
  check.child.kill('SIGTERM');
  assert.equal(await endOf(check), EXIT_SIGTERM, check.stderr());
  const report = reportIn(dir);
  assert.equal(report.verdict, 'error');
  assert.match(report.runs[0]?.error ?? '', /^run 1 failed: the check was cancelled \(SIGTERM\)/);
});

test('action: SIGINT while workers train ends them all; outputs say error; exit 130', async () => {
  const runner = runnerEnvironment({ runs: '2', folds: '2', epochs: '1', samples: '300', 'batch-size': '50', backend: 'wasm', parallel: '1' });
  const check = follow([bundle], { env: runner.env, cwd: runner.home });
  await waitFor(() => check.workers().length > 0, 'a worker');
  check.child.kill('SIGINT');
  assert.equal(await endOf(check), EXIT_SIGINT, check.stdout());
  const outputs = parseOutputFile(readFileSync(runner.outputFile, 'utf8'));
  assert.equal(outputs.verdict, 'error');
  assert.equal(outputs.reproducible, 'false');
  assert.match(check.stdout(), /^::error::the check was cancelled \(SIGINT\)$/m);
  assert.equal(reportIn(join(runner.env.RUNNER_TEMP, 'tf-repro-report')).verdict, 'error');
});

test('action: SIGTERM while a command runs; a second signal does not wait for the report', async () => {
  const runner = runnerEnvironment({ runs: '2', command: 'setsid sleep 300 > /dev/null 2>&1 & sleep 300' });
  const check = follow([bundle], { env: runner.env, cwd: runner.home });
  await waitFor(() => check.marked().length >= 4, 'the command, its sleep and the detached one');
  check.child.kill('SIGTERM');
  check.child.kill('SIGTERM');
  assert.equal(await endOf(check), EXIT_SIGTERM, check.stdout());
});

const unusableReportDirs: [string, () => string, RegExp][] = [
  [
    'an existing file',
    () => {
      const file = join(tempDir('report-file'), 'report');
      writeFileSync(file, '');
      return file;
    },
    /'report-dir': .*\/report cannot be used \(.*\/report is a file, not a directory\); give a directory that can be created and written/,
  ],
  ['a path in /proc', () => '/proc/tf-repro-report', /'report-dir': \/proc\/tf-repro-report cannot be used \(no directory can be made in \/proc\)/],
];

for (const [what, make, message] of unusableReportDirs) {
  test(`report-dir ${what}: one clear error before anything starts, exit 2, no process left`, { timeout: 60_000 }, async () => {
    const dir = make();
    const cli = follow([cliBin, 'run', ...quick, '--runs', '2', '--report-dir', dir]);
    assert.equal(await endOf(cli), 2, cli.stderr());
    assert.match(cli.stderr(), message);
    assert.equal(cli.stderr().trim().split('\n').length, 1, cli.stderr());

    const runner = runnerEnvironment({ runs: '2', folds: '2', epochs: '1', samples: '300', backend: 'wasm', 'report-dir': dir });
    const action = follow([bundle], { env: runner.env, cwd: runner.home });
    assert.equal(await endOf(action), 2, action.stdout());
    const errors = action
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('::error::'));
    assert.equal(errors.length, 1, action.stdout());
    assert.match(errors[0] ?? '', message);
    assert.equal(parseOutputFile(readFileSync(runner.outputFile, 'utf8')).verdict, 'error');
  });
}
