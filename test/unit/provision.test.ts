import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkCudaLibraries, parseLdconfigCache, REQUIRED_CUDA_LIBRARIES } from '../../src/provision/cuda-libraries.js';
import { npmFailureReason } from '../../src/provision/install.js';
import { parseNvidiaSmiGpus } from '../../src/provision/nvidia-smi.js';
import { decideBackends, planNativeInstall, type PreflightFindings } from '../../src/provision/plan.js';

test('nvidia-smi CSV: one GPU per line, in CUDA index order', () => {
  const parsed = parseNvidiaSmiGpus('NVIDIA H100 80GB HBM3, 550.54.15, 81559 MiB\nTesla T4, 535.104.05, 15360 MiB\n');
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value, [
    { index: 0, name: 'NVIDIA H100 80GB HBM3', driverVersion: '550.54.15', memoryTotalMiB: 81559 },
    { index: 1, name: 'Tesla T4', driverVersion: '535.104.05', memoryTotalMiB: 15360 },
  ]);
  const none = parseNvidiaSmiGpus('\n');
  assert.ok(none.ok && none.value.length === 0);
  const bad = parseNvidiaSmiGpus('No devices were found');
  assert.equal(bad.ok, false);
  const badDriver = parseNvidiaSmiGpus('Tesla T4, [N/A], 15360 MiB');
  assert.equal(badDriver.ok, false);
});

const LDCONFIG = `1234 libs found in cache \`/etc/ld.so.cache'
\tlibcudnn.so.8 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/libcudnn.so.8
\tlibcudart.so.11.0 (libc6,x86-64) => /usr/local/cuda-11.2/lib64/libcudart.so.11.0
\tlibc.so.6 (libc6,x86-64, OS ABI: Linux 3.2.0) => /lib/x86_64-linux-gnu/libc.so.6
`;

test('ldconfig -p: soname to path', () => {
  const cache = parseLdconfigCache(LDCONFIG);
  assert.equal(cache.get('libcudnn.so.8'), '/usr/lib/x86_64-linux-gnu/libcudnn.so.8');
  assert.equal(cache.get('libc.so.6'), '/lib/x86_64-linux-gnu/libc.so.6');
  assert.equal(cache.size, 3);
});

test('missing CUDA libraries are named, with versions of what was found', () => {
  const check = checkCudaLibraries(parseLdconfigCache(LDCONFIG), ['/usr/local/cuda-11.2/lib64/libcudart.so.11.2.152', 'libcudnn.so.8.1.0']);
  assert.deepEqual(
    check.missing.map((m) => m.soname),
    ['libcublas.so.11', 'libcublasLt.so.11', 'libcufft.so.10', 'libcurand.so.10', 'libcusolver.so.11', 'libcusparse.so.11'],
  );
  assert.equal(check.cudaVersion, '11.2.152');
  assert.equal(check.cudnnVersion, '8.1.0');
  const all = new Map(REQUIRED_CUDA_LIBRARIES.map((l) => [l.soname, `/x/${l.soname}`]));
  assert.equal(checkCudaLibraries(all, []).missing.length, 0);
});

test('install plan: pinned version in the tool cache layout', () => {
  const plan = planNativeInstall('gpu', '/opt/hostedtoolcache', 'x64');
  assert.equal(plan.packageName, '@tensorflow/tfjs-node-gpu');
  assert.equal(plan.version, '4.22.0');
  assert.equal(plan.installDir, '/opt/hostedtoolcache/tensorflow-tfjs-node-gpu/4.22.0/x64');
  assert.equal(plan.completeMarker, '/opt/hostedtoolcache/tensorflow-tfjs-node-gpu/4.22.0/x64.complete');
  assert.equal(plan.packageDir, '/opt/hostedtoolcache/tensorflow-tfjs-node-gpu/4.22.0/x64/node_modules/@tensorflow/tfjs-node-gpu');
  assert.deepEqual(plan.npmArgs.slice(0, 3), ['install', '--prefix', plan.installDir]);
  assert.equal(plan.npmArgs.at(-1), '@tensorflow/tfjs-node-gpu@4.22.0');
  assert.equal(planNativeInstall('cpu', '/c', 'arm64').packageDir, '/c/tensorflow-tfjs-node/4.22.0/arm64/node_modules/@tensorflow/tfjs-node');
});

