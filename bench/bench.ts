// `npm run bench`: how fast tf-repro trains, on this machine, in one run. Prints the figures and
// writes them to a JSON file. Only public tools: Node, this project, and, for the peers' figures
// where they are installed, Python with TensorFlow or PyTorch and the native tfjs-node package.
//
//   node build/bench/bench.js [--tiny] [--out bench-results.json] [--repeats N] [--folds K]
//                             [--images N] [--dataset DIR] [--python PATH] [--venv-python PATH]
//                             [--native-package DIR] [--sections throughput,trace,wall,overhead,commands]
//                             [--command-samples N] [--command-folds K] [--command-repeats N]
//                             [--command-examples tensorflow,pytorch]
//   (TF_REPRO_BENCH_SECTIONS=overhead,commands npm run bench: only those sections; the JSON has
//   null for the others)
//
// What it measures (medians of --repeats repetitions):
//   throughput   images/s of training steps (batch 100, the default CNN, uint8 images scaled per
//                batch, Adam) in a fresh process per measurement: wasm, cpu, and the one-thread
//                peers on the same network, each taking turns with a wasm process so that both
//                see the same machine, each as a ratio to that wasm (median of the pairs):
//                  TensorFlow Keras   bench/peer_keras.py in the Python frameworks' venv (the
//                                     one scripts/setup-python-frameworks.sh makes, or --venv-python)
//                  Keras jit_compile  the same with --jit-compile: the whole step compiled by XLA
//                  JAX                bench/peer_jax.py in the same venv: flax and optax, the whole
//                                     step under jax.jit, XLA on one thread, pinned to one processor
//                  PyTorch (venv)     bench/peer_pytorch.py in the same venv (PyTorch 2)
//                  PyTorch (system)   bench/peer_pytorch.py in /usr/bin/python3 or --python
//                                     (Debian's PyTorch 1.13)
//                  tfjs-node          this project's training step on the native backend, with
//                                     the determinism settings' one thread: --native-package, else
//                                     the newest complete tfjs-node in the tool cache
//                a peer that cannot run says why; then wasm in as many processes at once as
//                `parallel: auto` starts (images/s per worker)
//   trace        wasm training of one fold (TRACE_EPOCHS epochs, validation included) with
//                trace 'epochs' (a checkpoint of per-variable digests after initialisation and
//                every epoch) against trace 'off', taking turns in one process, 6 pairs per
//                repetition: the median ratio of their images/s
//   wall         2 runs × K folds × 1 epoch of the default workload, parallel: auto against
//                parallel: 1 (sequential), and whether both gave bitwise the same numbers
//   determinism  the same with deterministic: false: the cost of determinism
//   vary         the same (parallel: auto) with vary: all, as a ratio to it without (issue 23:
//                one extra run when nothing is sensitive), and the varied runs it took
//   memory       the largest peak RSS of any training process, and whether tensors stayed flat
//   overhead     the CLI as a user runs it, from start to exit, minus the training on its
//                critical path: start-up, loading the images, spawning, comparing, reports;
//                the first check on the machine apart (it inflates the images for later ones)
//   commands     the time to a verdict on real scripts: examples/tensorflow and examples/pytorch
//                train.py checked as commands through the CLI (--command-folds folds of
//                --command-samples images, 1 epoch, in the frameworks' venv): 2 runs with
//                parallel: auto against parallel: 1; 3 runs split by fold (--folds, TF_REPRO_FOLDS)
//                with parallel: auto against 3 runs with parallel: 1; and 2 runs with the
//                determinism settings against without them (--no-deterministic): the settings'
//                cost on a user's own training, as a ratio
//
// Benchmarks are not tests: nothing here passes or fails; --tiny only shows that it runs.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, homedir, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkerBackend } from '../src/contracts/backend.js';
import type { Report } from '../src/contracts/report.js';
import { VARY_FACTORS, type CheckSettings } from '../src/contracts/settings.js';
import { checkNativePackageDir, nativePackagesInToolCache } from './native-package.js';

const here = dirname(fileURLToPath(import.meta.url));
/** build/bench → the repository. */
const root = resolve(here, '..', '..');
const PYTORCH_PEER = join(root, 'bench', 'peer_pytorch.py');
const KERAS_PEER = join(root, 'bench', 'peer_keras.py');
const JAX_PEER = join(root, 'bench', 'peer_jax.py');
const SYSTEM_PYTHONS = ['/usr/bin/python3', 'python3'];
const FASHION = '/usr/share/datasets/fashion-mnist';
const BATCH = 100;
const MEMORY_LIMIT_BYTES = 250 * 1e6;
/** Issue 24: overhead outside training at most 1.0 s, parallel: auto at most 0.55× of parallel: 1. */
const OVERHEAD_LIMIT_SECONDS = 1.0;
const PARALLEL_LIMIT = 0.55;
/** Issue 24: 2 runs of a one-thread command (3 runs with the fold split) side by side at most this share of one at a time. */
const COMMAND_PARALLEL_LIMIT = 0.6;
/** Issue 24: the wasm step at least 1.2× the fastest one-thread peer. */
const THROUGHPUT_LIMIT = 1.2;
/** Issue #11: per-epoch digests cost at most 3 % of the training speed. */
const TRACE_LIMIT = 0.97;
const TRACE_EPOCHS = 2;
/** Issue 23's goal for `vary: all` on a 2-run check where nothing is sensitive. */
const VARY_LIMIT = 1.5;

/** The parts of the bench, in the order they run; --sections (or TF_REPRO_BENCH_SECTIONS) picks some. */
const SECTIONS = ['throughput', 'trace', 'wall', 'overhead', 'commands'] as const;
type Section = (typeof SECTIONS)[number];

/** The examples the commands section checks, each with its framework's determinism settings. */
const COMMAND_EXAMPLES = ['tensorflow', 'pytorch'] as const;
/** Runs of the commands section's side-by-side and settings checks; the fold-split pair takes SPLIT_RUNS. */
const COMMAND_RUNS = 2;
const SPLIT_RUNS = 3;

interface Options {
  tiny: boolean;
  sections: Section[];
  /** The commands section: images, folds and repetitions of each example's check. */
  commandSamples: number;
  commandFolds: number;
  commandRepeats: number;
  commandExamples: (typeof COMMAND_EXAMPLES)[number][];
  out: string;
  repeats: number;
  folds: number;
  images: number;
  cpuImages: number;
  dataset: string | null;
  samples: number;
  /** The interpreter of the system's PyTorch peer; null: /usr/bin/python3, else python3. */
  python: string | null;
  /** The Python frameworks' venv interpreter; null: found as the tests find it. */
  venvPython: string | null;
  /** The native peer's tfjs-node package folder; null: the newest one in the tool cache. */
  nativePackage: string | null;
}

