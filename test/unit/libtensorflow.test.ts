// The libtensorflow input's pure decisions: what the value names, where the library is in a
// source, which headers the binding needs, the version, the cache key, the order tried, and the
// one line a failed compile is told in. And the zip reader on archives made here.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import {
  buildFailureReason,
  buildingDir,
  findLibraryLayout,
  headerClosure,
  isBuildingDir,
  libraryIdentity,
  ownsTensorflowPackage,
  parseLibtensorflowInput,
  planLibtensorflowBuild,
  quotedIncludes,
  versionFromFileNames,
  versionFromHeader,
  versionFromMetadata,
} from '../../src/provision/libtensorflow-plan.js';
import { decideBackends, type PreflightFindings } from '../../src/provision/plan.js';
import { crc32, findCentralDirectory, parseCentralDirectory, ZipArchive } from '../../src/provision/zip-archive.js';
import { actionInputLabel, cliFlagLabel } from '../../src/inputs/setting-names.js';
import { parseSettings } from '../../src/inputs/settings.js';
import { tempDir } from '../support/paths.js';

test('the value names python3, a wheel or a folder; empty is none', () => {
  assert.equal(parseLibtensorflowInput(''), null);
  assert.equal(parseLibtensorflowInput('  '), null);
  assert.deepEqual(parseLibtensorflowInput('python'), { kind: 'python' });
  assert.deepEqual(parseLibtensorflowInput('dist/tensorflow_cpu-2.21.0-cp311-cp311-manylinux_2_27_x86_64.WHL'), {
    kind: 'wheel',
    path: 'dist/tensorflow_cpu-2.21.0-cp311-cp311-manylinux_2_27_x86_64.WHL',
  });
  assert.deepEqual(parseLibtensorflowInput('./python'), { kind: 'directory', path: './python' });
  assert.deepEqual(parseLibtensorflowInput('/opt/venv/lib/python3.11/site-packages/tensorflow'), {
    kind: 'directory',
    path: '/opt/venv/lib/python3.11/site-packages/tensorflow',
  });
});

test('settings: libtensorflow is kept; with a command, wasm or cpu it is one error naming both', () => {
  const given = parseSettings({ libtensorflow: ' python ', backend: 'tensorflow' }, actionInputLabel);
  assert.ok(given.ok && given.value.libtensorflow === 'python');
  const none = parseSettings({}, actionInputLabel);
  assert.ok(none.ok && !('libtensorflow' in none.value));
  const wasm = parseSettings({ libtensorflow: 'python', backend: 'wasm' }, cliFlagLabel);
  assert.ok(!wasm.ok);
  assert.equal(
    wasm.error,
    '--libtensorflow builds the native backend, which --backend wasm does not use: use backend tensorflow, tensorflow-gpu or auto, or leave --libtensorflow out',
  );
  const command = parseSettings({ libtensorflow: 'x.whl', command: 'python train.py' }, actionInputLabel);
  assert.ok(!command.ok);
  assert.match(command.error, /^input 'libtensorflow' does not apply with input 'command'/);
});

const PYTHON_PACKAGE = ['libtensorflow_cc.so.2', 'libtensorflow_framework.so.2', 'include/tensorflow/c/c_api.h'];

test('the library is found in a Python package, under tensorflow/ of a site-packages or wheel, or in the C archive', () => {
  const inFolder = (files: string[]) => (path: string) => files.includes(path);
  const python = findLibraryLayout(inFolder(PYTHON_PACKAGE), ['', 'tensorflow']);
  assert.ok('found' in python && python.found.name === 'python-package' && python.found.root === '');
  const site = findLibraryLayout(inFolder(PYTHON_PACKAGE.map((path) => `tensorflow/${path}`)), ['', 'tensorflow']);
  assert.ok('found' in site && site.found.root === 'tensorflow');
  const archive = findLibraryLayout(inFolder(['lib/libtensorflow.so.2', 'lib/libtensorflow_framework.so.2', 'include/tensorflow/c/c_api.h']), [
    '',
    'tensorflow',
  ]);
  assert.ok('found' in archive && archive.found.name === 'c-archive');
  const headersMissing = findLibraryLayout(inFolder(PYTHON_PACKAGE.slice(0, 2)), ['']);
  assert.deepEqual(headersMissing, { lookedFor: ['libtensorflow_cc.so.2', 'lib/libtensorflow.so.2'] });
});

