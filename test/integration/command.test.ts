// Command mode for real: Python scripts (python3 on PATH; test/fixtures/commands/fake_train.py,
// standard library only) run as fresh processes, their metrics read in each format, compared.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { processEnded } from '../../src/util/processes.js';
import type { Report } from '../../src/contracts/report.js';
import type { CheckSettings, CommandSettings } from '../../src/contracts/settings.js';
import { runCheck, type CheckOptions } from '../../src/engine/check.js';
import { repoRoot, tempDir } from '../support/paths.js';
import { waitFor } from '../support/processes.js';
import { checkSettings } from '../support/settings.js';
import { renderSummaryMarkdown } from '../../src/report/render.js';

const script = join(repoRoot, 'test', 'fixtures', 'commands', 'fake_train.py');
// One run at a time: these tests follow a run's own life (test/e2e/command-slots.test.ts has runs side by side).
const base: CheckSettings = checkSettings({ seed: 5, parallel: 1 });

async function check(
  command: string,
  options: Partial<CommandSettings> = {},
  settings: Partial<CheckSettings> = {},
  checkOptions: CheckOptions = {},
): Promise<{ report: Report; dir: string; cwd: string }> {
  const dir = tempDir('command-report');
  const cwd = options.workingDirectory ?? tempDir('command-cwd');
  const report = await runCheck(
    {
      ...base,
      reportDir: dir,
      ...settings,
      command: { command, workingDirectory: cwd, framework: 'tensorflow', metricsFile: null, timeoutMinutes: 0, artifacts: [], ...options },
    },
    checkOptions,
  );
  return { report, dir, cwd };
}

/** Whether a process is still there (a zombie, dead but not yet reaped by init, is not). */
const alive = (pid: number): boolean => !processEnded(pid);

/** Writes one fold of metrics, as a command that trained would. */
const WRITE_METRICS = `echo '{"0": {"loss": 1}}' > "$TF_REPRO_METRICS"`;

for (const format of ['json', 'json-list', 'jsonl', 'csv', 'experiment']) {
  test(`a seeded script writing ${format} metrics reproduces`, async () => {
    const { report, dir } = await check(`python3 ${script} --format ${format} --folds 3`);
    assert.equal(report.verdict, 'reproducible', `${report.summary}\n${report.errors.join('\n')}`);
    assert.equal(report.runs.length, 2);
    assert.deepEqual(
      report.runs[0]?.folds.map((f) => f.fold),
      [0, 1, 2],
    );
    assert.deepEqual(
      report.runs[1]?.folds.map((f) => f.metrics),
      report.runs[0]?.folds.map((f) => f.metrics),
    );
    assert.ok((report.runs[0]?.folds[0]?.metrics.accuracy ?? 0) > 0.5);
    for (const file of ['run-1.stdout.log', 'run-1.stderr.log', 'run-2.stdout.log', 'run-2.stderr.log']) assert.ok(existsSync(join(dir, 'logs', file)), file);
    assert.match(readFileSync(join(dir, 'logs', 'run-2.stdout.log'), 'utf8'), /trained 3 folds/);
  });
}

test("each run gets the framework's variables and TF_REPRO_SEED, TF_REPRO_RUN, TF_REPRO_METRICS", async () => {
  const cwd = tempDir('command-env');
  const dump = `python3 -c "import json, os; json.dump({k: v for k, v in os.environ.items() if k.startswith(('TF_', 'CUBLAS', 'PYTHONHASH', 'OMP_'))}, open('env-' + os.environ['TF_REPRO_RUN'] + '.json', 'w')); json.dump({'0': {'loss': 1.0}}, open(os.environ['TF_REPRO_METRICS'], 'w'))"`;
  const { report } = await check(dump, { workingDirectory: cwd, framework: 'pytorch' }, { seed: 11, threads: 2 });
  assert.equal(report.verdict, 'reproducible', report.summary);
  const env = JSON.parse(readFileSync(join(cwd, 'env-2.json'), 'utf8')) as Record<string, string>;
  assert.equal(env.CUBLAS_WORKSPACE_CONFIG, ':4096:8');
  assert.equal(env.PYTHONHASHSEED, '0');
  assert.equal(env.OMP_NUM_THREADS, '2');
  assert.equal(env.TF_REPRO_SEED, '11');
  assert.equal(env.TF_REPRO_RUN, '2');
  assert.match(env.TF_REPRO_METRICS ?? '', /metrics\/run-2\.metrics$/);
  assert.equal(report.command?.framework, 'pytorch');
  assert.equal(report.command?.variables.CUBLAS_WORKSPACE_CONFIG, ':4096:8');
  assert.deepEqual(report.command?.logs, ['logs/run-1.stdout.log', 'logs/run-1.stderr.log', 'logs/run-2.stdout.log', 'logs/run-2.stderr.log']);
});

