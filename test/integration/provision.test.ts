// Provisioning for real: npm against the registry, into a temporary tool cache. libtensorflow's
// download comes from a mirror on 127.0.0.1 that has nothing, so the install fails on every machine,
// and that failure must be clear, leave nothing half-installed, and let auto fall back. (Installs
// that succeed are built from the venv's TensorFlow: test/integration/native-backend.test.ts.)
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { UserError } from '../../src/util/user-error.js';
import { ensureNativePackage } from '../../src/provision/install.js';
import { MANIFEST_FILE, placeBuild } from '../../src/provision/libtensorflow-build.js';
import { buildingDir, planLibtensorflowBuild } from '../../src/provision/libtensorflow-plan.js';
import { planNativeInstall } from '../../src/provision/plan.js';
import { provisionBackends } from '../../src/provision/provision.js';
import { downloadsProxied, emptyMirror } from '../support/mirror.js';
import { repoRoot, tempDir } from '../support/paths.js';

const fakeGpuPath = `${join(repoRoot, 'test', 'fixtures', 'fake-gpu')}:${process.env.PATH}`;

test('a complete install in the tool cache is used without npm', async () => {
  const cache = tempDir('toolcache');
  const plan = planNativeInstall('cpu', cache, arch());
  mkdirSync(plan.packageDir, { recursive: true });
  writeFileSync(plan.completeMarker, '');
  // npm is made unreachable: a cache hit must not need it.
  const outcome = await ensureNativePackage(plan, () => {}, { ...process.env, TF_REPRO_NPM: '/nonexistent/npm' });
  assert.deepEqual(outcome, { installed: 'cached', packageDir: plan.packageDir, seconds: 0 });
});

test('a half-finished install is removed and redone, never loaded', async () => {
  const cache = tempDir('toolcache');
  const plan = planNativeInstall('cpu', cache, arch());
  mkdirSync(plan.packageDir, { recursive: true });
  writeFileSync(join(plan.packageDir, 'left-by-a-killed-job'), '');
  const lines: string[] = [];
  await assert.rejects(
    ensureNativePackage(plan, (line) => lines.push(line), { ...process.env, TF_REPRO_NPM: '/nonexistent/npm' }),
    /npm was not found on PATH/,
  );
  assert.ok(
    lines.some((line) => /removing a half-finished install/.test(line)),
    lines.join('\n'),
  );
  assert.ok(!existsSync(join(plan.packageDir, 'left-by-a-killed-job')));
  assert.ok(!existsSync(plan.completeMarker));
});

test('backend tensorflow: npm really installs, and a libtensorflow that cannot be downloaded is one clear error', { timeout: 180_000 }, async () => {
  const cache = tempDir('toolcache');
  const mirror = await emptyMirror();
  try {
    const env = { ...process.env, RUNNER_TOOL_CACHE: cache, TFJS_NODE_CDN_STORAGE: mirror.url };
    const lines: string[] = [];
    const failure = await provisionBackends('tensorflow', (line) => lines.push(line), env).then(
      () => assert.fail('the install succeeded though libtensorflow cannot be downloaded'),
      (error: unknown) => error,
    );
    assert.ok(failure instanceof UserError, String(failure));
    assert.match(
      failure.message,
      /^installing @tensorflow\/tfjs-node@4\.22\.0 failed: npm exited with 1: .+\. Its install downloads libtensorflow: .*TFJS_NODE_CDN_STORAGE to a mirror$/,
    );
    assert.equal(failure.message.split('\n').length, 1);
    assert.ok(
      lines.some((line) => line.includes('(mirror settings: TFJS_NODE_CDN_STORAGE)')),
      lines.join('\n'),
    );
    // npm got the package and ran its install script, which asked the mirror: the failure is the download's.
    if (!downloadsProxied) {
      assert.equal(mirror.asked.length, 1, failure.message);
      assert.match(mirror.asked[0], /libtensorflow.*-2\.9\.1\.tar\.gz$|libtensorflow_.*\.tar\.gz$/);
    }
    const plan = planNativeInstall('cpu', cache, arch());
    assert.ok(!existsSync(plan.installDir), 'a failed install leaves no folder behind');
    assert.ok(!existsSync(plan.completeMarker));
  } finally {
    await mirror.close();
  }
});

test('backend tensorflow-gpu without the CUDA libraries names the missing one', async () => {
  await assert.rejects(
    provisionBackends('tensorflow-gpu', () => {}, { ...process.env, PATH: fakeGpuPath, LD_LIBRARY_PATH: '' }),
    (error: unknown) => error instanceof UserError && /^backend 'tensorflow-gpu': libcudart\.so\.11\.0 was not found .*LD_LIBRARY_PATH/.test(error.message),
  );
});

test('backend auto on a GPU machine without CUDA falls back to native CPU, then wasm, with warnings', { timeout: 180_000 }, async () => {
  const cache = tempDir('toolcache');
  const mirror = await emptyMirror();
  try {
    const env = { ...process.env, PATH: fakeGpuPath, LD_LIBRARY_PATH: '', RUNNER_TOOL_CACHE: cache, TFJS_NODE_CDN_STORAGE: mirror.url };
    const provisioned = await provisionBackends('auto', () => {}, env);
    assert.equal(provisioned.machine.gpus.length, 2);
    assert.equal(provisioned.machine.gpus[0].name, 'NVIDIA A10G');
    assert.match(provisioned.warnings[0], /^backend auto: not training on the GPU: libcudart\.so\.11\.0 was not found/);
    // The native CPU package was tried (its libtensorflow is not on the mirror): said, and skipped.
    assert.deepEqual(
      provisioned.candidates.map((c) => c.backend),
      ['wasm', 'cpu'],
    );
    assert.match(provisioned.warnings[1], /^backend auto: installing @tensorflow\/tfjs-node@4\.22\.0 failed: npm exited with 1: .*; falling back$/);
  } finally {
    await mirror.close();
  }
});

test('backend auto without a GPU installs nothing', async () => {
  const cache = tempDir('toolcache');
  const provisioned = await provisionBackends('auto', () => {}, { ...process.env, PATH: '/usr/bin:/bin', RUNNER_TOOL_CACHE: cache });
  assert.deepEqual(provisioned.candidates, [{ backend: 'wasm' }, { backend: 'cpu' }]);
  assert.deepEqual(provisioned.machine.gpus, []);
});

test('two builds of one library finishing together: the first is renamed into place, the second goes, neither is half-used', async () => {
  const cache = tempDir('toolcache');
  const plan = planLibtensorflowBuild('cpu', cache, arch(), process.versions.napi ?? '0', { version: '2.21.0', identity: 'cafe0123' });
  mkdirSync(dirname(plan.installDir), { recursive: true });
  const builds = ['first', 'second'].map((name) => {
    const dir = buildingDir(plan.installDir, name);
    mkdirSync(dir);
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ builtBy: name }));
    return dir;
  });
  await placeBuild(builds[0], plan);
  await placeBuild(builds[1], plan);
  assert.deepEqual(JSON.parse(readFileSync(join(plan.installDir, MANIFEST_FILE), 'utf8')), { builtBy: 'first' });
  assert.ok(existsSync(builds[1]), 'the second build is left for its own job to remove');
  // A folder in its place that no build made (no manifest) is replaced.
  rmSync(plan.installDir, { recursive: true });
  mkdirSync(join(plan.installDir, 'node_modules'), { recursive: true });
  await placeBuild(builds[1], plan);
  assert.deepEqual(JSON.parse(readFileSync(join(plan.installDir, MANIFEST_FILE), 'utf8')), { builtBy: 'second' });
});