test('the headers the binding needs, followed through their includes; system and missing ones left out', async () => {
  const headers: Record<string, string> = {
    'tensorflow/c/c_api.h': '#include <stdint.h>\n#include "tensorflow/c/tf_status.h"\n  #  include "tensorflow/c/c_api_macros.h"\n',
    'tensorflow/c/tf_status.h': '#include "tensorflow/c/c_api_macros.h"\n#include "xla/tsl/c/tsl_status.h"\n',
    'tensorflow/c/c_api_macros.h': '// #include "not/this.h" is a comment\n',
    'xla/tsl/c/tsl_status.h': '',
    'tensorflow/core/framework/unused.h': '',
  };
  assert.deepEqual(quotedIncludes(headers['tensorflow/c/c_api.h']), ['tensorflow/c/tf_status.h', 'tensorflow/c/c_api_macros.h']);
  const binding = '#include <node_api.h>\n#include "utils.h"\n#include "tensorflow/c/c_api.h"\n';
  const needed = await headerClosure([binding], async (header) => headers[header] ?? null);
  assert.deepEqual(needed, ['tensorflow/c/c_api.h', 'tensorflow/c/c_api_macros.h', 'tensorflow/c/tf_status.h', 'xla/tsl/c/tsl_status.h']);
});

test("the version: the wheel's or pip's METADATA, else version.h, else the library's file name", () => {
  assert.equal(versionFromMetadata('Metadata-Version: 2.1\nName: tensorflow-cpu\nVersion: 2.21.0\nSummary: x\n'), '2.21.0');
  assert.equal(versionFromMetadata('Name: x\n'), null);
  assert.ok(ownsTensorflowPackage('tensorflow\n'));
  assert.ok(!ownsTensorflowPackage('tensorflow_io_gcs_filesystem\n'));
  const header = '#define TF_MAJOR_VERSION 2\n#define TF_MINOR_VERSION 9\n#define TF_PATCH_VERSION 1\n#define TF_VERSION_SUFFIX ""\n';
  assert.equal(versionFromHeader(header), '2.9.1');
  assert.equal(versionFromHeader(header.replace('""', '"-rc0"')), '2.9.1-rc0');
  assert.equal(versionFromHeader('#define TF_GRAPH_DEF_VERSION 1205\n'), null);
  assert.equal(versionFromFileNames(['libtensorflow.so', 'libtensorflow.so.2', 'libtensorflow.so.2.9.1']), '2.9.1');
  assert.equal(versionFromFileNames(['libtensorflow_framework.so.2.9.1']), null);
});

test('the cache key: package, library version and bytes, arch, Node-API; a build happens beside it', () => {
  const library = { size: 788086608, crc32: 0xcacd225b };
  const framework = { size: 65222328, crc32: 0x1234 };
  const identity = libraryIdentity(library, framework);
  assert.match(identity, /^[0-9a-f]{8}$/);
  assert.equal(libraryIdentity({ ...library }, { ...framework }), identity, 'the same bytes, the same key');
  assert.notEqual(libraryIdentity({ ...library, crc32: 1 }, framework), identity);
  assert.notEqual(libraryIdentity(library, { ...framework, size: 1 }), identity);
  const plan = planLibtensorflowBuild('cpu', '/opt/hostedtoolcache', 'x64', '9', { version: '2.21.0', identity: 'cafe0123' });
  assert.equal(plan.installDir, '/opt/hostedtoolcache/tensorflow-tfjs-node/4.22.0-libtensorflow-2.21.0-cafe0123/x64-napi9');
  assert.equal(plan.completeMarker, `${plan.installDir}.complete`);
  assert.equal(plan.packageDir, `${plan.installDir}/node_modules/@tensorflow/tfjs-node`);
  assert.ok(plan.npmArgs.includes('--ignore-scripts'), 'the install script would download libtensorflow');
  assert.equal(plan.npmArgs.at(-1), '@tensorflow/tfjs-node@4.22.0');
  const gpu = planLibtensorflowBuild('gpu', '/c', 'arm64', '10', { version: '2.16.0/rc1', identity: 'cafe0123' });
  assert.equal(gpu.installDir, '/c/tensorflow-tfjs-node-gpu/4.22.0-libtensorflow-2.16.0_rc1-cafe0123/arm64-napi10');
  const building = buildingDir(plan.installDir, '4242-0a1b2c3d');
  assert.equal(building, `${plan.installDir}.building-4242-0a1b2c3d`);
  assert.ok(isBuildingDir('x64-napi9.building-4242-0a1b2c3d'));
  assert.ok(!isBuildingDir('x64-napi9') && !isBuildingDir('x64-napi9.complete'));
});

const gpuReady: PreflightFindings = { gpuCount: 1, noGpuReason: null, missingLibraries: [], cached: [] };
const gpuNoCuda11: PreflightFindings = { ...gpuReady, missingLibraries: [{ soname: 'libcudart.so.11.0', from: 'CUDA 11' }] };
const noGpu: PreflightFindings = { gpuCount: 0, noGpuReason: 'nvidia-smi is not on PATH', missingLibraries: [], cached: [] };
const names = (decision: ReturnType<typeof decideBackends>) =>
  decision.ok ? decision.candidates.map((c) => (c.backend === 'tensorflow' ? `tensorflow-${c.flavor}` : c.backend)) : decision.error;

