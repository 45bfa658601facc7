// The virtual environment scripts/setup-python-frameworks.sh makes (npm test and .ci/run call it):
// TensorFlow 2.21 with Keras 3, PyTorch 2.13, JAX and Flax, the tensorflow-cpu wheel, and this
// repository's Python package (python/). The same cache folder and keys as the script, so a test
// finds it without running pip itself; where python/ changed since its install, the script
// reinstalls it (some seconds) before the first test that needs it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { errorMessage } from '../../src/util/errors.js';
import { repoRoot } from './paths.js';

/** Every file under python/ but Python's caches, relative to the repository, sorted as `LC_ALL=C sort` does. */
function packageFiles(dir = join(repoRoot, 'python')): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !(entry.isDirectory() && (entry.name === '__pycache__' || entry.name === '.pytest_cache')))
    .flatMap((entry) => (entry.isDirectory() ? packageFiles(join(dir, entry.name)) : entry.isFile() ? [relative(repoRoot, join(dir, entry.name))] : []))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The script's key of python/: SHA-256 of sha256sum's lines for its files. */
function packageKey(): string {
  const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
  const lines = packageFiles()
    .map((path) => `${sha256(readFileSync(join(repoRoot, path)))}  ${path}\n`)
    .join('');
  return sha256(lines).slice(0, 12);
}

export interface PythonFrameworks {
  /** The folder of the environment, its interpreter and the tensorflow-cpu wheel. */
  home: string;
  python: string;
  tensorflowWheel: string;
  /** site-packages/tensorflow: libtensorflow_cc.so.2 and the C headers live there. */
  tensorflowDir: string;
}

function locate(): PythonFrameworks | string {
  const requirements = readFileSync(join(repoRoot, 'test', 'python', 'requirements.txt'));
  const key = createHash('sha256').update(requirements).digest('hex').slice(0, 12);
  const cache = process.env.TF_REPRO_TEST_CACHE || join(process.env.XDG_CACHE_HOME || join(process.env.HOME || homedir(), '.cache'), 'tf-repro-test');
  const home = join(cache, `python-${key}`);
  if (!existsSync(join(home, 'ready'))) return `the Python frameworks' environment is not in ${home}: run sh scripts/setup-python-frameworks.sh`;
  if (!existsSync(join(home, `tf_repro-${packageKey()}`))) {
    try {
      execFileSync('sh', [join(repoRoot, 'scripts', 'setup-python-frameworks.sh'), '--strict'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 15 * 60_000 });
    } catch (error) {
      return `python/ could not be installed into ${home}: ${errorMessage(error)}`;
    }
  }
  const wheel = readdirSync(join(home, 'wheels')).find((name) => name.startsWith('tensorflow_cpu-') && name.endsWith('.whl'));
  if (wheel === undefined) return `no tensorflow-cpu wheel in ${join(home, 'wheels')}: remove ${home} and run sh scripts/setup-python-frameworks.sh`;
  const lib = join(home, 'venv', 'lib');
  const site = readdirSync(lib).find((name) => name.startsWith('python3'));
  return {
    home,
    python: join(home, 'venv', 'bin', 'python'),
    tensorflowWheel: join(home, 'wheels', wheel),
    tensorflowDir: join(lib, site ?? 'python3', 'site-packages', 'tensorflow'),
  };
}

const found = locate();

/** The environment, or null where it is missing (then `pythonFrameworksMissing` says why). */
export const pythonFrameworks: PythonFrameworks | null = typeof found === 'string' ? null : found;
export const pythonFrameworksMissing: string = typeof found === 'string' ? found : '';
