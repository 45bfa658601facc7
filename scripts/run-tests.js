// Runs the compiled tests of the given tiers: node scripts/run-tests.js unit integration e2e
// (or given files: node scripts/run-tests.js build/test/unit/npy.test.js ...).
//
// Each file is its own `node --test` process, and files run side by side: as many at a time as
// their weights fit in the machine's processors. A file says what it costs in its header,
// `// test-weight: N` (the processors it keeps busy), or `all` for a file that must have the machine
// to itself (a benchmark); unmarked files weigh 1. The longest files start first, by the durations the
// last run recorded in the tests' cache (see durationsFile), so that no long file starts last.
// TF_REPRO_TEST_JOBS=1 runs the files one at a time, as before.
//
// The output is one TAP stream whatever Node runs it (20, 22, 24): each file a subtest with its
// duration_ms, then the closing summary that CI reads ('# tests N', '# pass N', '# fail N', ...),
// summed over the files. On a terminal, each file's spec report instead, and the same summary.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, homedir, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const TIERS = ['unit', 'integration', 'e2e'];
const SUMMARY_FIELDS = ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo'];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function usage(message) {
  console.error(`run-tests: ${message}`);
  console.error(`usage: node scripts/run-tests.js <tier>... | <build/test/.../*.test.js>... (tiers: ${TIERS.join(', ')})`);
  process.exit(2);
}

function filesOf(arg) {
  if (arg.endsWith('.test.js')) {
    if (!existsSync(resolve(root, arg))) usage(`${arg} does not exist: run 'npm run build' first`);
    return [relative(root, resolve(root, arg))];
  }
  if (!TIERS.includes(arg)) usage(`'${arg}' is neither a tier nor a compiled test file`);
  const dir = join(root, 'build', 'test', arg);
  if (!existsSync(dir)) usage(`${relative(root, dir)} does not exist: run 'npm run build' first`);
  const found = readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => relative(root, join(dir, name)));
  if (found.length === 0) usage(`no *.test.js in ${relative(root, dir)}`);
  return found;
}

if (args.length === 0) usage('name the tiers or files to run');
const files = [...new Set(args.flatMap(filesOf))];

/** Beside the Python frameworks' environment and the native build (test/support/python-frameworks.ts). */
const cacheDir = process.env.TF_REPRO_TEST_CACHE || join(process.env.XDG_CACHE_HOME || join(process.env.HOME || homedir(), '.cache'), 'tf-repro-test');
const durationsFile = join(cacheDir, 'test-durations.json');