test('with libtensorflow, auto tries the native backend before wasm; the CUDA 11 check is not its', () => {
  assert.deepEqual(names(decideBackends('auto', { ...noGpu, libtensorflow: true })), ['tensorflow-cpu', 'wasm', 'cpu']);
  assert.deepEqual(names(decideBackends('auto', noGpu)), ['wasm', 'cpu'], 'without it, nothing changes');
  assert.deepEqual(names(decideBackends('auto', { ...gpuReady, libtensorflow: true })), ['tensorflow-gpu', 'tensorflow-cpu', 'wasm', 'cpu']);
  assert.deepEqual(names(decideBackends('auto', { ...gpuNoCuda11, libtensorflow: true })), ['tensorflow-gpu', 'tensorflow-cpu', 'wasm', 'cpu']);
  assert.deepEqual(names(decideBackends('tensorflow-gpu', { ...gpuNoCuda11, libtensorflow: true })), ['tensorflow-gpu']);
  assert.match(String(names(decideBackends('tensorflow-gpu', { ...noGpu, libtensorflow: true }))), /^backend 'tensorflow-gpu': no NVIDIA GPU was found/);
  assert.deepEqual(names(decideBackends('tensorflow', { ...noGpu, libtensorflow: true })), ['tensorflow-cpu']);
});

test('a failed build is told by its first compiler error, else by gyp, else by its last lines', () => {
  const compiler = [
    '> @tensorflow/tfjs-node@4.22.0 build-addon-from-source',
    'gyp info it worked if it ends with ok',
    '  CXX(target) Release/obj.target/tfjs_binding/binding/tfjs_backend.o',
    'In file included from ../binding/tfjs_backend.h:21,',
    '/c/deps/include/tensorflow/c/c_api.h:1:2: error: #error broken on purpose',
    '    1 | #error broken on purpose',
    'make: *** [tfjs_binding.target.mk:117: Release/obj.target/tfjs_binding/binding/tfjs_backend.o] Error 1',
    'gyp ERR! build error',
    'npm error code 1',
  ];
  assert.equal(buildFailureReason(compiler), '/c/deps/include/tensorflow/c/c_api.h:1:2: error: #error broken on purpose');
  const noMake = ['gyp info spawn make', 'gyp ERR! build error', 'gyp ERR! stack Error: not found: make', 'gyp ERR! System Linux'];
  assert.equal(buildFailureReason(noMake), 'Error: not found: make');
  assert.equal(buildFailureReason(['npm error something odd', 'npm error at the end']), 'something odd | at the end');
});

test('zip: the central directory, entries read and extracted with their CRC-32 checked', async () => {
  const dir = tempDir('zip');
  const big = Buffer.alloc(300_000, 7);
  const zip = Buffer.from(
    zipSync(
      {
        'tensorflow/include/tensorflow/c/c_api.h': [Buffer.from('#include "tensorflow/c/tf_status.h"\n'), { level: 0 }],
        'tensorflow/libtensorflow_cc.so.2': [big, { level: 6 }],
        'tensorflow_cpu-2.21.0.dist-info/METADATA': Buffer.from('Version: 2.21.0\n'),
      },
      { comment: 'made by the test' },
    ),
  );
  const where = findCentralDirectory(zip, 0);
  assert.ok(where !== null && !('zip64At' in where) && where.entries === 3);
  const entries = parseCentralDirectory(zip.subarray(where.offset, where.offset + where.size));
  assert.deepEqual(
    entries.map((entry) => [entry.name, entry.method, entry.size]),
    [
      ['tensorflow/include/tensorflow/c/c_api.h', 0, 36],
      ['tensorflow/libtensorflow_cc.so.2', 8, 300_000],
      ['tensorflow_cpu-2.21.0.dist-info/METADATA', 8, 16],
    ],
  );
  assert.equal(entries[1].crc32, crc32(big));
  const path = join(dir, 'tensorflow_cpu-2.21.0-cp311-cp311-manylinux_2_27_x86_64.whl');
  writeFileSync(path, zip);
  const archive = await ZipArchive.open(path);
  try {
    assert.equal((await archive.read('tensorflow/include/tensorflow/c/c_api.h'))?.toString(), '#include "tensorflow/c/tf_status.h"\n');
    assert.equal(await archive.read('tensorflow/missing.h'), null);
    await archive.extract('tensorflow/libtensorflow_cc.so.2', join(dir, 'libtensorflow_cc.so.2'));
    assert.ok(readFileSync(join(dir, 'libtensorflow_cc.so.2')).equals(big));
  } finally {
    await archive.close();
  }
  // A damaged byte in the deflated data: never written out as if whole.
  const damaged = Buffer.from(zip);
  damaged[entries[1].localHeaderOffset + 30 + entries[1].name.length + 40] ^= 0xff;
  writeFileSync(path, damaged);
  const broken = await ZipArchive.open(path);
  try {
    await assert.rejects(broken.extract('tensorflow/libtensorflow_cc.so.2', join(dir, 'again.so')), /damaged|invalid|incorrect/);
  } finally {
    await broken.close();
  }
  writeFileSync(path, 'not a zip at all');
  await assert.rejects(ZipArchive.open(path), /not a zip archive/);
});