/** Bad bench options: one line on stderr, no stack trace. */
class OptionError extends Error {}

function parseOptions(args: string[]): Options {
  const tiny = args.includes('--tiny');
  const value = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const number = (flag: string, fallback: number): number => {
    const text = value(flag);
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(n) || n < 1) throw new OptionError(`${flag} must be a whole number of at least 1, got '${text}'`);
    return n;
  };
  const path = (flag: string): string | null => {
    const text = value(flag);
    if (text === undefined) return null;
    if (text === '' || text.startsWith('--')) throw new OptionError(`${flag} needs a path after it`);
    return resolve(text);
  };
  const dataset = value('--dataset') ?? (tiny || !existsSync(FASHION) ? null : FASHION);
  const venvPython = path('--venv-python');
  if (venvPython !== null && !existsSync(venvPython))
    throw new OptionError(
      `--venv-python ${venvPython} does not exist: give the python of a venv with TensorFlow and PyTorch (sh scripts/setup-python-frameworks.sh prints its folder)`,
    );
  const examplesText = value('--command-examples') ?? COMMAND_EXAMPLES.join(',');
  const commandExamples = COMMAND_EXAMPLES.filter((name) => examplesText.split(',').some((given) => given.trim() === name));
  if (commandExamples.length === 0 || examplesText.split(',').some((given) => !(COMMAND_EXAMPLES as readonly string[]).includes(given.trim())))
    throw new OptionError(`--command-examples takes a comma-separated list of ${COMMAND_EXAMPLES.join(', ')}; got '${examplesText}'`);
  const sectionsText = value('--sections') ?? process.env.TF_REPRO_BENCH_SECTIONS ?? SECTIONS.join(',');
  const sections = sectionsText.split(',').map((name) => name.trim());
  const unknown = sections.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0 || sections.length === 0)
    throw new OptionError(`--sections takes a comma-separated list of ${SECTIONS.join(', ')}; got '${sectionsText}'`);
  const nativePackage = path('--native-package');
  const nativeProblem = nativePackage === null ? null : checkNativePackageDir(nativePackage);
  if (nativeProblem !== null) throw new OptionError(nativeProblem);
  return {
    tiny,
    sections: SECTIONS.filter((name) => sections.includes(name)),
    commandSamples: number('--command-samples', tiny ? 300 : 6000),
    commandFolds: number('--command-folds', tiny ? 2 : 4),
    commandRepeats: number('--command-repeats', tiny ? 1 : 3),
    commandExamples,
    out: resolve(value('--out') ?? 'bench-results.json'),
    repeats: number('--repeats', tiny ? 1 : 3),
    folds: number('--folds', tiny ? 2 : 4),
    images: number('--images', tiny ? 200 : 6000),
    cpuImages: number('--cpu-images', tiny ? 100 : 1000),
    dataset,
    samples: tiny ? 600 : 0,
    python: value('--python') ?? null,
    venvPython,
    nativePackage,
  };
}

/**
 * Runs `a` and `b` one after the other, `a` first in even repetitions and `b` first in odd ones,
 * so that neither side of a pair always meets the machine the other left (caches, clock).
 */
