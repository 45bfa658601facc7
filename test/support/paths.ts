// Paths the tests share: the repository root, the built entry and the bundle.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** test/support/paths.ts compiles to build/test/support/paths.js. */
export const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..', '..');
export const builtEntry = join(repoRoot, 'build', 'src', 'index.js');
export const bundle = join(repoRoot, 'dist', 'index.js');
export const cliBin = join(repoRoot, 'bin', 'tf-repro.js');

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `tf-repro-${prefix}-`));
}
