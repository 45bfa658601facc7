// Every reader of a file that a user or a user's command controls, given things that are not
// files: a FIFO, a link to /dev/zero, a directory and a socket, through bin/tf-repro.js (and the
// action's baseline through the bundle) as a user runs them. Each ends within a time bound with one
// clear error or notice naming what it found: never a wait on the FIFO, an endless read of the
// device, or a stack trace. Issue 20, defects 1 and 2, and its "Done when" fuzz.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { bundle, cliBin, scratchDir } from '../support/paths.js';
import { runnerEnvironment } from '../support/runner.js';

/** Far longer than any of these takes on a busy machine; a reader that waits on a FIFO never ends at all. */
const BOUND_MS = 120_000;

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Still running at BOUND_MS, and killed then. */
  hung: boolean;
}

/** Runs a program and kills it (and its process group) should it outlive BOUND_MS. */
function bounded(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Ended> {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  let hung = false;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => {
    hung = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }, BOUND_MS);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, hung });
    }),
  );
}

const bundleDir = dirname(bundle);
const tfRepro = (cwd: string, ...args: string[]) => bounded([cliBin, ...args], { cwd });

/** What may stand where a file should be, and the words the error uses for it. */
const ODDITIES = {
  fifo: 'a FIFO (named pipe)',
  'zero-link': 'a character device',
  directory: 'a directory',
  socket: 'a socket',
} as const;
type Oddity = keyof typeof ODDITIES;
const oddities = Object.keys(ODDITIES) as Oddity[];

const servers: Server[] = [];
let dir = '';
let sets = 0;

/** Puts `oddity` at `path`. */
async function place(oddity: Oddity, path: string): Promise<void> {
  if (oddity === 'fifo') execFileSync('mkfifo', [path]);
  else if (oddity === 'zero-link') symlinkSync('/dev/zero', path);
  else if (oddity === 'directory') mkdirSync(path);
  else {
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(path, resolve));
  }
}

/** One of each oddity under the name `name` in a folder of its own: [oddity, path]. */
async function oddFiles(name: string): Promise<[Oddity, string][]> {
  const placed: [Oddity, string][] = [];
  for (const oddity of oddities) {
    const folder = join(dir, `${oddity}-${name.replace(/\W/g, '-')}-${++sets}`);
    mkdirSync(folder, { recursive: true });
    const path = join(folder, name);
    await place(oddity, path);
    placed.push([oddity, path]);
  }
  return placed;
}

/** A command that writes one fold's valid metrics where tf-repro says. */
const WRITES_METRICS = `printf '{"0": {"loss": 0.5, "accuracy": 0.9}}' > "$TF_REPRO_METRICS"`;

before(() => {
  dir = scratchDir('user-files-fuzz');
});
after(() => {
  for (const server of servers) server.close();
});

/** The one error line a CLI reader gives, with no stack and exit code 2. */
function assertOneError(ended: Ended, pattern: RegExp, what: string): void {
  assert.equal(ended.hung, false, `${what}: still running after ${BOUND_MS / 1000} s (a wait on the file?)`);
  assert.equal(ended.code, 2, `${what}: ${ended.stderr}`);
  const lines = ended.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `${what}: one line, got ${ended.stderr}`);
  assert.match(lines[0]!, pattern, what);
  assert.doesNotMatch(ended.stderr, /internal error|\n\s+at /, what);
}

test('compare, explain, merge and across name a report that is not a regular file, at once', async () => {
  const others = await oddFiles('other.json');
  for (const [i, [oddity, path]] of (await oddFiles('report.json')).entries()) {
    const kind = ODDITIES[oddity].replace(/[()]/g, '\\$&');
    for (const [command, what] of [
      ['compare', 'result file'],
      ['explain', 'report'],
      ['merge', 'report'],
      ['across', 'report'],
    ] as const) {
      // across compares two legs or more: both given, both of the kind.
      const files = command === 'across' ? [path, others[i]![1]] : [path];
      const ended = await tfRepro(dir, command, ...files);
      assertOneError(ended, new RegExp(`^tf-repro: cannot read ${what} '.*\\.json': it is ${kind}, not a regular file$`), `${command} ${oddity}`);
    }
  }
});