test('an unseeded script does not reproduce, and the verdict says which folds differ', async () => {
  const { report } = await check(`python3 ${script} --unseeded --folds 3`);
  assert.equal(report.verdict, 'not-reproducible', report.summary);
  assert.match(report.summary, /^Not reproducible: folds 0, 1, 2 differ; largest difference .* in (loss|accuracy)/);
});

test('metrics read from metrics-file, relative to the working directory', async () => {
  const { report } = await check(`python3 ${script} --format csv --metrics-file metrics.csv`, { metricsFile: 'metrics.csv' });
  assert.equal(report.verdict, 'reproducible', report.summary);
  assert.match(report.command?.variables.TF_REPRO_METRICS ?? '', /\/metrics\.csv$/);
});

test("a metrics file that an earlier run left is not taken for this run's", async () => {
  const cwd = tempDir('command-stale');
  writeFileSync(join(cwd, 'metrics.json'), '{"0": {"loss": 1}}');
  const { report } = await check('python3 -c "print(\'forgot to write metrics\')"', { workingDirectory: cwd, metricsFile: 'metrics.json' });
  assert.equal(report.verdict, 'error');
  assert.match(report.errors[0] ?? '', /^run 1 failed: the metrics file metrics\.json is the one an earlier run left; this run did not write it/);
});

test('a command that exits non-zero fails the check with its exit code and the tail of its output', async () => {
  const { report, dir } = await check(
    `python3 -c "import sys; print('loading data'); print('RuntimeError: CUDA out of memory', file=sys.stderr); sys.exit(3)"`,
  );
  assert.equal(report.verdict, 'error');
  assert.equal(report.runs.length, 1, 'no run starts after a failed one');
  const error = report.errors[0] ?? '';
  assert.match(error, /^run 1 failed: the command exited with code 3 \(logs: logs\/run-1\.stdout\.log, logs\/run-1\.stderr\.log\)/);
  assert.match(error, /stderr, last lines:\nRuntimeError: CUDA out of memory/);
  assert.match(error, /stdout, last lines:\nloading data/);
  assert.equal(readFileSync(join(dir, 'logs', 'run-1.stderr.log'), 'utf8'), 'RuntimeError: CUDA out of memory\n');
});

// The script trains forever and its child sleeps 300 s: a check that waited for either would run
// past the test's time limit, which is generous for a busy machine. No clock is read.
test('a command that hangs past timeout-minutes is killed with every process it started', { timeout: 200_000 }, async () => {
  const cwd = tempDir('command-hang');
  const pidFile = join(cwd, 'child.pid');
  const { report } = await check(`python3 ${script} --hang ${pidFile}`, { workingDirectory: cwd, timeoutMinutes: 0.1 });
  assert.equal(report.verdict, 'error');
  assert.match(report.errors[0] ?? '', /^run 1 failed: it ran past timeout-minutes \(6 seconds\) and was killed with every process it started/);
  assert.match(report.errors[0] ?? '', /stdout, last lines:\ntraining forever/);
  // The script's child (sleep 300) went with it: no such process, or only its zombie until init reaps it.
  assert.ok(existsSync(pidFile), 'the script did not get as far as starting its child');
  const pid = Number(readFileSync(pidFile, 'utf8'));
  assert.ok(!alive(pid), `process ${pid} is still there`);
});

