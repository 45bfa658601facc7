// Where our files are, both in the ncc bundle (dist/index.js, assets beside it)
// and in the tsc build used by the tests (build/src/*.js, assets from dist/ and node_modules).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const inBundle = basename(here) === 'dist' && existsSync(join(here, 'index.js'));

/** The script that dispatches to the action, the CLI or a training worker. */
export const entryScript: string = join(here, 'index.js');

/** dist/ holds the embedded dataset in both layouts (the build writes it there). */
export const distDir: string = inBundle ? here : resolve(here, '..', '..', 'dist');

/** The Python shim that reorders directory listings and the environment for `vary` (issue 23), copied from python/shims/ by the build. */
export const conditionsShimDir: string = join(distDir, 'shims', 'conditions');

export const embeddedDatasetDir: string = join(distDir, 'data', 'mnist');

/** The directory holding tfjs-backend-wasm's three .wasm files. */
export function wasmDir(): string {
  if (inBundle) return join(here, 'wasm');
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
}
