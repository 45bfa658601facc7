// The trace a command writes to $TF_REPRO_TRACE, for real: Python scripts (python3 on PATH, standard
// library only; test/fixtures/commands/) with real sources of non-determinism, run as fresh
// processes, their traces read as they grow and kept in each run's result; `stop` and `onTrace`,
// the hooks fail-fast uses; and `variablesOff`, what diagnose switches off one at a time.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { processEnded } from '../../src/util/processes.js';
import { type Report } from '../../src/contracts/report.js';
import { WHOLE_MODEL, type TraceCheckpoint } from '../../src/contracts/run-result.js';
import { type CheckSettings, type CommandSettings } from '../../src/contracts/settings.js';
import { parseTraceFile } from '../../src/comparison/trace-file.js';
import { DETERMINISM_VARIABLES } from '../../src/determinism/environment.js';
import { runCheck } from '../../src/engine/check.js';
import { runCommands, type CommandRunOptions } from '../../src/runs/command-runs.js';
import { pythonPackageSource, repoRoot, tempDir } from '../support/paths.js';
import { checkSettings } from '../support/settings.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'commands');
// -B: no __pycache__ left beside the fixtures.
const clockShuffle = `python3 -B ${join(fixtures, 'clock-shuffle.py')}`;
const stringHash = `python3 -B ${join(fixtures, 'string-hash.py')}`;

function commandSettings(command: string, changes: Partial<CommandSettings> = {}): CommandSettings {
  return { command, workingDirectory: tempDir('trace-cwd'), framework: 'tensorflow', metricsFile: null, timeoutMinutes: 1, artifacts: [], ...changes };
}

async function check(command: string, settings: Partial<CheckSettings> = {}): Promise<Report> {
  // One run at a time, as these tests' runs order expects (test/e2e/command-slots.test.ts has runs side by side).
  return runCheck({ ...checkSettings({ seed: 7, reportDir: tempDir('trace-report'), parallel: 1 }), ...settings, command: commandSettings(command) });
}

function commandRuns(command: string, options: Partial<CommandRunOptions> = {}): ReturnType<typeof runCommands> {
  return runCommands({
    command: commandSettings(command),
    runs: 2,
    seed: 7,
    deterministic: true,
    threads: 1,
    outputDir: tempDir('trace-out'),
    logsKept: true,
    checkId: `trace-test-${process.pid}`,
    ...options,
  });
}

const place = (c: TraceCheckpoint): string => `fold ${c.fold}, epoch ${c.epoch}${c.batch === null ? '' : `, batch ${c.batch}`}`;

/** Where two traces first differ, read straight off them: the checkpoint and the variables that differ there. */
function firstDifference(a: TraceCheckpoint[], b: TraceCheckpoint[]): { at: string; variables: string[] } | null {
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const [x, y] = [a[k], b[k]];
    if (!x || !y) return { at: `checkpoint ${k + 1} is missing in one run`, variables: [] };
    assert.equal(place(y), place(x), 'the runs traced different checkpoints');
    const variables = Object.keys(x.digests).filter((name) => x.digests[name] !== y.digests[name]);
    if (variables.length > 0) return { at: place(x), variables };
  }
  return null;
}

/** Whether a process is still there (a zombie, dead but not yet reaped by init, is not). */
const alive = (pid: number): boolean => !processEnded(pid);

test('a shuffle seeded from the clock from epoch 2 of fold 1: the traces first differ there, and only fold 1 differs', async () => {
  // Both runs whole, fail-fast off: with it on, run 2 ends the moment the trace's reader sees fold 1
  // parting, which on a busy machine comes before the script's end (the next test).
  const report = await check(clockShuffle, { failFast: false });
  assert.equal(report.verdict, 'not-reproducible', `${report.summary}\n${report.errors.join('\n')}`);
  assert.deepEqual(
    report.comparison.folds.map((fold) => [fold.fold, fold.matches]),
    [
      [0, true],
      [1, false],
      [2, true],
    ],
  );
  const [one, two] = report.runs.map((run) => run.trace ?? []);
  assert.ok(one && two);
  // 3 folds × (initialisation + 3 epochs), each of the two variables.
  assert.deepEqual(
    one.map(place),
    [0, 1, 2].flatMap((fold) => [0, 1, 2, 3].map((epoch) => `fold ${fold}, epoch ${epoch}`)),
  );
  assert.deepEqual(Object.keys(one[0]?.digests ?? {}), ['dense/kernel', 'dense/bias']);
  assert.equal(one[0]?.valLoss, undefined, 'no validation loss after initialisation');
  assert.ok(one.filter((c) => c.epoch > 0).every((c) => typeof c.valLoss === 'number' && c.valLoss > 0));
  assert.deepEqual(firstDifference(one, two), { at: 'fold 1, epoch 2', variables: ['dense/kernel', 'dense/bias'] });
  // Fold 2 starts from the seed again: its checkpoints agree.
  assert.deepEqual(
    one.filter((c) => c.fold === 2),
    two.filter((c) => c.fold === 2),
  );
  assert.match(report.command?.runVariables?.[0]?.TF_REPRO_TRACE ?? '', /\/traces\/run-1\.jsonl$/);
});