function readDurations() {
  try {
    const parsed = JSON.parse(readFileSync(durationsFile, 'utf8'));
    return parsed !== null && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

const capacity = Math.max(1, Number.parseInt(process.env.TF_REPRO_TEST_JOBS ?? '', 10) || availableParallelism());

/**
 * The `// test-weight: N` (or `all`) of the file's header, at most the whole machine; 1 when unmarked.
 * 0 is for a file that mostly waits (on a download, a timeout): it runs beside the others and
 * keeps no processor from them.
 */
function weightOf(file) {
  const mark = /^\/\/ test-weight: (\d+|all)\b/m.exec(readFileSync(resolve(root, file), 'utf8').slice(0, 4096));
  if (mark === null) return 1;
  return mark[1] === 'all' ? capacity : Math.min(capacity, Number(mark[1]));
}

// Longest first. A file never timed goes before those that were (it may be long): heavier first,
// then the slower tiers (an e2e file trains through the whole tool, a unit file rarely trains).
const recorded = readDurations();
const tierRank = (file) => 1 + TIERS.findIndex((tier) => file.startsWith(join('build', 'test', tier)));
const queue = files
  .map((file, order) => ({ file, order, weight: weightOf(file), known: typeof recorded[file] === 'number' ? recorded[file] : Infinity }))
  .sort((a, b) => b.known - a.known || b.weight - a.weight || tierRank(b.file) - tierRank(a.file) || a.order - b.order);

const terminal = process.stdout.isTTY === true;
const specDir = terminal ? join(tmpdir(), `tf-repro-test-spec-${process.pid}`) : null;
if (specDir) mkdirSync(specDir, { recursive: true });
const started = performance.now();
const totals = Object.fromEntries(SUMMARY_FIELDS.map((field) => [field, 0]));
const durations = {};
const running = new Set();
let used = 0;
let fileNumber = 0;
let cancelledBy = null;
if (!terminal) console.log('TAP version 13');

/** The child's closing summary ('# tests 3' ... '# duration_ms 12.3') is the last lines it prints; null where it printed none. */
function closingSummary(lines) {
  const summary = {};
  let at = lines.length;
  while (at > 0 && /^# \w+ [\d.]+$/.test(lines[at - 1])) {
    const [, field, value] = /^# (\w+) ([\d.]+)$/.exec(lines[--at]);
    summary[field] = Number(value);
  }
  return SUMMARY_FIELDS.every((field) => field in summary) ? { summary, body: lines.slice(0, at) } : { summary: null, body: lines };
}

function report(entry, code, signal, stdout, ms, cpuSeconds) {
  const file = entry.file;
  const lines = stdout.split('\n').filter((line, i, all) => line !== '' || i < all.length - 1);
  const { summary, body } = closingSummary(lines);
  // A file that ended without its summary (killed, crashed before reporting) is one failure.
  const counts = summary ?? { ...Object.fromEntries(SUMMARY_FIELDS.map((field) => [field, 0])), tests: 1, fail: 1 };
  for (const field of SUMMARY_FIELDS) totals[field] += counts[field];
  const ok = code === 0 && counts.fail === 0 && counts.cancelled === 0;
  // A file that exits non-zero with no failed test (an error after its tests) fails too.
  if (!ok && counts.fail === 0 && counts.cancelled === 0) totals.fail++;
  fileNumber++;
  if (terminal) {
    const spec = join(specDir, `${entry.order}.txt`);
    if (existsSync(spec)) process.stdout.write(readFileSync(spec, 'utf8'));
    if (!ok && summary === null) process.stdout.write(stdout);
    console.log(`${ok ? '✔' : '✖'} ${file} (${(ms / 1000).toFixed(1)} s, ${cpuSeconds.toFixed(1)} processor s)${ok ? '' : `: exit ${signal ?? code}`}\n`);
    return;
  }
  const nested = body.filter((line) => line !== 'TAP version 13').map((line) => (line === '' ? '' : `    ${line}`));
  const details = [
    `  duration_ms: ${ms.toFixed(3)}`,
    `  cpu_s: ${cpuSeconds.toFixed(1)}`,
    `  weight: ${entry.weight}`,
    ...(ok ? [] : [`  exitCode: ${signal === null ? code : `'${signal}'`}`]),
  ];
  console.log([`# Subtest: ${file}`, ...nested, `${ok ? 'ok' : 'not ok'} ${fileNumber} - ${file}`, '  ---', ...details, '  ...'].join('\n'));
}

/** The processor seconds of the shell's waited-for children, from the second line of `times`. */
function childCpuSeconds(times) {
  const line = times.trim().split('\n')[1] ?? '';
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, [, minutes, seconds]) => sum + Number(minutes) * 60 + Number(seconds), 0);
}

function start(entry) {
  const reporters = terminal
    ? [
        '--test-reporter=tap',
        '--test-reporter-destination=stdout',
        '--test-reporter=spec',
        `--test-reporter-destination=${join(specDir, `${entry.order}.txt`)}`,
      ]
    : ['--test-reporter=tap'];
  // Through sh for its `times`: the processor time of the file and of every process it waited for.
  // Its own process group, so that a cancel reaches the file's processes and no terminal's Ctrl-C twice.
  const child = spawn('sh', ['-c', '"$@"; status=$?; times >&3; exit $status', 'sh', process.execPath, '--test', ...reporters, entry.file], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit', 'pipe'],
    detached: true,
  });
  const began = performance.now();
  let stdout = '';
  let times = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stdio[3].on('data', (chunk) => (times += chunk));
  running.add(child);
  used += entry.weight;
  child.on('close', (code, signal) => {
    const ms = performance.now() - began;
    running.delete(child);
    used -= entry.weight;
    durations[entry.file] = Math.round(ms);
    report(entry, code, signal, stdout, ms, childCpuSeconds(times));
    fill();
  });
}

/** Starts the queue's files in order while they fit; a file heavier than what is free waits, and nothing passes it. */
function fill() {
  while (queue.length > 0 && (used === 0 || used + queue[0].weight <= capacity)) start(queue.shift());
  if (queue.length === 0 && running.size === 0) finish();
}

function finish() {
  if (specDir) rmSync(specDir, { recursive: true, force: true });
  const wall = performance.now() - started;
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(durationsFile, `${JSON.stringify({ ...recorded, ...durations }, null, 1)}\n`);
  } catch {
    // Only the order of the next run depends on it.
  }
  if (terminal) console.log(`${files.length} files, ${(wall / 1000).toFixed(1)} s, ${capacity} processors`);
  else console.log(`1..${fileNumber}`);
  for (const field of SUMMARY_FIELDS) console.log(`# ${field} ${totals[field]}`);
  console.log(`# duration_ms ${wall.toFixed(3)}`);
  process.exitCode = cancelledBy !== null ? 128 + (cancelledBy === 'SIGINT' ? 2 : 15) : totals.fail > 0 || totals.cancelled > 0 ? 1 : 0;
}

// Cancelled (Ctrl-C, a cancelled CI job): end every file's process, which ends what its tests started.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cancelledBy ??= signal;
    queue.length = 0;
    for (const child of running) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // The file's processes had ended already.
      }
    }
  });
}

fill();
