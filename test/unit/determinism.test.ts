import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  determinismEnvironment,
  DETERMINISM_VARIABLES,
  nativeLibraryEnvironment,
  observedDeterminismVariables,
  oneDnnEnabled,
  pinnedVariables,
  PINNED_VARIABLES,
  tensorflowBoolean,
  tensorflowOneDnnDefault,
  tensorflowThreadPools,
} from '../../src/determinism/environment.js';
import { parseCpuInfo, type CpuHost } from '../../src/util/cpu-host.js';

test('deterministic runs get the published settings; threads reach the op pools', () => {
  assert.deepEqual(determinismEnvironment(true, 1), {
    TF_DETERMINISTIC_OPS: '1',
    TF_CUDNN_DETERMINISTIC: '1',
    PYTHONHASHSEED: '0',
    TF_NUM_INTEROP_THREADS: '1',
    TF_NUM_INTRAOP_THREADS: '1',
    OMP_NUM_THREADS: '1',
  });
  assert.equal(determinismEnvironment(true, 4).TF_NUM_INTRAOP_THREADS, '4');
});

test('unpinned runs get none of them', () => {
  assert.deepEqual(determinismEnvironment(false, 1), {});
});

test('observed variables report unset ones as null', () => {
  const seen = observedDeterminismVariables({ TF_DETERMINISTIC_OPS: '1' });
  assert.equal(seen.TF_DETERMINISTIC_OPS, '1');
  assert.equal(seen.PYTHONHASHSEED, null);
  assert.equal(seen.TF_ENABLE_ONEDNN_OPTS, null);
  assert.equal(Object.keys(seen).length, 7);
});

const EPYC_FLAGS = 'fpu vme de pse tsc msr pae mce cx8 apic sse sse2 ssse3 fma cx16 sse4_1 sse4_2 avx f16c avx2 bmi2';
const epyc = parseCpuInfo(`processor\t: 0\nvendor_id\t: AuthenticAMD\nflags\t\t: ${EPYC_FLAGS}\n\nprocessor\t: 1\n`, 'linux', 'x64');
const sapphireRapids = parseCpuInfo(`flags\t\t: ${EPYC_FLAGS} avx512f avx512_vnni avx512_bf16 amx_tile amx_int8 amx_bf16\n`, 'linux', 'x64');
const graviton3 = parseCpuInfo('processor\t: 0\nFeatures\t: fp asimd sve\nCPU implementer\t: 0x41\nCPU part\t: 0xd40\n', 'linux', 'arm64');
const graviton2 = parseCpuInfo('Features\t: fp asimd\nCPU implementer\t: 0x41\nCPU part\t: 0xd0c\n', 'linux', 'arm64');

test("TensorFlow's oneDNN default: Linux CPUs with AI features (AVX512_VNNI, BF16, AMX; Neoverse V1), Windows x86-64; else off", () => {
  assert.equal(epyc.flags.includes('avx2'), true);
  assert.equal(tensorflowOneDnnDefault(epyc), false);
  assert.equal(tensorflowOneDnnDefault(sapphireRapids), true);
  assert.equal(tensorflowOneDnnDefault(parseCpuInfo('flags : avx_vnni\n', 'linux', 'x64')), true);
  assert.equal(graviton3.armNeoverseV1, true);
  assert.equal(tensorflowOneDnnDefault(graviton3), true);
  assert.equal(tensorflowOneDnnDefault(graviton2), false);
  const other = (platform: string, arch: string): CpuHost => ({ platform, arch, flags: [], armNeoverseV1: false });
  assert.equal(tensorflowOneDnnDefault(other('win32', 'x64')), true);
  assert.equal(tensorflowOneDnnDefault(other('darwin', 'arm64')), false);
});

