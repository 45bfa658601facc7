// The native backend built against a TensorFlow the machine already has, for real, as users run it:
// bin/tf-repro.js and the action's bundle, the venv's tensorflow-cpu 2.21 wheel and its installed
// package (test/support/python-frameworks.ts), npm against the registry, g++ compiling the
// binding. One build from nothing into a fresh tool cache; the other checks share a tool cache kept
// between runs of the suite, so that later runs on the machine compile nothing.
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { zipSync } from 'fflate';
import type { Report } from '../../src/contracts/report.js';
import { oneDnnEnabled, pinnedVariables, tensorflowBoolean } from '../../src/determinism/environment.js';
import { findOnPath } from '../../src/provision/tool-process.js';
import { seconds } from '../../src/report/format.js';
import { readCpuHost } from '../../src/util/cpu-host.js';
import { persistentToolCache, tfReproWithEnv } from '../support/native.js';
import { pythonFrameworks, pythonFrameworksMissing } from '../support/python-frameworks.js';
import { tempDir } from '../support/paths.js';
import { runAction } from '../support/runner.js';

const SMALL = ['--runs', '2', '--folds', '2', '--epochs', '1', '--samples', '600', '--batch-size', '32'];
const skip = pythonFrameworks === null ? pythonFrameworksMissing : false;

/** TF_ENABLE_ONEDNN_OPTS as the determinism settings pin it on this machine: the runner's value, else TensorFlow's default here. */
const pinnedOneDnn = pinnedVariables(process.env, readCpuHost()).TF_ENABLE_ONEDNN_OPTS;

/** What npm needs from this environment to reach the registry (a proxy, its certificates), which a runner's environment would have. */
function registryAccess(): Record<string, string> {
  const names = /^(npm_config_.*|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|https?_proxy|no_proxy)$/i;
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => names.test(entry[0]) && entry[1] !== undefined));
}

function report(stdout: string): Report {
  return JSON.parse(stdout) as Report;
}

function digests(result: Report): (string | null)[] {
  return result.runs[0].folds.map((fold) => fold.weightsSha256);
}

function bindingFile(packageDir: string): string {
  const lib = join(packageDir, 'lib');
  const napi = readdirSync(lib).find((name) => name.startsWith('napi-v'));
  assert.ok(napi, `no lib/napi-v* in ${packageDir}`);
  return join(lib, napi, 'tfjs_binding.node');
}