test('--baseline that is not a regular file: both runs finish, the report is printed, the baseline is a notice', async () => {
  for (const [oddity, path] of await oddFiles('baseline.json')) {
    const ended = await tfRepro(dir, 'run', '--runs', '2', '--quiet', '--command', WRITES_METRICS, '--baseline', path);
    assert.equal(ended.hung, false, `--baseline ${oddity}: still running after ${BOUND_MS / 1000} s`);
    assert.equal(ended.code, 0, `--baseline ${oddity}: ${ended.stderr}`);
    assert.match(ended.stdout, /^Reproducible: /, oddity);
    const kind = ODDITIES[oddity].replace(/[()]/g, '\\$&');
    assert.match(
      ended.stderr,
      new RegExp(`^notice: Drift against the baseline: no baseline; cannot read baseline '.*': it is ${kind}, not a regular file\\.\\n$`),
      oddity,
    );
  }
});

test("the action's baseline input that is not a regular file is a notice, and the check passes", async () => {
  for (const [oddity, path] of await oddFiles('baseline.json')) {
    const { env, home, summaryFile } = runnerEnvironment({ command: WRITES_METRICS, runs: '2', baseline: path, comment: 'off' });
    const ended = await bounded([bundle], { cwd: home, env });
    assert.equal(ended.hung, false, `baseline ${oddity}: still running after ${BOUND_MS / 1000} s`);
    assert.equal(ended.code, 0, `baseline ${oddity}: ${ended.stdout}${ended.stderr}`);
    const kind = ODDITIES[oddity].replace(/[()]/g, '\\$&');
    assert.match(ended.stdout, new RegExp(`cannot read baseline '.*baseline\\.json': it is ${kind}, not a regular file`), oddity);
    assert.match(readFileSync(summaryFile, 'utf8'), /No baseline:\*\* cannot read baseline/, oddity);
  }
});

test('a command that leaves a FIFO, a /dev/zero link, a directory or a socket as its trace: a clear run error and a report', async () => {
  for (const oddity of oddities) {
    const reportDir = join(dir, `trace-${oddity}`);
    const leave =
      oddity === 'fifo'
        ? 'mkfifo "$TF_REPRO_TRACE"'
        : oddity === 'zero-link'
          ? 'ln -s /dev/zero "$TF_REPRO_TRACE"'
          : oddity === 'directory'
            ? 'mkdir "$TF_REPRO_TRACE"'
            : `python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$TF_REPRO_TRACE"`;
    const ended = await tfRepro(dir, 'run', '--runs', '2', '--report-dir', reportDir, '--command', `${WRITES_METRICS}; rm -f "$TF_REPRO_TRACE"; ${leave}`);
    assert.equal(ended.hung, false, `trace ${oddity}: still running after ${BOUND_MS / 1000} s`);
    assert.equal(ended.code, 2, `trace ${oddity}: ${ended.stderr}`);
    const kind = ODDITIES[oddity].replace(/[()]/g, '\\$&');
    assert.match(
      ended.stdout,
      new RegExp(`run 1: malformed trace: .*run-1\\.jsonl: the trace file could not be read \\(it is ${kind}, not a regular file\\)`),
      oddity,
    );
    const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as { verdict: string; runs: { error: string }[] };
    assert.equal(report.verdict, 'error', oddity);
    assert.match(report.runs[0]!.error, /the trace file could not be read/, oddity);
  }
});

test('a command that leaves something else than a file as its metrics: the run fails with a clear error, at once', async () => {
  for (const oddity of oddities) {
    const leave =
      oddity === 'fifo'
        ? 'mkfifo "$TF_REPRO_METRICS"'
        : oddity === 'zero-link'
          ? 'ln -s /dev/zero "$TF_REPRO_METRICS"'
          : oddity === 'directory'
            ? 'mkdir "$TF_REPRO_METRICS"'
            : `python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$TF_REPRO_METRICS"`;
    const ended = await tfRepro(dir, 'run', '--runs', '2', '--command', `rm -f "$TF_REPRO_METRICS"; ${leave}`);
    assert.equal(ended.hung, false, `metrics ${oddity}: still running after ${BOUND_MS / 1000} s`);
    assert.equal(ended.code, 2, `metrics ${oddity}: ${ended.stderr}`);
    assert.match(ended.stdout, /run 1 failed: the command wrote no metrics/, oddity);
  }
  // metrics-file naming a link to /dev/zero, or a FIFO, that the command leaves in place.
  for (const oddity of ['fifo', 'zero-link'] as const) {
    const cwd = join(dir, `metrics-file-${oddity}`);
    mkdirSync(cwd);
    await place(oddity, join(cwd, 'metrics.json'));
    const ended = await tfRepro(cwd, 'run', '--runs', '2', '--metrics-file', 'metrics.json', '--command', 'true');
    assert.equal(ended.hung, false, `metrics-file ${oddity}: still running after ${BOUND_MS / 1000} s`);
    assert.equal(ended.code, 2, `metrics-file ${oddity}: ${ended.stderr}`);
    assert.match(ended.stdout, /run 1 failed: the command did not write the metrics file metrics\.json/, oddity);
  }
});