test('with fail-fast, a slow run is stopped where it parts: fold 1, epoch 2, and no run has metrics to compare', async () => {
  // A second per epoch: the reader (every 150 ms) sees fold 1 part seconds before the run could end.
  const report = await check(`${clockShuffle} --sleep 1`);
  assert.equal(report.verdict, 'not-reproducible', `${report.summary}\n${report.errors.join('\n')}`);
  assert.deepEqual(
    report.runs.map((run) => run.status),
    ['ok', 'stopped'],
  );
  assert.equal(report.work?.stoppedEarly, true);
  assert.deepEqual(report.divergence && { fold: report.divergence.fold, epoch: report.divergence.epoch, runs: report.divergence.runs }, {
    fold: 1,
    epoch: 2,
    runs: [1, 2],
  });
  // The script writes its metrics at the end: the stopped run has none, so no fold is compared.
  assert.deepEqual(report.runs[1]?.folds, []);
  assert.deepEqual(report.comparison.folds, []);
  const [one, two] = report.runs.map((run) => run.trace ?? []);
  assert.deepEqual(firstDifference(one ?? [], two ?? []), { at: 'fold 1, epoch 2', variables: ['dense/kernel', 'dense/bias'] });
});

test('with per-batch checkpoints the clock-seeded shuffle shows at fold 1, epoch 2, batch 1', async () => {
  const { runs } = await commandRuns(`${clockShuffle} --batches`);
  assert.deepEqual(
    runs.map((run) => run.status),
    ['ok', 'ok'],
    runs.map((run) => run.error).join('\n'),
  );
  const [one, two] = runs.map((run) => run.trace ?? []);
  // 160 training examples in batches of 16: 10 batches, then the epoch's end.
  assert.equal(one?.filter((c) => c.fold === 0 && c.epoch === 1).length, 11);
  assert.deepEqual(firstDifference(one ?? [], two ?? []), { at: 'fold 1, epoch 2, batch 1', variables: ['dense/kernel', 'dense/bias'] });
});

test('ordered by string hash: the runs agree with the framework preset and differ with PYTHONHASHSEED off, even where the runner sets it', async () => {
  const agreed = await check(stringHash);
  assert.equal(agreed.verdict, 'reproducible', `${agreed.summary}\n${agreed.errors.join('\n')}`);
  assert.deepEqual(agreed.runs[1]?.trace, agreed.runs[0]?.trace);
  assert.equal(agreed.runs[0]?.trace?.length, 12);

  const before = process.env.PYTHONHASHSEED;
  process.env.PYTHONHASHSEED = '0';
  try {
    const parted = await check(stringHash, { variablesOff: ['PYTHONHASHSEED'] });
    assert.equal(parted.verdict, 'not-reproducible', parted.summary);
    assert.equal(parted.command?.variables.PYTHONHASHSEED, undefined);
    assert.equal(parted.command?.variables.TF_DETERMINISTIC_OPS, '1');
    assert.deepEqual(parted.settings.variablesOff, ['PYTHONHASHSEED']);
    // Initialisation is seeded; the first epoch's order is the hash's.
    assert.deepEqual(firstDifference(parted.runs[0]?.trace ?? [], parted.runs[1]?.trace ?? []), {
      at: 'fold 0, epoch 1',
      variables: ['dense/kernel', 'dense/bias'],
    });
  } finally {
    if (before === undefined) delete process.env.PYTHONHASHSEED;
    else process.env.PYTHONHASHSEED = before;
  }
});

for (const variable of DETERMINISM_VARIABLES.filter((name) => name !== 'PYTHONHASHSEED')) {
  test(`ordered by string hash: with ${variable} alone off the runs still agree`, async () => {
    const report = await check(stringHash, { variablesOff: [variable] });
    assert.equal(report.verdict, 'reproducible', `${report.summary}\n${report.errors.join('\n')}`);
    assert.ok(!(variable in (report.command?.variables ?? {})), `${variable} was set`);
    assert.equal(report.command?.variables.PYTHONHASHSEED, '0');
    assert.deepEqual(report.runs[1]?.trace, report.runs[0]?.trace);
  });
}