describe('backend tensorflow with libtensorflow: the wheel, built once into a fresh tool cache', { skip }, () => {
  const toolCache = tempDir('toolcache-native');
  const env = { ...process.env, RUNNER_TOOL_CACHE: toolCache };
  let defaultDigests: (string | null)[] = [];

  test('the first check builds the binding against the wheel and reproduces, the fingerprint says so', { timeout: 300_000 }, async () => {
    const wheel = pythonFrameworks!.tensorflowWheel;
    const run = await tfReproWithEnv(env, 'run', '--backend', 'tensorflow', '--libtensorflow', wheel, ...SMALL, '--json');
    assert.equal(run.code, 0, run.stderr);
    const result = report(run.stdout);
    assert.equal(result.verdict, 'reproducible');
    assert.deepEqual(result.warnings, []);
    assert.equal(result.settings.libtensorflow, wheel);
    const fingerprint = result.environment!;
    assert.equal(fingerprint.backend, 'tensorflow');
    assert.equal(fingerprint.backendDetail, 'tfjs-node');
    assert.equal(fingerprint.libtensorflowVersion, '2.21.0');
    const native = fingerprint.nativePackage!;
    assert.equal(native.obtained, 'built');
    assert.ok(native.seconds > 1, String(native.seconds));
    assert.equal(native.libtensorflowSource, `the wheel ${wheel}`);
    assert.equal(native.oneDnnBuiltIn, true, "tensorflow-cpu's Linux x86-64 build has oneDNN");
    assert.ok(native.dir.startsWith(join(toolCache, 'tensorflow-tfjs-node', '4.22.0-libtensorflow-2.21.0-')), native.dir);
    assert.deepEqual(fingerprint.tensorflowThreads, { intraOp: 1, interOp: 1 });
    assert.equal(fingerprint.gpuDevice, false);
    assert.equal(fingerprint.determinismVariables.TF_ENABLE_ONEDNN_OPTS, pinnedOneDnn);
    assert.equal(fingerprint.oneDnn, oneDnnEnabled({ TF_ENABLE_ONEDNN_OPTS: pinnedOneDnn }, readCpuHost(), true));
    assert.match(run.stderr, /^building @tensorflow\/tfjs-node@4\.22\.0 against libtensorflow 2\.21\.0 from the wheel .* \(once per runner\)/m);
    assert.match(run.stderr, /^@tensorflow\/tfjs-node built against libtensorflow 2\.21\.0 from the wheel .* in \d+ s: /m);
    // The entry holds its own copies: it does not need the wheel (or a venv) to survive.
    const packageDir = join(native.dir, 'node_modules', '@tensorflow', 'tfjs-node');
    for (const library of ['libtensorflow_cc.so.2', 'libtensorflow_framework.so.2']) {
      assert.ok(lstatSync(join(packageDir, 'deps', 'lib', library)).isFile(), `${library} is a copy`);
    }
    assert.ok(existsSync(`${native.dir}.complete`));
    assert.deepEqual(
      readdirSync(join(native.dir, '..')).filter((name) => name.includes('.building-')),
      [],
      'the build folder was renamed into place',
    );
    assert.deepEqual(run.leftOver, []);
    defaultDigests = digests(result);
    assert.ok(defaultDigests.every((digest) => digest !== null));
  });

  test('a second check loads that build without compiling, and trains bitwise the same', { timeout: 120_000 }, async (t) => {
    if (defaultDigests.length === 0) return t.skip('the first check failed');
    const first = readdirSync(join(toolCache, 'tensorflow-tfjs-node'));
    const packageDir = join(toolCache, 'tensorflow-tfjs-node', first[0], 'x64-napi' + process.versions.napi, 'node_modules', '@tensorflow', 'tfjs-node');
    const binding = bindingFile(packageDir);
    const before = statSync(binding);
    const run = await tfReproWithEnv(env, 'run', '--backend', 'tensorflow', '--libtensorflow', pythonFrameworks!.tensorflowWheel, ...SMALL, '--json');
    assert.equal(run.code, 0, run.stderr);
    const result = report(run.stdout);
    assert.equal(result.environment?.nativePackage?.obtained, 'cached');
    assert.equal(result.environment?.nativePackage?.seconds, 0);
    assert.match(run.stderr, /^@tensorflow\/tfjs-node built against libtensorflow 2\.21\.0 found in the tool cache: /m);
    assert.doesNotMatch(run.stderr, /^building /m);
    const after = statSync(binding);
    assert.equal(after.ino, before.ino, 'the same binding file');
    assert.equal(after.mtimeMs, before.mtimeMs, 'not written again');
    assert.deepEqual(digests(result), defaultDigests, 'every later check trains the same way');
  });

  test('threads 2: reproducible, other weights than threads 1, and the fingerprint says why', { timeout: 120_000 }, async (t) => {
    if (defaultDigests.length === 0) return t.skip('the first check failed');
    const run = await tfReproWithEnv(
      env,
      'run',
      '--backend',
      'tensorflow',
      '--libtensorflow',
      pythonFrameworks!.tensorflowWheel,
      ...SMALL,
      '--threads',
      '2',
      '--json',
    );
    assert.equal(run.code, 0, run.stderr);
    const result = report(run.stdout);
    assert.equal(result.verdict, 'reproducible');
    assert.deepEqual(result.warnings, [], 'threads reach TensorFlow: no warning that they do not');
    const fingerprint = result.environment!;
    assert.deepEqual(fingerprint.tensorflowThreads, { intraOp: 2, interOp: 1 });
    assert.equal(fingerprint.determinismVariables.TF_NUM_INTRAOP_THREADS, '2');
    assert.equal(fingerprint.threads, 2);
    for (const [fold, digest] of digests(result).entries())
      assert.notEqual(digest, defaultDigests[fold], `fold ${fold}: two intra-op threads sum in another order`);
  });

  test("TF_ENABLE_ONEDNN_OPTS set on the runner is kept, and oneDNN's kernels give other weights", { timeout: 120_000 }, async (t) => {
    if (defaultDigests.length === 0) return t.skip('the first check failed');
    const flipped = tensorflowBoolean(pinnedOneDnn) ? '0' : '1';
    const run = await tfReproWithEnv(
      { ...env, TF_ENABLE_ONEDNN_OPTS: flipped },
      'run',
      '--backend',
      'tensorflow',
      '--libtensorflow',
      pythonFrameworks!.tensorflowWheel,
      ...SMALL,
      '--json',
    );
    assert.equal(run.code, 0, run.stderr);
    const result = report(run.stdout);
    assert.equal(result.verdict, 'reproducible');
    assert.equal(result.environment?.determinismVariables.TF_ENABLE_ONEDNN_OPTS, flipped);
    assert.equal(result.environment?.oneDnn, flipped === '1');
    for (const [fold, digest] of digests(result).entries()) assert.notEqual(digest, defaultDigests[fold], `fold ${fold}`);
  });
});

