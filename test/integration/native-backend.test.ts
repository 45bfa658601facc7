// Provisioning from the venv's tensorflow-cpu wheel into the tool cache the suite keeps between runs
// (test/support/native.ts), and what a training process does with the package: a GPU package whose
// libtensorflow lists no GPU must not train on the CPU without a word.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { type WorkerBackend } from '../../src/contracts/backend.js';
import { UserError } from '../../src/util/user-error.js';
import { libtensorflowVersion, nativeGpuDevice, selectBackend } from '../../src/backends/select-backend.js';
import { provisionBackends, resolveLibtensorflowInput } from '../../src/provision/provision.js';
import { persistentToolCache } from '../support/native.js';
import { tempDir } from '../support/paths.js';
import { pythonFrameworks, pythonFrameworksMissing } from '../support/python-frameworks.js';

const skip = pythonFrameworks === null ? pythonFrameworksMissing : false;

test('the wheel provisions backend tensorflow; a GPU package without a GPU is a step down, or an error alone', { skip, timeout: 300_000 }, async () => {
  const env = { ...process.env, RUNNER_TOOL_CACHE: persistentToolCache() };
  const library = await resolveLibtensorflowInput(pythonFrameworks!.tensorflowWheel, env);
  let native: WorkerBackend;
  try {
    assert.equal(library.key.version, '2.21.0');
    assert.equal(library.layout.name, 'python-package');
    const lines: string[] = [];
    const provisioned = await provisionBackends('tensorflow', (line) => lines.push(line), env, library);
    assert.deepEqual(provisioned.warnings, []);
    assert.equal(provisioned.candidates.length, 1);
    native = provisioned.candidates[0];
    assert.ok(native.backend === 'tensorflow' && native.native?.libtensorflowSource === library.description);
    assert.match(lines.at(-1) ?? '', /^@tensorflow\/tfjs-node built against libtensorflow 2\.21\.0 (found in the tool cache|from the wheel)/);
  } finally {
    await library.close();
  }
  assert.ok(native.backend === 'tensorflow');
  // What provisioning hands a GPU machine's processes: the GPU flavor first, then the same build for the CPU.
  const asGpu: WorkerBackend = { ...native, flavor: 'gpu' };
  await assert.rejects(
    selectBackend([asGpu], 1),
    (error: unknown) =>
      error instanceof UserError &&
      /^backend tensorflow-gpu could not start: libtensorflow 2\.21\.0 lists no GPU: a CPU-only TensorFlow, or CUDA libraries it cannot find/.test(
        error.message,
      ),
  );
  const stepDown = await selectBackend([asGpu, native, { backend: 'wasm' }], 1);
  assert.equal(stepDown.name, 'tensorflow');
  assert.equal(stepDown.detail, 'tfjs-node');
  assert.equal(stepDown.candidate, native);
  assert.match(stepDown.warnings[0], /^backend tensorflow-gpu could not start: libtensorflow 2\.21\.0 lists no GPU.*; tried the next one$/);
  assert.equal(libtensorflowVersion(), '2.21.0');
  assert.equal(nativeGpuDevice(), false);
});

test("a site-packages folder: the library under tensorflow/, its pip version, and pip's CUDA folders beside it", { skip, timeout: 60_000 }, async () => {
  const site = join(tempDir('site-packages'), 'lib', 'python3.12', 'site-packages');
  const package_ = join(site, 'tensorflow');
  mkdirSync(join(package_, 'include', 'tensorflow', 'c'), { recursive: true });
  for (const library of ['libtensorflow_cc.so.2', 'libtensorflow_framework.so.2'])
    symlinkSync(join(pythonFrameworks!.tensorflowDir, library), join(package_, library));
  writeFileSync(join(package_, 'include', 'tensorflow', 'c', 'c_api.h'), '');
  mkdirSync(join(site, 'tensorflow-2.21.0.dist-info'));
  writeFileSync(join(site, 'tensorflow-2.21.0.dist-info', 'METADATA'), 'Metadata-Version: 2.1\nName: tensorflow\nVersion: 2.21.0\n');
  writeFileSync(join(site, 'tensorflow-2.21.0.dist-info', 'top_level.txt'), 'tensorflow\n');
  for (const cuda of ['cudnn', 'cublas', 'cuda_runtime']) mkdirSync(join(site, 'nvidia', cuda, 'lib'), { recursive: true });
  mkdirSync(join(site, 'nvidia', 'not-a-library'));
  const env = { ...process.env, RUNNER_TOOL_CACHE: tempDir('toolcache') };
  for (const given of [site, package_]) {
    const library = await resolveLibtensorflowInput(given, env);
    try {
      assert.equal(library.description, `the folder ${given}`);
      assert.equal(library.layout.root, given === site ? 'tensorflow' : '');
      assert.equal(library.key.version, '2.21.0');
      assert.deepEqual(
        library.runtimeLibraryDirs,
        ['cublas', 'cuda_runtime', 'cudnn'].map((cuda) => join(site, 'nvidia', cuda, 'lib')),
      );
      assert.equal(await library.readHeader('tensorflow/c/c_api.h'), '');
      assert.equal(await library.readHeader('tensorflow/c/missing.h'), null);
    } finally {
      await library.close();
    }
  }
});