test("a command that leaves a FIFO, a link or a directory at the next run's log: never a wait, never a write through the link", async () => {
  const target = join(dir, 'not-a-log.txt');
  for (const oddity of ['fifo', 'link', 'directory'] as const) {
    const reportDir = join(dir, `logs-${oddity}`);
    const next = '"$(dirname "$TF_REPRO_METRICS")/../logs/run-2.stdout.log"';
    const leave = oddity === 'fifo' ? `mkfifo ${next}` : oddity === 'link' ? `ln -s '${target}' ${next}` : `mkdir ${next}; touch ${next}/inside`;
    // One at a time: run 1 leaves the oddity before run 2's log is made (side by side, run 2's log is open before run 1 could).
    const ended = await tfRepro(
      dir,
      'run',
      '--runs',
      '2',
      '--parallel',
      '1',
      '--report-dir',
      reportDir,
      '--command',
      `${WRITES_METRICS}; echo out; [ "$TF_REPRO_RUN" = 1 ] && ${leave}; true`,
    );
    assert.equal(ended.hung, false, `log ${oddity}: still running after ${BOUND_MS / 1000} s`);
    if (oddity === 'directory') {
      // A directory is not removed: run 2 cannot start, and says why.
      assert.equal(ended.code, 2, `log ${oddity}: ${ended.stderr}`);
      assert.match(
        ended.stdout,
        /run 2 failed: the command could not start \(its log .*run-2\.stdout\.log could not be created \(it is a directory, not a regular file\)\)/,
      );
    } else {
      assert.equal(ended.code, 0, `log ${oddity}: ${ended.stdout}${ended.stderr}`);
      assert.equal(readFileSync(join(reportDir, 'logs', 'run-2.stdout.log'), 'utf8'), 'out\n', oddity);
      assert.equal(existsSync(target), false, 'nothing was written through the link');
    }
  }
});

test('a model file that is not a regular file is one clear error naming model', async () => {
  for (const [oddity, path] of [...(await oddFiles('model.json')), ...(await oddFiles('model.keras'))]) {
    const ended = await tfRepro(dir, 'run', '--runs', '2', '--folds', '2', '--epochs', '1', '--samples', '100', '--backend', 'cpu', '--quiet', '--model', path);
    assert.equal(ended.hung, false, `model ${oddity}: still running after ${BOUND_MS / 1000} s`);
    assert.equal(ended.code, 2, `model ${oddity}: ${ended.stderr}`);
    assert.match(ended.stderr, /^tf-repro: 'model': .*model\.(json|keras) (is not a file|.*not a regular file)/, `model ${oddity}`);
    assert.doesNotMatch(ended.stderr, /internal error|\n\s+at /, `model ${oddity}`);
  }
});

test('a dataset file that is not a regular file is one clear error naming dataset', async () => {
  for (const [oddity, path] of await oddFiles('train-images-idx3-ubyte.gz')) {
    copyFileSync(join(bundleDir, 'data', 'mnist', 'train-labels-idx1-ubyte.gz'), join(path, '..', 'train-labels-idx1-ubyte.gz'));
    const ended = await tfRepro(dir, 'run', '--runs', '2', '--folds', '2', '--epochs', '1', '--backend', 'cpu', '--quiet', '--dataset', join(path, '..'));
    assert.equal(ended.hung, false, `dataset ${oddity}: still running after ${BOUND_MS / 1000} s`);
    assert.equal(ended.code, 2, `dataset ${oddity}: ${ended.stderr}`);
    const kind = ODDITIES[oddity].replace(/[()]/g, '\\$&');
    assert.match(ended.stderr, new RegExp(`^tf-repro: 'dataset': .*train-images-idx3-ubyte\\.gz is ${kind}, not a regular file`), `dataset ${oddity}`);
    assert.doesNotMatch(ended.stderr, /internal error|\n\s+at /, `dataset ${oddity}`);
  }
});