test('a process the command detached with setsid, out of its process group, ends with its run', async () => {
  const cwd = tempDir('command-setsid');
  // The detached process writes its pid once it is in its own session; the command waits for that.
  const detach = `setsid sh -c 'echo $$ > detached-$TF_REPRO_RUN.pid; exec sleep 300' > /dev/null 2>&1 & while [ ! -s detached-$TF_REPRO_RUN.pid ]; do sleep 0.05; done`;
  const { report } = await check(`${detach}; ${WRITE_METRICS}`, { workingDirectory: cwd });
  assert.equal(report.verdict, 'reproducible', report.summary);
  for (const run of [1, 2]) {
    const pid = Number(readFileSync(join(cwd, `detached-${run}.pid`), 'utf8'));
    assert.ok(!alive(pid), `the process run ${run} detached (${pid}) outlived its run`);
  }
});

// Run 2 sleeps 300 s: a cancel that waited for it would run past the test's time limit.
test('a cancelled check kills the running command, starts no other, and keeps the runs that finished', { timeout: 200_000 }, async () => {
  const cwd = tempDir('command-cancel');
  const controller = new AbortController();
  // The cancel comes once run 2 has detached its process (it wrote its pid), not after a guessed time.
  const cancelOnceDetached = (): void =>
    void waitFor(() => existsSync(join(cwd, 'detached.pid')) && readFileSync(join(cwd, 'detached.pid'), 'utf8').endsWith('\n'), 'run 2 to detach').then(() =>
      controller.abort('SIGTERM'),
    );
  const { report } = await check(
    `if [ "$TF_REPRO_RUN" = 2 ]; then setsid sleep 300 > /dev/null 2>&1 & echo $! > detached.pid; sleep 300; fi; ${WRITE_METRICS}`,
    { workingDirectory: cwd },
    { runs: 3 },
    { signal: controller.signal, hooks: { onRunStart: (run) => void (run === 2 && cancelOnceDetached()) } },
  );
  assert.equal(report.verdict, 'error');
  assert.equal(report.summary, 'Cancelled (SIGTERM) before the check finished: 1 run had finished; its results are kept.');
  assert.equal(report.errors[0], 'the check was cancelled (SIGTERM)');
  assert.deepEqual(
    report.runs.map((run) => run.status),
    ['ok', 'failed'],
    'run 3 never started',
  );
  assert.deepEqual(
    report.runs[0]?.folds.map((fold) => fold.metrics),
    [{ loss: 1 }],
  );
  assert.match(report.runs[1]?.error ?? '', /^run 2 failed: the check was cancelled \(SIGTERM\) and the command killed with every process it started/);
  const pid = Number(readFileSync(join(cwd, 'detached.pid'), 'utf8'));
  assert.ok(!alive(pid), `the detached process ${pid} outlived the cancel`);
});

test('a cancel that comes as a run starts, before its command is spawned, still kills that command', { timeout: 200_000 }, async () => {
  const cwd = tempDir('command-cancel-at-start');
  const controller = new AbortController();
  const { report } = await check(
    `if [ "$TF_REPRO_RUN" = 2 ]; then sleep 300; fi; ${WRITE_METRICS}`,
    { workingDirectory: cwd },
    { runs: 3 },
    { signal: controller.signal, hooks: { onRunStart: (run) => void (run === 2 && controller.abort('SIGTERM')) } },
  );
  assert.equal(report.verdict, 'error');
  assert.deepEqual(
    report.runs.map((run) => run.status),
    ['ok', 'failed'],
  );
  assert.match(report.runs[1]?.error ?? '', /^run 2 failed: the check was cancelled \(SIGTERM\)/);
});

