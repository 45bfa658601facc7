// The virtual environment scripts/setup-python-frameworks.sh makes (npm test and .ci/run call it):
// TensorFlow 2.21 with Keras 3, PyTorch 2.13, JAX and Flax, and the tensorflow-cpu wheel. The same
// cache folder and key as the script, so a test finds it without running pip itself.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

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
