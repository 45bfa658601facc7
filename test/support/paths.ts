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

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `tf-repro-${prefix}-`));
}

/** tempDir, removed when the test that calls this ends (outside a test: when the file's tests end). */
export function scratchDir(prefix: string): string {
  const path = tempDir(prefix);
  after(() => rmSync(path, { recursive: true, force: true }));
  return path;
}
