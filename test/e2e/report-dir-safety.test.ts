// The report directory as a user meets it through bin/tf-repro.js (issue 20, defects 5 and 10): a
// full disk keeps the earlier report whole and still prints this one; two checks given the same
// directory do not mix their files (the second stops with one error), a lock left by a killed
// check is taken over; and user text in reports and lists of runs never makes a message of
// hundreds of kilobytes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { REPORT_SCHEMA_VERSION } from '../../src/contracts/report.js';
import { tfRepro, tfReproIn, type CliRun } from '../support/cli.js';
import { cliBin, scratchDir } from '../support/paths.js';

const experiment = (loss: number) => `20250101-000000\n0 ${loss} 0.9\n1 ${loss} 0.8\n`;

/** bin/tf-repro.js in a shell that first limits the size of any file it writes (`ulimit -f`, in 512-byte blocks): a disk that fills up. */
function tfReproWithFileLimit(blocks: number, ...args: string[]): Promise<CliRun> {
  const quoted = args.map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(' ');
  const child = spawn('sh', ['-c', `ulimit -f ${blocks} && exec '${process.execPath}' '${cliBin}' ${quoted}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

test('a disk that fills while the report is written: the earlier report stays whole, this one is printed, one clear error', async () => {
  const dir = scratchDir('report-disk-full');
  const [a, b] = [join(dir, 'a.txt'), join(dir, 'b.txt')];
  writeFileSync(a, experiment(0.5));
  writeFileSync(b, experiment(0.25));
  const reportDir = join(dir, 'report');
  const earlier = await tfRepro('compare', a, a, '--report-dir', reportDir);
  assert.equal(earlier.code, 0, earlier.stderr);
  const files = ['report.json', 'results.txt', 'summary.md'];
  const before = files.map((name) => readFileSync(join(reportDir, name), 'utf8'));

  // 1 block: no report file fits, as on a full disk (the write fails with EFBIG, as it would with ENOSPC).
  const full = await tfReproWithFileLimit(1, 'compare', a, b, '--report-dir', reportDir);
  assert.equal(full.code, 2, full.stderr);
  assert.match(full.stdout, /^Not reproducible: /, 'the report is printed all the same');
  assert.match(
    full.stderr,
    /^tf-repro: 'report-dir': the report could not be written in .*report \(the file grew past the largest size allowed here, EFBIG\); the files an earlier check wrote there are left as they were\n$/,
  );
  assert.deepEqual(
    files.map((name) => readFileSync(join(reportDir, name), 'utf8')),
    before,
    'the earlier report is left whole',
  );
  assert.deepEqual(readdirSync(reportDir).sort(), files, 'no temporary file is left behind');
});

test('two checks given one report-dir: the second stops at once with one error, the first finishes and writes its report', async () => {
  const dir = scratchDir('report-dir-lock');
  const reportDir = join(dir, 'report');
  const go = join(dir, 'go');
  const started = join(dir, 'started');
  // The first check's command waits until the test lets it go, so that the second starts while the first holds the folder.
  const command = `touch '${started}'; while [ ! -e '${go}' ]; do sleep 0.1; done; printf '{"0": {"loss": 0.5}}' > "$TF_REPRO_METRICS"`;
  const first = tfRepro('run', '--runs', '2', '--quiet', '--report-dir', reportDir, '--command', command);
  while (!existsSync(started)) await sleep(100);
  try {
    const second = await tfRepro('run', '--runs', '2', '--quiet', '--report-dir', reportDir, '--command', 'true');
    assert.equal(second.code, 2, second.stderr);
    assert.match(
      second.stderr,
      /^tf-repro: 'report-dir': .*report is in use by another check \(process \d+ on .*, since .*\); give each check a report-dir of its own, or wait for that one to end \(remove .*\.tf-repro\.lock if no check is running\)\n$/,
    );
    assert.equal(second.stdout, '');
  } finally {
    // Whatever the second gave, the first is let go: it must not wait for ever.
    writeFileSync(go, '');
  }
  const firstEnded = await first;
  assert.equal(firstEnded.code, 0, firstEnded.stderr);
  // The folder's layout is what it was before the lock: the lock goes with the check.
  assert.deepEqual(readdirSync(reportDir).sort(), ['environment', 'logs', 'metrics', 'report.json', 'summary.md', 'traces']);
  const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as { verdict: string; runs: unknown[] };
  assert.equal(report.verdict, 'reproducible');
  assert.equal(report.runs.length, 2);
});

test('a lock left by a check that was killed (its process gone) is taken over', async () => {
  const dir = scratchDir('report-dir-stale');
  const reportDir = join(dir, 'report');
  mkdirSync(reportDir);
  // A process that has ended: its pid names no process now.
  const gone = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => gone.on('close', resolve));
  writeFileSync(join(reportDir, '.tf-repro.lock'), `${JSON.stringify({ pid: gone.pid, host: hostname(), since: '2026-01-01T00:00:00.000Z' })}\n`);
  const run = await tfRepro('run', '--runs', '2', '--quiet', '--report-dir', reportDir, '--command', `printf '{"0": {"loss": 0.5}}' > "$TF_REPRO_METRICS"`);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(existsSync(join(reportDir, '.tf-repro.lock')), false);
});

test("a leg's label of 200,000 characters and an error over 998 runs stay short in every message", async () => {
  const dir = scratchDir('report-user-text');
  const legs = ['one', 'two'].map((name) => join(dir, name));
  for (const leg of legs) {
    const run = await tfRepro(
      'run',
      '--runs',
      '2',
      '--quiet',
      '--label',
      'leg',
      '--report-dir',
      leg,
      '--command',
      `printf '{"0": {"loss": 0.5}}' > "$TF_REPRO_METRICS"`,
    );
    assert.equal(run.code, 0, run.stderr);
  }
  const path = join(legs[1]!, 'report.json');
  const label = 'L'.repeat(200_000);
  writeFileSync(path, JSON.stringify({ ...(JSON.parse(readFileSync(path, 'utf8')) as object), label }));
  const across = await tfReproIn(dir, 'across', join(legs[0]!, 'report.json'), path, '--report-dir', join(dir, 'across'));
  assert.equal(across.code, 0, across.stderr);
  for (const [what, text] of [
    ['stdout', across.stdout],
    ['summary.md', readFileSync(join(dir, 'across', 'summary.md'), 'utf8')],
  ] as const) {
    assert.ok(text.includes(`${'L'.repeat(200)}…`), `${what} shows the label's start`);
    assert.ok(!text.includes('L'.repeat(201)), `${what} holds no more than 200 characters of it`);
    assert.ok(text.length < 50_000, `${what} is ${text.length} characters`);
  }

  // 1,000 runs of which 998 failed: the error names ten and counts the rest.
  const fold = { fold: 0, metrics: { loss: 0.5 }, weightsSha256: null, trainSeconds: null };
  const runs = Array.from({ length: 1000 }, (_, i) =>
    i < 2
      ? { role: 'control', status: 'ok', error: null, folds: [fold] }
      : { role: 'control', status: 'failed', error: 'the command exited with code 1', folds: [] },
  );
  const many = join(dir, 'many.json');
  writeFileSync(many, JSON.stringify({ schemaVersion: REPORT_SCHEMA_VERSION, runs }));
  const compared = await tfRepro('compare', many);
  assert.equal(compared.code, 2, compared.stderr);
  assert.match(compared.stdout, /runs 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, … and 988 more failed/);
  for (const line of `${compared.stdout}${compared.stderr}`.split('\n'))
    assert.ok(line.length < 2_000, `a line of ${line.length} characters: ${line.slice(0, 200)}…`);
});
