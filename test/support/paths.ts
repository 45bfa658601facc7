// Paths the tests share: the repository root, the built entry and the bundle.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';

/** test/support/paths.ts compiles to build/test/support/paths.js. */
export const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..', '..');
export const builtEntry = join(repoRoot, 'build', 'src', 'index.js');
export const bundle = join(repoRoot, 'dist', 'index.js');
export const cliBin = join(repoRoot, 'bin', 'tf-repro.js');
/** python/'s source, for an interpreter the tf_repro package is not installed in (Debian's python3). */
export const pythonPackageSource = join(repoRoot, 'python', 'src');

const madeDirs: string[] = [];

/** A fresh directory, removed when the test file's process ends. */
export function tempDir(prefix: string): string {
  if (madeDirs.length === 0) process.on('exit', () => madeDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const dir = mkdtempSync(join(tmpdir(), `tf-repro-${prefix}-`));
  madeDirs.push(dir);
  return dir;
}

/** tempDir, removed when the test that calls this ends (outside a test: when the file's tests end). */
export function scratchDir(prefix: string): string {
  const path = tempDir(prefix);
  after(() => rmSync(path, { recursive: true, force: true }));
  return path;
}