test('onTrace sees checkpoints while the command runs, and stop kills it: the run is stopped, its trace kept, no run starts after', async () => {
  const cwd = tempDir('trace-stop');
  const stop = new AbortController();
  const seen: TraceCheckpoint[] = [];
  const whileRunning: boolean[] = [];
  const started: number[] = [];
  // 3 folds of 20 epochs of 2 s each: two minutes a run, were it not stopped, and then the
  // background sleep of its process group (300 s): a stop that came late shows in the checkpoints
  // seen, with seconds to spare on a busy machine, not in a clock.
  const command = `sleep 300 & echo $! > sleep.pid; ${clockShuffle} --epochs 20 --sleep 2 --pid-file python.pid; wait`;
  const { runs } = await commandRuns(command, {
    command: commandSettings(command, { workingDirectory: cwd }),
    runs: 3,
    stop: stop.signal,
    hooks: { onRunStart: (run) => started.push(run) },
    onTrace: (run, checkpoint) => {
      assert.equal(run, 1);
      seen.push(checkpoint);
      whileRunning.push(alive(Number(readFileSync(join(cwd, 'python.pid'), 'utf8'))));
      if (checkpoint.fold === 0 && checkpoint.epoch === 2) stop.abort('diverged');
    },
  });
  assert.deepEqual(started, [1], 'no run starts after a stop');
  assert.equal(runs.length, 1);
  const [run] = runs;
  assert.equal(run?.status, 'stopped');
  assert.equal(run?.error, null);
  assert.deepEqual(run?.folds, [], 'it wrote no metrics before it was stopped');
  assert.deepEqual(seen.slice(0, 3).map(place), ['fold 0, epoch 0', 'fold 0, epoch 1', 'fold 0, epoch 2']);
  assert.deepEqual(whileRunning.slice(0, 3), [true, true, true], 'onTrace came only after the command had ended');
  // What it traced before it was killed is kept, and onTrace saw all of it, the last checkpoint at the end.
  assert.deepEqual(run?.trace, seen);
  assert.ok(seen.length < 10, `${seen.length} checkpoints: the stop came late`);
  for (const file of ['python.pid', 'sleep.pid']) {
    const pid = Number(readFileSync(join(cwd, file), 'utf8'));
    assert.ok(!alive(pid), `${file}: process ${pid} outlived the stop`);
  }
});

test('a run stopped while it writes its metrics keeps the folds it wrote whole, not a line cut short', async () => {
  const cwd = tempDir('trace-stop-cut');
  const stop = new AbortController();
  // Fold 1's line is cut in the middle of its number (0.12 of 0.1234); then two checkpoints, and a long wait for the stop.
  const command = [
    `printf 'fold,loss\\n0,0.5\\n1,0.12' > "$TF_REPRO_METRICS"`,
    `printf '%s\\n' '{"fold": 0, "epoch": 0, "digest": "a"}' '{"fold": 0, "epoch": 1, "digest": "b"}' > "$TF_REPRO_TRACE"`,
    'sleep 300',
  ].join('; ');
  const { runs } = await commandRuns(command, {
    command: commandSettings(command, { workingDirectory: cwd }),
    runs: 1,
    stop: stop.signal,
    onTrace: () => stop.abort('diverged'),
  });
  assert.equal(runs[0]?.status, 'stopped', runs[0]?.error ?? '');
  assert.deepEqual(
    runs[0]?.folds.map((fold) => [fold.fold, fold.metrics]),
    [[0, { loss: 0.5 }]],
  );
});

test('a stop before the first run starts none', async () => {
  const stop = new AbortController();
  stop.abort('diverged');
  const { runs } = await commandRuns(clockShuffle, { stop: stop.signal });
  assert.deepEqual(runs, []);
});

test('a malformed trace fails the run with the file, the line and the reason', async () => {
  const write = `printf '{"fold": 0, "epoch": 0, "digest": "a"}\\n{"fold": 0, "epoch": 1, "digest": ""}\\n' > "$TF_REPRO_TRACE"; echo '{"0": {"loss": 1}}' > "$TF_REPRO_METRICS"`;
  const report = await check(write);
  assert.equal(report.verdict, 'error');
  assert.equal(report.runs.length, 1);
  assert.match(
    report.errors[0] ?? '',
    /^run 1: malformed trace: \/.*\/traces\/run-1\.jsonl:2: "digest" must be a non-empty string \(e\.g\. SHA-256 hex\), found an empty string$/,
  );
  assert.equal(report.runs[0]?.trace, undefined);
});

test('without a trace a run has none, and a trace an earlier check left in the report directory is not taken for it', async () => {
  const reportDir = tempDir('trace-stale');
  mkdirSync(join(reportDir, 'traces'));
  writeFileSync(join(reportDir, 'traces', 'run-1.jsonl'), '{"fold": 0, "epoch": 0, "digest": "stale"}\n');
  const report = await check(`echo '{"0": {"loss": 1}}' > "$TF_REPRO_METRICS"`, { reportDir });
  assert.equal(report.verdict, 'reproducible', report.summary);
  assert.deepEqual(
    report.runs.map((run) => run.trace),
    [undefined, undefined],
  );
  assert.ok(!existsSync(join(reportDir, 'traces', 'run-1.jsonl')));
});