async function pairInTurn<A, B>(repetition: number, a: () => Promise<A>, b: () => Promise<B>): Promise<[A, B]> {
  if (repetition % 2 === 0) {
    const first = await a();
    return [first, await b()];
  }
  const first = await b();
  return [await a(), first];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs a command; resolves with its stdout, exit code and wall seconds. */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; stdout: string; stderr: string; seconds: number }> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => done({ code: 127, stdout, stderr: String(error), seconds: 0 }));
    child.on('close', (code) => done({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

const self = fileURLToPath(import.meta.url);

/** A fresh Node process running this file in one of its child modes; its last stdout line is JSON. */
async function child<T>(mode: string, ...args: string[]): Promise<T> {
  return childIn(process.env, mode, ...args);
}

async function childIn<T>(env: NodeJS.ProcessEnv, mode: string, ...args: string[]): Promise<T> {
  const result = await run(process.execPath, [self, mode, ...args], env);
  const last = result.stdout.trim().split('\n').pop() ?? '';
  if (result.code !== 0) throw new Error(`${mode} failed (exit ${result.code}): ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(last) as T;
}

// ---- child: training steps on one backend -------------------------------------------------

/** What a throughput child prints: its images/s, and on the native backend what it loaded. */
interface ChildThroughput {
  imagesPerSecond: number;
  images: number;
  seconds: number;
  backendVersion: string;
  libtensorflow: string | null;
}

/** `backendName` 'tensorflow' loads the tfjs-node package in `packageDir`. */
async function childThroughput(backendName: string, images: number, dataset: string, packageDir?: string): Promise<void> {
  const tf = await import('@tensorflow/tfjs-core');
  const { selectBackend, libtensorflowVersion } = await import('../src/backends/select-backend.js');
  const { loadSettingsDataset, CLASSES } = await import('../src/data/load.js');
  const { createDefaultModel } = await import('../src/model/default-model.js');
  const { batchBuffer, batchTensors, trainStep } = await import('../src/training/train.js');
  const { permutation, seededRandom } = await import('../src/determinism/seeding.js');
  const candidate: WorkerBackend =
    backendName === 'tensorflow' ? { backend: 'tensorflow', flavor: 'cpu', packageDir: packageDir ?? '' } : { backend: backendName as 'wasm' | 'cpu' };
  const selected = await selectBackend([candidate], 1);
  const data = await loadSettingsDataset({ dataset: dataset === '-' ? null : dataset, samples: 0, folds: 2, validationSplit: 0 });
  const model = createDefaultModel({ seed: 1, rows: data.rows, cols: data.cols, classes: CLASSES });
  const variables = model.trainableWeights.map((w) => w.read() as import('@tensorflow/tfjs-core').Variable);
  const order = permutation(data.count, seededRandom(7));
  const buffer = batchBuffer(data, BATCH);
  let at = 0;
  const step = () => {
    if (at + BATCH > data.count) at = 0;
    const [x, y] = batchTensors(data, order, at, at + BATCH, buffer);
    trainStep(model, variables, x, y);
    tf.dispose([x, y]);
    at += BATCH;
  };
  for (let i = 0; i < 5; i++) step();
  const steps = Math.max(1, Math.round(images / BATCH));
  const started = performance.now();
  for (let i = 0; i < steps; i++) step();
  const seconds = (performance.now() - started) / 1000;
  const result: ChildThroughput = {
    imagesPerSecond: (steps * BATCH) / seconds,
    images: steps * BATCH,
    seconds,
    backendVersion: selected.version,
    libtensorflow: libtensorflowVersion(),
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

// ---- child: one fold's training, traced and not, taking turns ---------------------------------

interface TracePairs {
  /** images/s of each traced training and of the untraced one beside it, pair by pair. */
  traced: number[];
  untraced: number[];
  seconds: number[];
  checkpoints: number;
  /** One checkpoint of the default model on its own. */
  checkpointMs: number;
}

/**
 * `pairs` pairs of trainings of one fold in this process, trace 'epochs' and 'off' in turn (the
 * order swapped every pair), after one to warm up: both sides of a pair see the same machine.
 */
async function childTrace(images: number, dataset: string, pairs: number): Promise<void> {
  const tf = await import('@tensorflow/tfjs-core');
  const { selectBackend } = await import('../src/backends/select-backend.js');
  const { loadSettingsDataset, CLASSES } = await import('../src/data/load.js');
  const { createDefaultModel } = await import('../src/model/default-model.js');
  const { trainFold } = await import('../src/training/train.js');
  const { variableDigester } = await import('../src/training/variable-digests.js');
  const { permutation, seededRandom } = await import('../src/determinism/seeding.js');
  await selectBackend([{ backend: 'wasm' }], 1);
  const data = await loadSettingsDataset({ dataset: dataset === '-' ? null : dataset, samples: 0, folds: 2, validationSplit: 0 });
  // `images` fitted per epoch, a fifth more held out for validation (validationSplit 0.2), and a test set.
  const fitted = Math.min(images, Math.floor(data.count * 0.7));
  const trainCount = Math.ceil(fitted / 0.8);
  const order = permutation(data.count, seededRandom(7));
  const split = { fold: 0, train: order.slice(0, trainCount).sort(), test: order.slice(trainCount, trainCount + Math.max(BATCH, Math.floor(fitted / 10))) };
  const fit = Math.floor(trainCount * 0.8);
  const result: TracePairs = { traced: [], untraced: [], seconds: [], checkpoints: 0, checkpointMs: 0 };
  const train = async (trace: 'epochs' | 'off'): Promise<number> => {
    const fold = await trainFold(data, split, {
      epochs: TRACE_EPOCHS,
      batchSize: BATCH,
      validationSplit: 0.2,
      seed: 1,
      classes: CLASSES,
      trace,
      onTrace:
        trace === 'off'
          ? undefined
          : (checkpoint) => {
              // What a worker does with each: a structured clone for the IPC channel.
              structuredClone(checkpoint);
              result.checkpoints++;
            },
    });
    const seconds = fold.trainSeconds ?? 0;
    if (trace === 'epochs') result.seconds.push(seconds);
    return (TRACE_EPOCHS * fit) / seconds;
  };
  await train('off');
  for (let p = 0; p < pairs; p++) {
    if (p % 2 === 0) {
      result.traced.push(await train('epochs'));
      result.untraced.push(await train('off'));
    } else {
      result.untraced.push(await train('off'));
      result.traced.push(await train('epochs'));
    }
  }
  const model = createDefaultModel({ seed: 1, rows: data.rows, cols: data.cols, classes: CLASSES });
  const digests = variableDigester(model);
  digests();
  const started = performance.now();
  for (let i = 0; i < 20; i++) digests();
  result.checkpointMs = (performance.now() - started) / 20;
  model.dispose();
  tf.disposeVariables();
  process.stdout.write(JSON.stringify(result) + '\n');
}

// ---- child: the CLI as a user runs it ----------------------------------------------------------

async function childCli(args: string[]): Promise<void> {
  const { runCli } = await import('../src/cli/main.js');
  process.exitCode = await runCli(args);
}

// ---- the bench -------------------------------------------------------------------------------

interface Throughput {
  imagesPerSecond: number;
  samples: number[];
}

/** A peer's figures: its images/s and wasm's over it, medians of the pairs. */
interface PeerFigures {
  available: true;
  label: string;
  versions: Record<string, string>;
  ranIn: string;
  threads: 1;
  imagesPerSecond: number;
  samples: number[];
  wasmOver: number;
  ratios: number[];
}

// ---- the one-thread peers -----------------------------------------------------------------------

type PeerId = 'keras' | 'kerasXla' | 'jax' | 'pytorchVenv' | 'pytorchSystem' | 'native';

/** One measurement of a peer, and what it ran on. */
interface PeerSample {
  imagesPerSecond: number;
  /** e.g. { tensorflow: '2.21.0', keras: '3.15.1' } */
  versions: Record<string, string>;
  /** The interpreter or the package folder. */
  ranIn: string;
}

/** A peer that did not give a figure; the message is the reason shown. */
class PeerUnavailable extends Error {}

interface PeerPlan {
  id: PeerId;
  label: string;
  /** null: it cannot run here; `reason` says why. */
  measure: (() => Promise<PeerSample>) | null;
  reason: string;
}

const lastLine = (text: string): string => text.trim().split('\n').pop() ?? '';

/** One run of a Python peer script (one repetition inside it: the bench repeats it in turns with wasm). */
async function pythonPeer(python: string, script: string, images: number, extra: string[] = []): Promise<PeerSample> {
  const result = await run(python, [script, '--images', String(images), '--repeats', '1', ...extra]);
  let parsed: { available: boolean; reason?: string; imagesPerSecond?: number; [key: string]: unknown };
  try {
    parsed = JSON.parse(lastLine(result.stdout)) as typeof parsed;
  } catch {
    throw new PeerUnavailable(`${python} ${script.split('/').pop()} failed (exit ${result.code}): ${lastLine(result.stderr) || 'no output'}`);
  }
  if (!parsed.available) throw new PeerUnavailable(parsed.reason ?? 'the peer gave no reason');
  const versions: Record<string, string> = {};
  for (const key of ['tensorflow', 'keras', 'torch', 'jax', 'flax', 'optax']) if (typeof parsed[key] === 'string') versions[key] = parsed[key] as string;
  return { imagesPerSecond: Number(parsed.imagesPerSecond), versions, ranIn: python };
}

/**
 * The Python frameworks' venv as scripts/setup-python-frameworks.sh makes it: the same cache folder
 * and key (the requirements' hash) as the script and test/support/python-frameworks.ts.
 */
function frameworksVenvPython(env: NodeJS.ProcessEnv = process.env): { python: string } | { reason: string } {
  const requirements = readFileSync(join(root, 'test', 'python', 'requirements.txt'));
  const key = createHash('sha256').update(requirements).digest('hex').slice(0, 12);
  const cache = env.TF_REPRO_TEST_CACHE || join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'tf-repro-test');
  const home = join(cache, `python-${key}`);
  if (!existsSync(join(home, 'ready')))
    return { reason: `the Python frameworks' venv is not in ${home}: run sh scripts/setup-python-frameworks.sh, or give --venv-python` };
  return { python: join(home, 'venv', 'bin', 'python') };
}

/** The six peers, in the order they are measured; each one that cannot run says why. */
async function peerPlans(options: Options, images: number, datasetArg: string): Promise<PeerPlan[]> {
  const venv = options.venvPython ? { python: options.venvPython } : frameworksVenvPython();
  const venvPeer = (id: PeerId, label: string, script: string, extra: string[] = []): PeerPlan =>
    'python' in venv
      ? { id, label, measure: () => pythonPeer(venv.python, script, images, extra), reason: '' }
      : { id, label, measure: null, reason: venv.reason };

  // The system's PyTorch: the first interpreter that has it, kept for the later repetitions.
  let systemCandidates = options.python ? [options.python] : SYSTEM_PYTHONS;
  const systemPytorch = async (): Promise<PeerSample> => {
    const reasons: string[] = [];
    for (const python of systemCandidates) {
      try {
        const sample = await pythonPeer(python, PYTORCH_PEER, images);
        systemCandidates = [python];
        return sample;
      } catch (error) {
        if (!(error instanceof PeerUnavailable)) throw error;
        reasons.push(error.message);
      }
    }
    throw new PeerUnavailable(reasons.join('; '));
  };

  // The native backend trains as tf-repro's workers run it: one thread by the determinism settings.
  const { toolCacheDir } = await import('../src/provision/provision.js');
  const { determinismEnvironment } = await import('../src/determinism/environment.js');
  const toolCache = toolCacheDir();
  let packageDir: string | null = options.nativePackage ?? nativePackagesInToolCache(toolCache)[0]?.packageDir ?? null;
  let buildProblem = '';
  if (packageDir === null && 'python' in venv) {
    // None yet: build one as `--libtensorflow python` would, against the venv's TensorFlow (once).
    const { provisionBackends, resolveLibtensorflowInput } = await import('../src/provision/provision.js');
    const env = { ...process.env, PATH: `${dirname(venv.python)}:${process.env.PATH ?? ''}` };
    try {
      const library = await resolveLibtensorflowInput('python', env);
      const provisioned = await provisionBackends('tensorflow', (text) => process.stderr.write(`bench: ${text}\n`), env, library);
      const built = provisioned.candidates[0];
      packageDir = built?.backend === 'tensorflow' ? built.packageDir : null;
    } catch (error) {
      buildProblem = `; building one against the venv's TensorFlow failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  const nativeDir = packageDir;
  const nativeEnv = { ...process.env, ...determinismEnvironment(true, 1) };
  const native = async (dir: string): Promise<PeerSample> => {
    let result: ChildThroughput;
    try {
      result = await childIn<ChildThroughput>(nativeEnv, '--child-throughput', 'tensorflow', String(images), datasetArg, dir);
    } catch (error) {
      throw new PeerUnavailable(error instanceof Error ? error.message : String(error));
    }
    return {
      imagesPerSecond: result.imagesPerSecond,
      versions: { libtensorflow: result.libtensorflow ?? 'unknown', 'tfjs-node': result.backendVersion },
      ranIn: dir,
    };
  };

  return [
    venvPeer('keras', 'TensorFlow Keras', KERAS_PEER),
    venvPeer('kerasXla', 'TensorFlow Keras, jit_compile', KERAS_PEER, ['--jit-compile']),
    venvPeer('jax', 'JAX (jax.jit)', JAX_PEER),
    venvPeer('pytorchVenv', 'PyTorch (venv)', PYTORCH_PEER),
    { id: 'pytorchSystem', label: 'PyTorch (system)', measure: systemPytorch, reason: '' },
    nativeDir === null
      ? {
          id: 'native',
          label: 'tfjs-node',
          measure: null,
          reason: `no complete tfjs-node package in the tool cache (${toolCache}): provision one with backend tensorflow, or give --native-package DIR${buildProblem}`,
        }
      : { id: 'native', label: 'tfjs-node', measure: () => native(nativeDir), reason: '' },
  ];
}

// ---- the examples as commands -----------------------------------------------------------------

/** One check of an example as a command, through the CLI as a user runs it. */
interface CommandCheck {
  seconds: number;
  verdict: string;
  /** Each run's per-fold metrics, to compare parallel: auto with parallel: 1. */
  numbers: string;
  /** The runs' own wall times, added up. */
  runSeconds: number;
}

/**
 * The time to a verdict on real scripts: examples/{tensorflow,pytorch}/train.py checked as commands
 * (3 runs × their folds at a small size), with the determinism settings and `parallel: auto`, with
 * them and `parallel: 1`, and without them (`--no-deterministic`: the script then trains with the
 * seeds alone and its framework's own thread count, as a user's unpinned script would), each check
 * taking its turn with the others (the order rotates by repetition). All three train everything
 * (`--no-fail-fast`), so that the unpinned check is not cut short where its runs part.
 */
async function measureCommands(options: Options, workers: number) {
  const venv = options.venvPython ? { python: options.venvPython } : frameworksVenvPython();
  if (!('python' in venv)) {
    line('examples as commands', `not measured: ${venv.reason}`);
    return { available: false as const, reason: venv.reason };
  }
  const { embeddedDatasetDir } = await import('../src/paths.js');
  const data = options.dataset ?? embeddedDatasetDir;
  const workingDirectory = mkdtempSync(join(tmpdir(), 'tf-repro-bench-commands-'));
  // 2 runs side by side and one at a time; 3 runs split by fold and 3 one at a time; 2 runs without the settings.
  const kinds = ['auto', 'sequential', 'split', 'splitSequential', 'free'] as const;
  const runsOf = (kind: (typeof kinds)[number]): number => (kind === 'split' || kind === 'splitSequential' ? SPLIT_RUNS : COMMAND_RUNS);
  const check = async (example: (typeof COMMAND_EXAMPLES)[number], kind: (typeof kinds)[number]): Promise<CommandCheck> => {
    const script = join(root, 'examples', example, 'train.py');
    // -B: no __pycache__ left beside the examples.
    const command = `${venv.python} -B ${script} --data ${data} --samples ${options.commandSamples} --folds ${options.commandFolds} --epochs 1`;
    const args = ['run', '--command', command, '--framework', example, '--runs', String(runsOf(kind)), '--no-fail-fast'];
    args.push('--working-directory', workingDirectory, '--json', '--quiet');
    if (kind === 'auto' || kind === 'free') args.push('--parallel', 'auto');
    if (kind === 'sequential' || kind === 'splitSequential') args.push('--parallel', '1');
    if (kind === 'split') args.push('--parallel', 'auto', '--folds', String(options.commandFolds));
    if (kind === 'free') args.push('--no-deterministic');
    const cli = await run(process.execPath, [self, '--child-cli', ...args]);
    let report: Report;
    try {
      report = JSON.parse(cli.stdout) as Report;
    } catch {
      throw new Error(`the ${example} example's check (${kind}) failed (exit ${cli.code}): ${cli.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    }
    if (report.verdict === 'error') throw new Error(`the ${example} example's check (${kind}) failed: ${report.errors.join('; ')}`);
    return {
      seconds: cli.seconds,
      verdict: report.verdict,
      numbers: JSON.stringify(report.runs.map((r) => r.folds.map((fold) => [fold.fold, fold.metrics]))),
      runSeconds: report.runs.reduce((sum, r) => sum + (r.durationSeconds ?? 0), 0),
    };
  };
  const examples = [];
  for (const example of options.commandExamples) {
    // One check not timed: the first import of a framework reads it from disk, and whichever
    // check came first would pay for it alone.
    if (!options.tiny) await check(example, 'auto');
    const samples: Record<(typeof kinds)[number], number[]> = { auto: [], sequential: [], split: [], splitSequential: [], free: [] };
    const verdicts: Record<(typeof kinds)[number], string[]> = { auto: [], sequential: [], split: [], splitSequential: [], free: [] };
    // Each repetition's own ratios, whose medians are the figures: both sides of a ratio saw the same machine.
    const ratios = { parallel: [] as number[], split: [] as number[], settings: [] as number[], settingsSequential: [] as number[] };
    let identical = true;
    let splitIdentical = true;
    for (let r = 0; r < options.commandRepeats; r++) {
      const order = [...kinds.slice(r % kinds.length), ...kinds.slice(0, r % kinds.length)];
      const checks: Partial<Record<(typeof kinds)[number], CommandCheck>> = {};
      for (const kind of order) {
        const result = await check(example, kind);
        checks[kind] = result;
        samples[kind].push(result.seconds);
        verdicts[kind].push(result.verdict);
      }
      const { auto, sequential, split, splitSequential, free } = checks as Record<(typeof kinds)[number], CommandCheck>;
      ratios.parallel.push(auto.seconds / sequential.seconds);
      ratios.split.push(split.seconds / splitSequential.seconds);
      ratios.settings.push(auto.seconds / free.seconds);
      ratios.settingsSequential.push(sequential.seconds / free.seconds);
      if (checks.auto?.numbers !== checks.sequential?.numbers) identical = false;
      if (checks.split?.numbers !== checks.splitSequential?.numbers) splitIdentical = false;
    }
    const auto = median(samples.auto);
    const sequential = median(samples.sequential);
    const split = median(samples.split);
    const splitSequential = median(samples.splitSequential);
    const free = median(samples.free);
    const figures = {
      example,
      runs: COMMAND_RUNS,
      folds: options.commandFolds,
      samples: options.commandSamples,
      epochs: 1,
      parallelAutoSeconds: auto,
      parallelOneSeconds: sequential,
      /** parallel: auto's wall time over parallel: 1's (COMMAND_RUNS runs), the median of the repetitions' ratios. */
      parallelRatio: median(ratios.parallel),
      identical,
      splitRuns: SPLIT_RUNS,
      splitSeconds: split,
      splitSequentialSeconds: splitSequential,
      /** SPLIT_RUNS runs split by fold over the slots (parallel: auto) over the same runs one at a time, whole. */
      splitRatio: median(ratios.split),
      splitIdentical,
      freeSeconds: free,
      /** The check with the settings (parallel: auto, as a user gets it) over the one without them. */
      settingsCost: median(ratios.settings),
      /** The same, both one run at a time. */
      settingsCostSequential: median(ratios.settingsSequential),
      ratios,
      verdicts,
      repeats: options.commandRepeats,
      wallSamples: samples,
    };
    line(
      `${example} example, ${COMMAND_RUNS} runs × ${options.commandFolds} folds`,
      `parallel: auto ${fmt(auto, 1)} s, parallel: 1 ${fmt(sequential, 1)} s (${fmt(figures.parallelRatio, 2)}×, at most ${COMMAND_PARALLEL_LIMIT}×: ${figures.parallelRatio <= COMMAND_PARALLEL_LIMIT ? 'yes' : 'NO'}; same numbers: ${identical ? 'yes' : 'NO'}); without the settings ${fmt(free, 1)} s (with them ${fmt(figures.settingsCost, 2)}× of it, ${fmt(figures.settingsCostSequential, 2)}× one at a time; verdict without them: ${verdicts.free.join(', ')})`,
    );
    line(
      `${example} example, ${SPLIT_RUNS} runs, fold split`,
      `split over the slots ${fmt(split, 1)} s, parallel: 1 ${fmt(splitSequential, 1)} s (${fmt(figures.splitRatio, 2)}×, at most ${COMMAND_PARALLEL_LIMIT}×: ${figures.splitRatio <= COMMAND_PARALLEL_LIMIT ? 'yes' : 'NO'}; same numbers: ${splitIdentical ? 'yes' : 'NO'})`,
    );
    examples.push(figures);
  }
  rmSync(workingDirectory, { recursive: true, force: true });
  return { available: true as const, python: venv.python, dataset: data, workers, examples };
}

function line(label: string, text: string): void {
  process.stdout.write(`${label.padEnd(34)} ${text}\n`);
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function bench(options: Options): Promise<void> {
  const { runCheck } = await import('../src/engine/check.js');
  const { workerCount } = await import('../src/runs/training-processes.js');
  const { planJobs } = await import('../src/runs/schedule.js');
  const builtEntry = join(root, 'build', 'src', 'index.js');
  const tfjsVersion = (await import('@tensorflow/tfjs-core')).version_core;
  const datasetArg = options.dataset ?? '-';
  const machine = {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    tfjs: tfjsVersion,
  };
  process.stdout.write(
    `tf-repro bench (${options.tiny ? 'tiny' : 'full'}): ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, tfjs ${machine.tfjs}\n`,
  );
  const want = (section: Section): boolean => options.sections.includes(section);
  process.stdout.write(
    `dataset: ${options.dataset ?? 'embedded MNIST digits'}; medians of ${options.repeats} repetition(s)${want('commands') ? `, of ${options.commandRepeats} for the examples as commands` : ''}\n\n`,
  );

  const workers = workerCount('auto', { threads: 1 });
  const benchStarted = performance.now();
  /** Each section's wall time, so that a run says what it took and where. */
  const sectionSeconds: Partial<Record<Section, number>> = {};
  const timedSection = async <T, S>(section: Section, measure: () => Promise<T>, skipped: S): Promise<T | S> => {
    if (!want(section)) return skipped;
    const started = performance.now();
    const result = await measure();
    sectionSeconds[section] = (performance.now() - started) / 1000;
    return result;
  };

  // Throughput: each peer takes turns with a wasm process (which goes first alternates by
  // repetition), so that both sides of a pair see the same machine.
  const measureThroughput = async () => {
    const wasmChild = async () => (await child<ChildThroughput>('--child-throughput', 'wasm', String(options.images), datasetArg)).imagesPerSecond;
    const plans = await peerPlans(options, options.images, datasetArg);
    const measured = new Map(
      plans.map((plan) => [plan.id, { samples: [] as number[], ratios: [] as number[], last: null as PeerSample | null, reason: plan.reason }]),
    );
    const wasmSamples: number[] = [];
    for (let r = 0; r < options.repeats; r++) {
      const active = plans.filter((plan) => plan.measure !== null && measured.get(plan.id)?.reason === '');
      const peerTurn = async (plan: PeerPlan): Promise<PeerSample | null> => {
        try {
          return await plan.measure!();
        } catch (error) {
          if (!(error instanceof PeerUnavailable)) throw error;
          measured.get(plan.id)!.reason = r === 0 ? error.message : `failed in repetition ${r + 1}: ${error.message}`;
          return null;
        }
      };
      const record = (plan: PeerPlan, wasm: number, sample: PeerSample | null): void => {
        if (sample === null) return;
        const state = measured.get(plan.id)!;
        state.samples.push(sample.imagesPerSecond);
        state.ratios.push(wasm / sample.imagesPerSecond);
        state.last = sample;
      };
      if (options.tiny || active.length === 0) {
        // --tiny only shows that every peer runs: one wasm process, then the peers side by side.
        const wasm = await wasmChild();
        wasmSamples.push(wasm);
        const samples = await Promise.all(active.map(peerTurn));
        active.forEach((plan, i) => record(plan, wasm, samples[i]));
        continue;
      }
      for (const plan of active) {
        const [wasm, sample] = await pairInTurn(r, wasmChild, () => peerTurn(plan));
        wasmSamples.push(wasm);
        record(plan, wasm, sample);
      }
    }
    const peers = Object.fromEntries(
      plans.map((plan) => {
        const state = measured.get(plan.id)!;
        if (state.reason !== '' || state.last === null) return [plan.id, { available: false, label: plan.label, reason: state.reason || 'not run' }];
        return [
          plan.id,
          {
            available: true,
            label: plan.label,
            versions: state.last.versions,
            ranIn: state.last.ranIn,
            threads: 1,
            imagesPerSecond: median(state.samples),
            samples: state.samples,
            wasmOver: median(state.ratios),
            ratios: state.ratios,
          },
        ];
      }),
    ) as Record<PeerId, { available: false; label: string; reason: string } | PeerFigures>;
    const fastest =
      (Object.entries(peers) as [PeerId, (typeof peers)[PeerId]][])
        .filter((entry): entry is [PeerId, PeerFigures] => entry[1].available)
        .sort((a, b) => b[1].imagesPerSecond - a[1].imagesPerSecond)[0] ?? null;
    const cpuSamples: number[] = [];
    for (let r = 0; r < options.repeats; r++)
      cpuSamples.push((await child<ChildThroughput>('--child-throughput', 'cpu', String(options.cpuImages), datasetArg)).imagesPerSecond);
    // Processes side by side share the machine's caches and memory: how much slower each trains
    // than one alone bounds what parallel: auto can save (the wall section).
    const perWorkerSamples: number[] = [];
    const sideBySideRatios: number[] = [];
    const atOnce = async () =>
      Promise.all(Array.from({ length: workers }, () => child<ChildThroughput>('--child-throughput', 'wasm', String(options.images), datasetArg)));
    for (let r = 0; r < options.repeats; r++) {
      const [alone, all] = await pairInTurn(r, wasmChild, atOnce);
      perWorkerSamples.push(...all.map((a) => a.imagesPerSecond));
      sideBySideRatios.push(all.reduce((sum, a) => sum + a.imagesPerSecond, 0) / all.length / alone);
    }
    const throughput = {
      batchSize: BATCH,
      images: options.images,
      wasm: { imagesPerSecond: median(wasmSamples), samples: wasmSamples } satisfies Throughput,
      cpu: { imagesPerSecond: median(cpuSamples), samples: cpuSamples, images: options.cpuImages },
      /** TF_ENABLE_ONEDNN_OPTS as the TensorFlow peers saw it (null: TensorFlow's default, on). */
      oneDnnOpts: process.env.TF_ENABLE_ONEDNN_OPTS ?? null,
      peers,
      fastestPeer:
        fastest === null ? null : { peer: fastest[0], label: fastest[1].label, imagesPerSecond: fastest[1].imagesPerSecond, wasmOver: fastest[1].wasmOver },
      perWorker: {
        workers,
        imagesPerSecond: median(perWorkerSamples),
        samples: perWorkerSamples,
        /** A worker's images/s beside the others over one process's alone (median of paired turns). */
        ofOneAlone: median(sideBySideRatios),
        ratios: sideBySideRatios,
      },
    };
    line('wasm, 1 process', `${fmt(throughput.wasm.imagesPerSecond)} images/s`);
    line('cpu (pure JS), 1 process', `${fmt(throughput.cpu.imagesPerSecond)} images/s`);
    for (const plan of plans) {
      const figures = peers[plan.id];
      line(
        `${plan.label}, 1 thread`,
        figures.available
          ? `${fmt(figures.imagesPerSecond)} images/s (${Object.entries(figures.versions)
              .map(([name, version]) => `${name} ${version}`)
              .join(', ')}); wasm / it ${fmt(figures.wasmOver, 2)}`
          : `not measured: ${figures.reason}`,
      );
    }
    line(
      'fastest one-thread peer',
      fastest === null
        ? 'none measured'
        : `${fastest[1].label} (${fmt(fastest[1].imagesPerSecond)} images/s): wasm at ${fmt(fastest[1].wasmOver, 2)}× of it, at or above ${THROUGHPUT_LIMIT}×: ${fastest[1].wasmOver >= THROUGHPUT_LIMIT ? 'yes' : 'NO'}`,
    );
    line(
      `wasm, ${workers} processes at once`,
      `${fmt(throughput.perWorker.imagesPerSecond)} images/s per worker (${fmt(throughput.perWorker.ofOneAlone, 2)}× of one process alone)`,
    );
    return { throughput, fastest };
  };
  const { throughput, fastest } = await timedSection('throughput', measureThroughput, { throughput: null, fastest: null });

  // Per-epoch digests against none, taking turns within each process.
  const measureTrace = async () => {
    const tracedSamples: number[] = [];
    const untracedSamples: number[] = [];
    const traceRatios: number[] = [];
    const checkpointMs: number[] = [];
    const tracedSeconds: number[] = [];
    const pairsPerProcess = options.tiny ? 1 : 6;
    for (let r = 0; r < options.repeats; r++) {
      const pairs = await child<TracePairs>('--child-trace', String(options.images), datasetArg, String(pairsPerProcess));
      if (pairs.checkpoints !== pairsPerProcess * (TRACE_EPOCHS + 1)) throw new Error(`trace: ${pairs.checkpoints} checkpoints`);
      tracedSamples.push(...pairs.traced);
      untracedSamples.push(...pairs.untraced);
      traceRatios.push(...pairs.traced.map((traced, i) => traced / pairs.untraced[i]));
      checkpointMs.push(pairs.checkpointMs);
      tracedSeconds.push(...pairs.seconds);
    }
    const trace = {
      epochs: TRACE_EPOCHS,
      imagesPerEpoch: options.images,
      traced: { imagesPerSecond: median(tracedSamples), samples: tracedSamples },
      untraced: { imagesPerSecond: median(untracedSamples), samples: untracedSamples },
      ratio: median(traceRatios),
      ratios: traceRatios,
      checkpointMs: median(checkpointMs),
      /** The checkpoints' own time over the traced training's, without the noise of two timings. */
      digestShare: ((TRACE_EPOCHS + 1) * median(checkpointMs)) / 1000 / median(tracedSeconds),
    };
    line(
      "trace 'epochs' / 'off'",
      `${fmt(trace.ratio, 3)} (median of ${traceRatios.length} pairs: ${fmt(trace.traced.imagesPerSecond)} against ${fmt(trace.untraced.imagesPerSecond)} images/s; ${TRACE_EPOCHS + 1} checkpoints of ${fmt(trace.checkpointMs, 2)} ms each, ${fmt(trace.digestShare * 100, 3)} % of the training time)`,
    );
    return trace;
  };
  const trace = await timedSection('trace', measureTrace, null);

  const peaks: number[] = [];
  const startups: number[] = [];
  const loads: number[] = [];
  let tensorsFlat = true;
  const hooks = {
    onProcessEnd: (info: { stats: { peakRssBytes: number; startupSeconds: number; datasetSeconds: number; tensorsAfterFold: number[] } | null }) => {
      if (!info.stats) return;
      peaks.push(info.stats.peakRssBytes);
      startups.push(info.stats.startupSeconds);
      loads.push(info.stats.datasetSeconds);
      if (new Set(info.stats.tensorsAfterFold).size > 1) tensorsFlat = false;
    },
  };

  // Wall time of whole checks, in this process's engine (the workers are fresh processes).
  const measureWall = async () => {
    const check: CheckSettings = {
      runs: 2,
      folds: options.folds,
      epochs: 1,
      batchSize: BATCH,
      validationSplit: 0.2,
      seed: 0,
      samples: options.samples,
      deterministic: true,
      backend: 'wasm',
      threads: 1,
      dataset: options.dataset,
      tolerance: 0,
      failOnMismatch: true,
      reportDir: null,
      parallel: 'auto',
      // The whole planned work, every time: the bench times it.
      failFast: false,
      compareNondeterministic: false,
      diagnose: false,
      diagnoseBudgetMinutes: 10,
    };
    const timed = async (settings: CheckSettings): Promise<{ seconds: number; report: Report }> => {
      const started = performance.now();
      const report = await runCheck(settings, { entryScript: builtEntry, hooks });
      if (report.verdict === 'error') throw new Error(`the check failed: ${report.errors.join('; ')}`);
      return { seconds: (performance.now() - started) / 1000, report };
    };
    const sequential: number[] = [];
    const parallel: number[] = [];
    const free: number[] = [];
    const varied: number[] = [];
    const variedRuns: number[] = [];
    const sensitive = new Set<string>();
    let identical = true;
    const parallelRatios: number[] = [];
    for (let r = 0; r < options.repeats; r++) {
      // The ratio is the median of the pairs' own ratios.
      const [s, p] = await pairInTurn(
        r,
        () => timed({ ...check, parallel: 1 }),
        () => timed(check),
      );
      parallelRatios.push(p.seconds / s.seconds);
      const f = await timed({ ...check, deterministic: false });
      const v = await timed({ ...check, vary: [...VARY_FACTORS], failOnVariation: true });
      varied.push(v.seconds);
      variedRuns.push(v.report.variations?.trials.length ?? 0);
      for (const factor of v.report.variations?.sensitiveTo ?? []) sensitive.add(factor);
      sequential.push(s.seconds);
      parallel.push(p.seconds);
      free.push(f.seconds);
      const numbers = (report: Report) => JSON.stringify(report.runs.map((run) => run.folds.map((fold) => [fold.fold, fold.metrics, fold.weightsSha256])));
      if (numbers(s.report) !== numbers(p.report) || s.report.verdict !== 'reproducible' || p.report.verdict !== 'reproducible') identical = false;
    }
    const wall = {
      workers,
      runs: 2,
      folds: options.folds,
      epochs: 1,
      sequentialSeconds: median(sequential),
      parallelSeconds: median(parallel),
      /** parallel: auto's wall time over parallel: 1's: the median of the paired repetitions' ratios. */
      ratio: median(parallelRatios),
      identical,
      samples: { sequential, parallel, ratios: parallelRatios },
    };
    const determinism = {
      deterministicSeconds: median(parallel),
      freeSeconds: median(free),
      overhead: median(parallel) / median(free),
      samples: { deterministic: parallel, free },
    };
    line(`2 runs × ${options.folds} folds, sequential`, `${fmt(wall.sequentialSeconds, 1)} s`);
    line(
      `2 runs × ${options.folds} folds, parallel: auto`,
      `${fmt(wall.parallelSeconds, 1)} s (${workers} workers, ${fmt(wall.ratio, 2)}× the sequential time, at most ${PARALLEL_LIMIT}×: ${wall.ratio <= PARALLEL_LIMIT ? 'yes' : 'NO'}; bitwise identical: ${identical ? 'yes' : 'NO'})`,
    );
    const vary = {
      plainSeconds: median(parallel),
      variedSeconds: median(varied),
      ratio: median(varied) / median(parallel),
      variedRuns: median(variedRuns),
      sensitiveTo: [...sensitive],
      samples: { plain: parallel, varied },
    };
    line(
      'vary: all',
      `${fmt(vary.ratio, 2)}× the check without it (${fmt(vary.variedSeconds, 1)} s against ${fmt(vary.plainSeconds, 1)} s; ${fmt(vary.variedRuns)} varied run(s); sensitive to: ${vary.sensitiveTo.join(', ') || 'nothing'})`,
    );
    line(
      'determinism overhead',
      `${fmt(determinism.overhead, 2)}× (deterministic ${fmt(determinism.deterministicSeconds, 1)} s, free ${fmt(determinism.freeSeconds, 1)} s)`,
    );

    const memory = { peakRssBytesPerWorker: Math.max(...peaks), limitBytes: MEMORY_LIMIT_BYTES, tensorsFlat, samples: peaks };
    line(
      'peak RSS per worker',
      `${fmt(memory.peakRssBytesPerWorker / 1e6, 1)} MB (largest of ${peaks.length} processes; tf.memory() flat across folds: ${tensorsFlat ? 'yes' : 'NO'})`,
    );
    return { wall, determinism, vary, memory };
  };
  const { wall, determinism, vary, memory } = await timedSection('wall', measureWall, {
    wall: null,
    determinism: null,
    vary: null,
    memory: null,
  });

  // Overhead: the CLI from start to exit, minus the training on its critical path. Each check
  // makes its own inflated copy of the images (src/data/idx-files.ts); the first also pays for cold caches.
  const measureOverhead = async () => {
    const overheads: number[] = [];
    const cliWalls: number[] = [];
    for (let r = 0; r < Math.max(2, options.repeats + 1); r++) {
      const reportDir = mkdtempSync(join(tmpdir(), 'tf-repro-bench-'));
      const args = [
        'run',
        '--runs',
        '2',
        '--folds',
        String(options.folds),
        '--epochs',
        '1',
        '--backend',
        'wasm',
        '--parallel',
        'auto',
        '--samples',
        String(options.samples),
        '--report-dir',
        reportDir,
        '--json',
        '--quiet',
      ];
      if (options.dataset) args.push('--dataset', options.dataset);
      const cli = await run(process.execPath, [self, '--child-cli', ...args]);
      if (cli.code !== 0) throw new Error(`the CLI failed (exit ${cli.code}): ${cli.stderr.trim()}`);
      const report = JSON.parse(cli.stdout) as Report;
      const plan = planJobs(2, options.folds, workers);
      const trainSeconds = (run: number, fold: number) => report.runs.find((r) => r.run === run)?.folds.find((f) => f.fold === fold)?.trainSeconds ?? 0;
      const critical = Math.max(
        ...plan.slots.map((slot) => slot.reduce((sum, job) => sum + job.folds.reduce((s, fold) => s + trainSeconds(job.run, fold), 0), 0)),
      );
      cliWalls.push(cli.seconds);
      overheads.push(cli.seconds - critical);
    }
    const overhead = {
      totalSeconds: median(overheads.slice(1)),
      firstCheckSeconds: overheads[0],
      limitSeconds: OVERHEAD_LIMIT_SECONDS,
      cliWallSeconds: median(cliWalls.slice(1)),
      // From the wall section's checks (null when it did not run).
      workerStartupSeconds: startups.length > 0 ? median(startups) : null,
      workerDatasetSeconds: loads.length > 0 ? median(loads) : null,
      samples: overheads,
    };
    line(
      'overhead outside training',
      `${fmt(overhead.totalSeconds, 2)} s, first check ${fmt(overhead.firstCheckSeconds, 2)} s (CLI ${fmt(overhead.cliWallSeconds, 1)} s${
        overhead.workerStartupSeconds === null || overhead.workerDatasetSeconds === null
          ? ''
          : `; a worker: start-up ${fmt(overhead.workerStartupSeconds, 2)} s, dataset ${fmt(overhead.workerDatasetSeconds, 2)} s beside it`
      })`,
    );
    return overhead;
  };
  const overhead = await timedSection('overhead', measureOverhead, null);
  const commands = await timedSection('commands', () => measureCommands(options, workers), null);
  const totalSeconds = (performance.now() - benchStarted) / 1000;
  line(
    'the bench took',
    `${fmt(totalSeconds / 60, 1)} min (${Object.entries(sectionSeconds)
      .map(([section, seconds]) => `${section} ${fmt(seconds, 0)} s`)
      .join(', ')})`,
  );

  const results = {
    schemaVersion: 3,
    createdAt: new Date().toISOString(),
    size: options.tiny ? 'tiny' : 'full',
    machine,
    settings: {
      dataset: options.dataset ?? 'embedded',
      samples: options.samples,
      repeats: options.repeats,
      images: options.images,
      cpuImages: options.cpuImages,
      folds: options.folds,
    },
    sections: options.sections,
    seconds: { total: totalSeconds, ...sectionSeconds },
    throughput,
    trace,
    wall,
    determinism,
    vary,
    memory,
    overhead,
    commands,
    // null: the section was not run (--sections).
    targets: {
      throughput: {
        target: `wasm images/s at least ${THROUGHPUT_LIMIT}× those of the fastest one-thread peer (median of paired runs)`,
        peer: fastest === null ? null : fastest[0],
        met: fastest === null ? null : fastest[1].wasmOver >= THROUGHPUT_LIMIT,
      },
      trace: { target: `trace 'epochs' at least ${TRACE_LIMIT} of trace 'off' images/s`, met: trace === null ? null : trace.ratio >= TRACE_LIMIT },
      parallel: {
        target: `2 runs × ${options.folds} folds with parallel: auto at most ${PARALLEL_LIMIT}× the wall time of parallel: 1`,
        met: wall === null ? null : wall.ratio <= PARALLEL_LIMIT,
      },
      vary: {
        target: `vary: all at most ${VARY_LIMIT}× the check without it (2 runs, nothing sensitive)`,
        met: vary === null ? null : vary.ratio <= VARY_LIMIT,
      },
      memory: {
        target: `peak RSS per worker at most ${MEMORY_LIMIT_BYTES / 1e6} MB`,
        met: memory === null ? null : memory.peakRssBytesPerWorker <= MEMORY_LIMIT_BYTES,
      },
      overhead: {
        target: `at most ${OVERHEAD_LIMIT_SECONDS} s outside training`,
        met: overhead === null ? null : overhead.totalSeconds <= OVERHEAD_LIMIT_SECONDS,
      },
      commands: {
        target: `each example's ${COMMAND_RUNS} runs with parallel: auto, and ${SPLIT_RUNS} runs split by fold, at most ${COMMAND_PARALLEL_LIMIT}× the wall time of parallel: 1`,
        met:
          commands === null || !commands.available
            ? null
            : commands.examples.every((e) => e.parallelRatio <= COMMAND_PARALLEL_LIMIT && e.splitRatio <= COMMAND_PARALLEL_LIMIT),
      },
    },
  };
  writeFileSync(options.out, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(`\nwritten to ${options.out}\n`);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === '--child-throughput') {
  await childThroughput(rest[0], Number(rest[1]), rest[2], rest[3]);
} else if (mode === '--child-trace') {
  await childTrace(Number(rest[0]), rest[1], Number(rest[2]));
} else if (mode === '--child-cli') {
  await childCli(rest);
} else {
  let options: Options | null = null;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    process.stderr.write(`bench: ${error.message}\n`);
    process.exitCode = 2;
  }
  if (options) await bench(options);
}