test('without a report directory the logs live in a temporary directory that goes at the end', async () => {
  const tmp = tempDir('command-tmpdir');
  const before = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  try {
    const { report } = await check(WRITE_METRICS, {}, { reportDir: null });
    assert.equal(report.verdict, 'reproducible', report.summary);
    assert.deepEqual(report.command?.logs, [], 'no log to point at');
    const failed = await check('echo oops >&2; exit 3', {}, { reportDir: null });
    assert.match(failed.report.errors[0] ?? '', /^run 1 failed: the command exited with code 3\nstderr, last lines:\noops$/, 'no log file named that is gone');
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  }
  // The test's own directories went there too; the check's are tf-repro-command-XXXXXX.
  assert.deepEqual(
    readdirSync(tmp).filter((name) => /^tf-repro-command-\w{6}$/.test(name)),
    [],
  );
});

test('malformed metrics fail the check with the file, the line and the reason', async () => {
  const { report } = await check(`python3 ${script} --malformed`);
  assert.equal(report.verdict, 'error');
  assert.match(
    report.errors[0] ?? '',
    /^run 1: malformed metrics: .*\/metrics\/run-1\.metrics:3: loss 'zero point five' is not a number \(fold 1\) \(read as CSV\)$/,
  );
});

test('a command that writes no metrics is told where to write them', async () => {
  const { report } = await check('true');
  assert.match(
    report.errors[0] ?? '',
    /^run 1 failed: the command wrote no metrics; write them to the path in \$TF_REPRO_METRICS, or name the file it writes with 'metrics-file'$/,
  );
});

test('artifacts that are the same in every run are listed as agreeing', async () => {
  const { report } = await check(`python3 ${script} --artifact weights.bin`, { artifacts: ['*.bin'] });
  assert.equal(report.verdict, 'reproducible', report.summary);
  assert.match(report.summary, /the artifact is bitwise identical across runs\.$/);
  assert.equal(report.artifacts?.length, 1);
  assert.equal(report.artifacts?.[0]?.path, 'weights.bin');
  assert.deepEqual(
    report.artifacts?.[0]?.groups.map((g) => g.runs),
    [[1, 2]],
  );
  assert.match(report.runs[0]?.artifacts?.['weights.bin'] ?? '', /^[0-9a-f]{64}$/);
});

test('artifacts that differ between runs make the check not reproducible, though the metrics agree', async () => {
  const { report } = await check(`python3 ${script} --artifact out/weights.bin --run-stamp out/stamp.txt`, { artifacts: ['out/**'] }, { runs: 3 });
  assert.equal(report.verdict, 'not-reproducible', report.summary);
  assert.equal(report.summary, 'Not reproducible: the metrics agree but an artifact differs between runs: out/stamp.txt (run 1 | run 2 | run 3).');
  assert.deepEqual(
    report.artifacts?.map((a) => [a.path, a.identical]),
    [
      ['out/stamp.txt', false],
      ['out/weights.bin', true],
    ],
  );
  const summary = renderSummaryMarkdown(report);
  assert.match(summary, /### Artifacts/);
  assert.match(summary, /\| out\/stamp\.txt \| [0-9a-f]{12} run 1 \\\| [0-9a-f]{12} run 2 \\\| [0-9a-f]{12} run 3 \| ❌ \|/);
});

test('with a tolerance, differing artifacts are a warning, not the verdict', async () => {
  const { report } = await check(`python3 ${script} --run-stamp stamp.txt`, { artifacts: ['stamp.txt'] }, { tolerance: 1e-9 });
  assert.equal(report.verdict, 'reproducible', report.summary);
  assert.match(report.warnings.join('\n'), /An artifact differs between runs: stamp\.txt/);
});

test('an artifact named __proto__ is compared like any other file', async () => {
  const { report } = await check(`${WRITE_METRICS} && echo same > __proto__`, { artifacts: ['__proto__'] });
  assert.equal(report.verdict, 'reproducible', report.summary);
  assert.deepEqual(
    report.artifacts?.map((a) => a.path),
    ['__proto__'],
  );
  assert.ok(
    report.runs.every((run) => Object.hasOwn(run.artifacts ?? {}, '__proto__')),
    JSON.stringify(report.runs.map((run) => run.artifacts)),
  );
});
