// Provisioning for real: npm against the registry, into a temporary tool cache. On machines that
// cannot reach libtensorflow's download (like CI's), the install fails, and that failure must be
// clear, leave nothing half-installed, and let auto fall back.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { UserError } from '../../src/contracts.js';
import { ensureNativePackage } from '../../src/provision/install.js';
import { MANIFEST_FILE, placeBuild } from '../../src/provision/libtensorflow-build.js';
import { buildingDir, planLibtensorflowBuild } from '../../src/provision/libtensorflow-plan.js';
import { planNativeInstall } from '../../src/provision/plan.js';
import { provisionBackends } from '../../src/provision/provision.js';
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

test('backend tensorflow: npm really installs, and an unreachable libtensorflow is one clear error', { timeout: 180_000 }, async (t) => {
  const cache = tempDir('toolcache');
  try {
    const provisioned = await provisionBackends('tensorflow', () => {}, { ...process.env, RUNNER_TOOL_CACHE: cache });
    // Where the download works, the package is installed and marked complete.
    t.diagnostic('libtensorflow could be downloaded here: the native package is installed');
    const [candidate] = provisioned.candidates;
    assert.equal(candidate.backend, 'tensorflow');
    assert.ok(candidate.backend === 'tensorflow' && existsSync(candidate.packageDir));
  } catch (error) {
    assert.ok(error instanceof UserError, String(error));
    assert.match(error.message, /^installing @tensorflow\/tfjs-node@4\.22\.0 failed: npm exited with 1: .*TFJS_NODE_CDN_STORAGE/);
    assert.equal(error.message.split('\n').length, 1);
    const plan = planNativeInstall('cpu', cache, arch());
    assert.ok(!existsSync(plan.installDir), 'a failed install leaves no folder behind');
    assert.ok(!existsSync(plan.completeMarker));
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
  const provisioned = await provisionBackends('auto', () => {}, { ...process.env, PATH: fakeGpuPath, LD_LIBRARY_PATH: '', RUNNER_TOOL_CACHE: cache });
  assert.equal(provisioned.machine.gpus.length, 2);
  assert.equal(provisioned.machine.gpus[0].name, 'NVIDIA A10G');
  assert.match(provisioned.warnings[0], /^backend auto: not training on the GPU: libcudart\.so\.11\.0 was not found/);
  const names = provisioned.candidates.map((c) => c.backend);
  if (names[0] === 'tensorflow') {
    assert.deepEqual(names, ['tensorflow', 'wasm', 'cpu']);
  } else {
    // The native CPU package could not be installed here: said, and skipped.
    assert.deepEqual(names, ['wasm', 'cpu']);
    assert.match(provisioned.warnings[1], /^backend auto: installing @tensorflow\/tfjs-node@4\.22\.0 failed: .*; falling back$/);
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
