// Builds dist/: one ES-module bundle of the action, CLI and training worker (ncc, from the tsc
// output), the wasm backend's binaries beside it, the Python shim of `vary`, and the embedded MNIST digits.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const dist = join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [require.resolve('@vercel/ncc/dist/ncc/cli.js'), 'build', 'build/src/index.js', '-o', 'dist', '--target', 'es2022', '--license', 'licenses.txt', '--quiet'],
  { cwd: root, stdio: 'inherit' },
);

const wasmSource = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
mkdirSync(join(dist, 'wasm'), { recursive: true });
for (const file of readdirSync(wasmSource).filter((name) => name.endsWith('.wasm'))) {
  copyFileSync(join(wasmSource, file), join(dist, 'wasm', file));
}

// The Python shim of `vary` (file-order, env), beside the bundle wherever it ships (the action's checkout, the npm package).
mkdirSync(join(dist, 'shims', 'conditions'), { recursive: true });
copyFileSync(join(root, 'python', 'shims', 'conditions', 'sitecustomize.py'), join(dist, 'shims', 'conditions', 'sitecustomize.py'));

execFileSync(process.execPath, [join(root, 'scripts', 'build-mnist-data.js'), join(dist, 'data', 'mnist')], { cwd: root, stdio: 'inherit' });