test('a trace rewritten while it is read is an error that says to append', async () => {
  const cwd = tempDir('trace-rewritten');
  const long = `{"fold": 0, "epoch": 0, "variable": "${'v'.repeat(200)}", "digest": "a"}`;
  // The command rewrites its trace only once tf-repro has read the first checkpoint (it is finished
  // when the second begins), not after a guessed time: at most a minute's wait.
  const command = [
    `printf '%s\\n' '${long}' '{"fold": 0, "epoch": 1, "digest": "a"}' > "$TF_REPRO_TRACE"`,
    'i=0; while [ ! -e seen ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done',
    `echo '{"fold": 0, "epoch": 0, "digest": "b"}' > "$TF_REPRO_TRACE"; echo '{"0": {"loss": 1}}' > "$TF_REPRO_METRICS"`,
  ].join('; ');
  const { runs } = await commandRuns(command, {
    command: commandSettings(command, { workingDirectory: cwd }),
    runs: 1,
    onTrace: () => writeFileSync(join(cwd, 'seen'), ''),
  });
  assert.equal(runs[0]?.status, 'failed');
  assert.match(
    runs[0]?.error ?? '',
    /^run 1: malformed trace: \/.*\/run-1\.jsonl: the trace file shrank from 2\d\d to 39 bytes while the run wrote it; open it for appending \(mode 'a'\) and never rewrite it$/,
  );
});

test("the Keras callback (python/src/tf_repro/keras.py) writes what tf-repro reads, with Keras 2's and Keras 3's names", () => {
  // Real Keras 3 drives the callback in test/e2e/tensorflow-example.test.ts. Keras 2 (tf.keras up
  // to TensorFlow 2.15, or tf_keras) is not in the test environment: a stand-in gives the callback
  // its base class, and keras-fit.py calls it as Keras' fit does, with either version's names.
  const env = (trace: string | null): NodeJS.ProcessEnv => {
    const copy: NodeJS.ProcessEnv = { ...process.env, PYTHONPATH: `${join(fixtures, 'stand-in-tensorflow')}:${pythonPackageSource}` };
    delete copy.TF_REPRO_TRACE;
    delete copy.TF_REPRO_METRICS;
    if (trace !== null) copy.TF_REPRO_TRACE = trace;
    return copy;
  };
  const dir = tempDir('keras-callback');
  for (const keras of [2, 3]) {
    const path = join(dir, `keras-${keras}.jsonl`);
    const run = spawnSync('python3', ['-B', join(fixtures, 'keras-fit.py'), '--keras', String(keras), '--batches'], { env: env(path), encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const parsed = parseTraceFile(readFileSync(path, 'utf8'), path);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    const trace = parsed.value;
    // 2 folds × (initialisation + 2 epochs × (3 batches + the end)).
    assert.deepEqual(
      trace.map(place),
      [0, 1].flatMap((fold) => [
        `fold ${fold}, epoch 0`,
        ...[1, 2].flatMap((epoch) => [1, 2, 3, 0].map((batch) => `fold ${fold}, epoch ${epoch}${batch ? `, batch ${batch}` : ''}`)),
      ]),
    );
    assert.deepEqual(Object.keys(trace[0]?.digests ?? {}), keras === 2 ? ['dense/kernel', 'dense/bias'] : ['sequential/dense/kernel', 'sequential/dense/bias']);
    assert.deepEqual(
      trace.filter((c) => c.epoch > 0 && c.batch === null).map((c) => c.valLoss),
      [0.25, 0.5, 0.25, 0.5],
    );
    assert.match(Object.values(trace[0]?.digests ?? {})[0] ?? '', /^[0-9a-f]{64}$/);
    assert.ok(!Object.hasOwn(trace[0]?.digests ?? {}, WHOLE_MODEL));
  }
  // Without TF_REPRO_TRACE (the script run on its own) it writes nothing and does not fail.
  const quiet = spawnSync('python3', ['-B', join(fixtures, 'keras-fit.py')], { env: env(null), encoding: 'utf8', cwd: dir });
  assert.equal(quiet.status, 0, quiet.stderr);
});

test('the examples compile', () => {
  for (const file of ['tensorflow/train.py', 'pytorch/train.py', 'jax/train.py']) {
    const path = join(repoRoot, 'examples', file);
    // compile() alone: no __pycache__ written into examples/.
    const run = spawnSync('python3', ['-c', 'import sys; compile(open(sys.argv[1]).read(), sys.argv[1], "exec")', path], { encoding: 'utf8' });
    assert.equal(run.status, 0, `${file}: ${run.stderr}`);
  }
});
