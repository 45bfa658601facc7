// The tf_repro package (python/) as the tests' environment has it installed
// (scripts/setup-python-frameworks.sh, reinstalled when python/ changes): its own pytest tests on
// the real TensorFlow, PyTorch and JAX, and the installed copy is python/ as it is now.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, tempDir } from '../support/paths.js';
import { pythonFrameworks, pythonFrameworksMissing } from '../support/python-frameworks.js';

test("python/tests pass on the package installed in the tests' environment", (t) => {
  if (pythonFrameworks === null) {
    t.skip(pythonFrameworksMissing);
    return;
  }
  // Run from outside the repository, without PYTHONPATH, so that `import tf_repro` is the install.
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
  delete env.PYTHONPATH;
  delete env.TF_REPRO_TRACE;
  const cwd = tempDir('python-package');
  const where = spawnSync(pythonFrameworks.python, ['-c', 'import tf_repro, tf_repro.trace; print(tf_repro.__version__); print(tf_repro.trace.__file__)'], {
    cwd,
    env,
    encoding: 'utf8',
  });
  assert.equal(where.status, 0, where.stderr);
  const [version, file] = where.stdout.trim().split('\n');
  assert.equal(version, (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
  assert.match(file ?? '', /\/site-packages\/tf_repro\/trace\.py$/);
  assert.equal(
    readFileSync(file!, 'utf8'),
    readFileSync(join(repoRoot, 'python', 'src', 'tf_repro', 'trace.py'), 'utf8'),
    'the installed copy is python/ as it is now',
  );

  const pytest = spawnSync(pythonFrameworks.python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', join(repoRoot, 'python', 'tests')], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  assert.equal(pytest.status, 0, `${pytest.stdout}\n${pytest.stderr}`);
  assert.match(pytest.stdout, /\b10 passed\b/);
});
