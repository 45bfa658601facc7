// How the bench finds the native peer's tfjs-node package: complete entries of the tool cache,
// whatever their tool name and version, newest first; and the checks of --native-package.
import assert from 'node:assert/strict';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkNativePackageDir, nativePackagesInToolCache } from '../../bench/native-package.js';
import { scratchDir } from '../support/paths.js';

/** A tool-cache entry as provisioning leaves it: the package inside, the marker beside (when complete). */
function entry(toolCache: string, parts: string[], complete: boolean, completedAt = new Date()): string {
  const dir = join(toolCache, ...parts);
  const packageDir = join(dir, 'node_modules', '@tensorflow', 'tfjs-node');
  mkdirSync(packageDir, { recursive: true });
  writeFileSync(join(packageDir, 'package.json'), '{"name":"@tensorflow/tfjs-node"}');
  if (complete) {
    writeFileSync(`${dir}.complete`, '');
    utimesSync(`${dir}.complete`, completedAt, completedAt);
  }
  return packageDir;
}

test('complete tfjs-node packages in the tool cache are found, newest first; unfinished ones are not', () => {
  const cache = scratchDir('bench-tool-cache');
  const downloaded = entry(cache, ['tensorflow-tfjs-node', '4.22.0', 'x64'], true, new Date('2026-01-01'));
  const built = entry(cache, ['tensorflow-tfjs-node-libtensorflow', '4.22.0-tf2.21.0', 'x64'], true, new Date('2026-02-01'));
  entry(cache, ['tensorflow-tfjs-node', '4.21.0', 'x64'], false);
  // A tfjs-node-gpu entry holds no tfjs-node package: not the CPU peer.
  mkdirSync(join(cache, 'tensorflow-tfjs-node-gpu', '4.22.0', 'x64', 'node_modules', '@tensorflow', 'tfjs-node-gpu'), { recursive: true });
  writeFileSync(join(cache, 'tensorflow-tfjs-node-gpu', '4.22.0', 'x64.complete'), '');
  assert.deepEqual(
    nativePackagesInToolCache(cache).map((found) => found.packageDir),
    [built, downloaded],
  );
});

test('a missing or empty tool cache has no package', () => {
  const cache = scratchDir('bench-tool-cache');
  assert.deepEqual(nativePackagesInToolCache(cache), []);
  assert.deepEqual(nativePackagesInToolCache(join(cache, 'absent')), []);
});

test('--native-package must be the package folder itself', () => {
  const cache = scratchDir('bench-tool-cache');
  const packageDir = entry(cache, ['t', '1', 'x64'], true);
  assert.equal(checkNativePackageDir(packageDir), null);
  assert.match(
    checkNativePackageDir(join(cache, 'absent')) ?? '',
    /^--native-package .*absent does not exist: give the folder of an installed @tensorflow\/tfjs-node package$/,
  );
  assert.match(checkNativePackageDir(join(cache, 't', '1', 'x64')) ?? '', /^--native-package .*x64 has no package\.json: give the package's own folder/);
});