test('npm failure: the unreachable host in a few words', () => {
  const output = ["npm error   code: 'ENOTFOUND',", "npm error   hostname: 'storage.googleapis.com'", 'npm error Node.js v20.20.2'];
  assert.equal(npmFailureReason(output), 'could not reach storage.googleapis.com (ENOTFOUND)');
  assert.equal(npmFailureReason(['npm error 404 Not Found - GET x']), '404 Not Found - GET x');
});

const gpuReady: PreflightFindings = { gpuCount: 2, noGpuReason: null, missingLibraries: [], cached: [] };
const gpuNoCuda: PreflightFindings = { ...gpuReady, missingLibraries: [{ soname: 'libcudnn.so.8', from: 'cuDNN 8' }] };
const noGpu: PreflightFindings = { gpuCount: 0, noGpuReason: 'nvidia-smi is not on PATH', missingLibraries: [], cached: [] };

test('fallback order: auto goes GPU → native CPU → wasm → cpu', () => {
  const names = (d: ReturnType<typeof decideBackends>) =>
    d.ok ? d.candidates.map((c) => (c.backend === 'tensorflow' ? `tensorflow-${c.flavor}` : c.backend)) : d.error;
  assert.deepEqual(names(decideBackends('auto', gpuReady)), ['tensorflow-gpu', 'tensorflow-cpu', 'wasm', 'cpu']);
  const noCuda = decideBackends('auto', gpuNoCuda);
  assert.deepEqual(names(noCuda), ['tensorflow-cpu', 'wasm', 'cpu']);
  assert.ok(noCuda.ok && /libcudnn\.so\.8 was not found/.test(noCuda.warnings[0]));
  // Without a GPU auto installs nothing; a native CPU package already cached is used.
  assert.deepEqual(names(decideBackends('auto', noGpu)), ['wasm', 'cpu']);
  assert.deepEqual(names(decideBackends('auto', { ...noGpu, cached: ['cpu'] })), ['tensorflow-cpu', 'wasm', 'cpu']);
});

test('explicit choices do not fall back; tensorflow-gpu names the missing library', () => {
  const missing = decideBackends('tensorflow-gpu', gpuNoCuda);
  assert.equal(missing.ok, false);
  assert.ok(!missing.ok && /^backend 'tensorflow-gpu': libcudnn\.so\.8 was not found: .*LD_LIBRARY_PATH/.test(missing.error));
  const none = decideBackends('tensorflow-gpu', noGpu);
  assert.ok(!none.ok && /no NVIDIA GPU was found \(nvidia-smi is not on PATH\)/.test(none.error));
  assert.deepEqual(decideBackends('tensorflow', noGpu), { ok: true, candidates: [{ backend: 'tensorflow', flavor: 'cpu' }], warnings: [] });
  assert.deepEqual(decideBackends('wasm', gpuReady), { ok: true, candidates: [{ backend: 'wasm' }], warnings: [] });
});

test('a fold that differs between runs on different GPUs is named as a finding', async () => {
  const { gpuFindings } = await import('../../src/report/build.js');
  const fold = (device: string, loss: number) => ({ fold: 0, metrics: { loss }, weightsSha256: null, trainSeconds: 1, device });
  const run = (n: number, device: string, loss: number) => ({
    run: n,
    role: 'control' as const,
    status: 'ok' as const,
    error: null,
    startedAt: '',
    durationSeconds: 1,
    folds: [fold(device, loss)],
    environment: null,
    warnings: [],
  });
  const { compareRuns } = await import('../../src/comparison/compare.js');
  const differ = [run(1, 'GPU 0 (A10G)', 0.5), run(2, 'GPU 1 (T4)', 0.6)];
  const findings = gpuFindings(differ, compareRuns(differ, 0));
  assert.equal(findings.length, 1);
  assert.match(findings[0], /^fold 0 differs between runs that trained on different GPUs \(run 1: GPU 0 \(A10G\), run 2: GPU 1 \(T4\)\)/);
  const sameGpu = [run(1, 'GPU 0 (A10G)', 0.5), run(2, 'GPU 0 (A10G)', 0.6)];
  assert.deepEqual(gpuFindings(sameGpu, compareRuns(sameGpu, 0)), []);
  const agree = [run(1, 'GPU 0 (A10G)', 0.5), run(2, 'GPU 1 (T4)', 0.5)];
  assert.deepEqual(gpuFindings(agree, compareRuns(agree, 0)), []);
});