test("the determinism settings pin TF_ENABLE_ONEDNN_OPTS: the runner's value, else TensorFlow's default here", () => {
  assert.deepEqual(PINNED_VARIABLES, ['TF_ENABLE_ONEDNN_OPTS']);
  assert.ok(!(DETERMINISM_VARIABLES as readonly string[]).includes('TF_ENABLE_ONEDNN_OPTS'), 'not a switch diagnose turns off');
  assert.deepEqual(pinnedVariables({}, epyc), { TF_ENABLE_ONEDNN_OPTS: '0' });
  assert.deepEqual(pinnedVariables({}, sapphireRapids), { TF_ENABLE_ONEDNN_OPTS: '1' });
  assert.deepEqual(pinnedVariables({ TF_ENABLE_ONEDNN_OPTS: 'true' }, epyc), { TF_ENABLE_ONEDNN_OPTS: 'true' });
  assert.deepEqual(pinnedVariables({ TF_ENABLE_ONEDNN_OPTS: '' }, sapphireRapids), { TF_ENABLE_ONEDNN_OPTS: '1' });
  const pinned = pinnedVariables({}, epyc);
  assert.equal(determinismEnvironment(true, 1, [], pinned).TF_ENABLE_ONEDNN_OPTS, '0');
  assert.equal(determinismEnvironment(true, 1, ['TF_DETERMINISTIC_OPS'], pinned).TF_ENABLE_ONEDNN_OPTS, '0', 'diagnose switching others off keeps it');
  assert.deepEqual(determinismEnvironment(false, 1, [], pinned), {}, 'unpinned runs set nothing: TensorFlow takes the same default');
});

test('oneDNN as TensorFlow runs it: built with it, and the variable as TensorFlow reads it, else its default', () => {
  assert.equal(tensorflowBoolean('TRUE'), true);
  assert.equal(tensorflowBoolean(' 0 '), false);
  assert.equal(tensorflowBoolean('yes'), null);
  assert.equal(tensorflowBoolean(undefined), null);
  assert.equal(oneDnnEnabled({ TF_ENABLE_ONEDNN_OPTS: '1' }, epyc, true), true);
  assert.equal(oneDnnEnabled({ TF_ENABLE_ONEDNN_OPTS: '1' }, epyc, false), false, 'a library without oneDNN never runs it');
  assert.equal(oneDnnEnabled({}, epyc, true), false);
  assert.equal(oneDnnEnabled({ TF_ENABLE_ONEDNN_OPTS: 'maybe' }, sapphireRapids, true), true, 'an unreadable value is the default');
  assert.equal(oneDnnEnabled({ TF_ENABLE_ONEDNN_OPTS: 'false' }, sapphireRapids, true), false);
});

test("TensorFlow's thread pools: the variables where positive whole numbers, else one per processor", () => {
  assert.deepEqual(tensorflowThreadPools({ TF_NUM_INTRAOP_THREADS: '2', TF_NUM_INTEROP_THREADS: '1' }, 16), { intraOp: 2, interOp: 1 });
  assert.deepEqual(tensorflowThreadPools({}, 16), { intraOp: 16, interOp: 16 });
  assert.deepEqual(tensorflowThreadPools({ TF_NUM_INTRAOP_THREADS: '0', TF_NUM_INTEROP_THREADS: 'x' }, 4), { intraOp: 4, interOp: 4 });
});

test("pip's CUDA folders beside a Python TensorFlow go first on the training processes' LD_LIBRARY_PATH", () => {
  const cublas = '/venv/lib/python3.12/site-packages/nvidia/cublas/lib';
  const cudnn = '/venv/lib/python3.12/site-packages/nvidia/cudnn/lib';
  assert.deepEqual(nativeLibraryEnvironment([undefined, []], { LD_LIBRARY_PATH: '/usr/local/cuda/lib64' }), {}, 'none needed: the runner’s stays as it is');
  assert.deepEqual(nativeLibraryEnvironment([[cublas, cudnn], [cublas, cudnn], undefined], { LD_LIBRARY_PATH: '/usr/local/cuda/lib64:' }), {
    LD_LIBRARY_PATH: `${cublas}:${cudnn}:/usr/local/cuda/lib64`,
  });
  assert.deepEqual(nativeLibraryEnvironment([[cublas]], {}), { LD_LIBRARY_PATH: cublas });
});