test(
  "the action with libtensorflow: python and backend auto: the venv's TensorFlow first on PATH, the native backend before wasm",
  { skip, timeout: 300_000 },
  async () => {
    const venvBin = join(pythonFrameworks!.home, 'venv', 'bin');
    const run = await runAction(
      { backend: 'auto', libtensorflow: 'python', runs: '2', folds: '2', epochs: '1', samples: '600', 'batch-size': '32' },
      { ...registryAccess(), PATH: `${venvBin}:${process.env.PATH}`, RUNNER_TOOL_CACHE: persistentToolCache() },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.verdict, 'reproducible');
    assert.match(run.stdout, /@tensorflow\/tfjs-node built against libtensorflow 2\.21\.0 (found in the tool cache|from python3's TensorFlow)/);
    const { readFile } = await import('node:fs/promises');
    const result = JSON.parse(await readFile(run.outputs['report-path'], 'utf8')) as Report;
    const fingerprint = result.environment!;
    assert.equal(fingerprint.backend, 'tensorflow', 'auto took the native backend, not wasm');
    assert.equal(fingerprint.libtensorflowVersion, '2.21.0');
    assert.equal(fingerprint.nativePackage?.libtensorflowSource, `python3's TensorFlow (${join(venvBin, 'python3')}): ${pythonFrameworks!.tensorflowDir}`);
    assert.match(run.summary, /\| libtensorflow \| 2\.21\.0 \|/);
    // The product's own words for how it got the package, with the time it measured ("built in 1 min 14 s" on a busy machine).
    const native = fingerprint.nativePackage!;
    const obtained = native.obtained === 'cached' ? 'found in the tool cache' : `built in ${seconds(native.seconds)}`;
    assert.ok(run.summary.includes(`| native package | ${obtained}: \``), run.summary);
    assert.match(run.summary, /\| oneDNN \| (on|off) \|/);
    assert.match(run.summary, /\| TensorFlow thread pools \| intra-op 1, inter-op 1 \|/);
    assert.match(run.summary, /libtensorflow python/, 'the settings line names the input');
  },
);

describe('a bad libtensorflow is one clear error, exit code 2, nothing left running', { skip }, () => {
  const errorOf = async (env: NodeJS.ProcessEnv, ...args: string[]) => {
    const run = await tfReproWithEnv(env, 'run', ...args, ...SMALL, '--quiet');
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.deepEqual(run.leftOver, []);
    return run.stderr.trim();
  };
  const env = { ...process.env, RUNNER_TOOL_CACHE: tempDir('toolcache-errors') };

  test('no such path; a folder, a wheel or a file that is none', async () => {
    assert.match(
      await errorOf(env, '--libtensorflow', '/nonexistent/tensorflow'),
      /^tf-repro: libtensorflow: \/nonexistent\/tensorflow does not exist; give python \(python3's TensorFlow\), a TensorFlow wheel/,
    );
    const empty = tempDir('empty');
    assert.equal(
      await errorOf(env, '--backend', 'tensorflow', '--libtensorflow', empty),
      `tf-repro: libtensorflow: no TensorFlow C library in ${empty}: looked for libtensorflow_cc.so.2, lib/libtensorflow.so.2, tensorflow/libtensorflow_cc.so.2, ` +
        `tensorflow/lib/libtensorflow.so.2 (each with its libtensorflow_framework and include/tensorflow/c/c_api.h); give python (python3's TensorFlow), a TensorFlow wheel (.whl), ` +
        `or a folder with TensorFlow's C library: site-packages/tensorflow, or libtensorflow's archive extracted (lib/ and include/)`,
    );
    const dir = tempDir('wheels');
    const noLibrary = join(dir, 'tensorflow_cpu-2.21.0-cp311-cp311-manylinux_2_27_x86_64.whl');
    writeFileSync(
      noLibrary,
      zipSync({ 'tensorflow/__init__.py': new Uint8Array(), 'tensorflow_cpu-2.21.0.dist-info/METADATA': Buffer.from('Version: 2.21.0\n') }),
    );
    assert.match(
      await errorOf(env, '--libtensorflow', noLibrary),
      /^tf-repro: libtensorflow: the wheel tensorflow_cpu-2\.21\.0-cp311-cp311-manylinux_2_27_x86_64\.whl has no TensorFlow C library: looked for tensorflow\/libtensorflow_cc\.so\.2, tensorflow\/lib\/libtensorflow\.so\.2 .*Give a wheel of tensorflow or tensorflow-cpu for Linux/,
    );
    const notZip = join(dir, 'broken.whl');
    writeFileSync(notZip, 'not a zip');
    assert.match(await errorOf(env, '--libtensorflow', notZip), /^tf-repro: libtensorflow: .*broken\.whl cannot be read as a wheel: not a zip archive/);
  });

  test('python: python3 missing, or without tensorflow', async (t) => {
    const nothing = tempDir('no-python');
    assert.match(
      await errorOf({ ...env, PATH: nothing }, '--libtensorflow', 'python'),
      /^tf-repro: libtensorflow: python: python3 is not on PATH; activate the Python environment/,
    );
    if (!existsSync('/usr/bin/python3')) return t.skip("no /usr/bin/python3 (Debian's, without tensorflow) here");
    const bin = tempDir('python-bin');
    symlinkSync('/usr/bin/python3', join(bin, 'python3'));
    assert.match(
      await errorOf({ ...env, PATH: `${bin}:${process.env.PATH}` }, '--libtensorflow', 'python'),
      new RegExp(`^tf-repro: libtensorflow: python: ${join(bin, 'python3')} has no tensorflow module; install it there \\(pip install tensorflow\\)`),
    );
  });

  test('with backend wasm it is a settings error', async () => {
    assert.equal(
      await errorOf(env, '--backend', 'wasm', '--libtensorflow', 'python'),
      'tf-repro: --libtensorflow builds the native backend, which --backend wasm does not use: use backend tensorflow, tensorflow-gpu or auto, or leave --libtensorflow out',
    );
  });

  test('no compiler on PATH: said before npm runs, naming what to install', async () => {
    const bin = tempDir('no-compiler');
    for (const tool of ['node', 'npm', 'make', 'python3']) {
      const found = findOnPath(tool, process.env);
      if (found) symlinkSync(found, join(bin, tool));
    }
    const message = await errorOf({ ...env, PATH: bin }, '--backend', 'tensorflow', '--libtensorflow', pythonFrameworks!.tensorflowWheel);
    assert.match(
      message,
      /^tf-repro: libtensorflow: building @tensorflow\/tfjs-node against the wheel .* needs a C\+\+ compiler \(g\+\+\), make and python3 on PATH; g\+\+ is missing\. Install them/,
    );
  });

  test('a compile that fails: the compiler’s first error, what the build needs, no half-built entry, nothing left running', { timeout: 240_000 }, async () => {
    // The venv's library, with a C API header that does not compile.
    const source = tempDir('broken-tensorflow');
    for (const library of ['libtensorflow_cc.so.2', 'libtensorflow_framework.so.2'])
      symlinkSync(join(pythonFrameworks!.tensorflowDir, library), join(source, library));
    mkdirSync(join(source, 'include', 'tensorflow', 'c'), { recursive: true });
    writeFileSync(join(source, 'include', 'tensorflow', 'c', 'c_api.h'), '#error broken on purpose\n');
    const cache = tempDir('toolcache-broken');
    const message = await errorOf({ ...env, RUNNER_TOOL_CACHE: cache }, '--backend', 'tensorflow', '--libtensorflow', source);
    assert.match(
      message,
      /^tf-repro: libtensorflow: compiling @tensorflow\/tfjs-node's binding against libtensorflow unknown failed: \S*deps\/include\/tensorflow\/c\/c_api\.h:1:2: error: #error broken on purpose\. It needs a C\+\+ compiler \(g\+\+\), make, python3 and Node's headers/,
    );
    const entries = join(cache, 'tensorflow-tfjs-node');
    for (const version of readdirSync(entries)) assert.deepEqual(readdirSync(join(entries, version)), [], 'neither a build folder nor a marker is left');
  });
});

test('the action: a bad libtensorflow fails the step with the one message', { skip }, async () => {
  const run = await runAction({ libtensorflow: '/nonexistent/site-packages/tensorflow', runs: '2', folds: '2', epochs: '1', samples: '600' });
  assert.notEqual(run.exitCode, 0);
  assert.match(run.stdout, /::error::libtensorflow: \/nonexistent\/site-packages\/tensorflow does not exist; give python/);
});
