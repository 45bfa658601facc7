// Thousands of malformed IDX and .npy files through the pure parsers: each ends in a result that
// holds together or in one clear error line naming the file, never a throw, a hang or a heap of
// memory. fast-check prints the seed and the smallest failing input when one does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Parsed } from '../../src/util/parsed.js';
import { parseIdxImages, parseIdxLabels } from '../../src/data/idx.js';
import { npyElement, npyFloat32, parseNpy, type NpyArray } from '../../src/data/npy.js';
import { embeddedIdx, generatedNpy, malformed, npyFixtures } from '../support/malformed.js';

/** Per input, in this process's CPU time (other processes on a busy machine do not add to it): far above what any takes, far below a hang. */
const MAX_CPU_MS = 2000;

/** Parses `bytes` with `parse`, which must return in time, and checks its error if it gives one. */
function parsedInTime<T>(parse: (bytes: Uint8Array, source: string) => Parsed<T>, bytes: Uint8Array, source: string): T | null {
  const started = process.cpuUsage();
  const result = parse(bytes, source);
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  assert.ok(ms < MAX_CPU_MS, `took ${Math.round(ms)} ms of CPU time`);
  if (result.ok) return result.value;
  assert.ok(result.error.startsWith(`${source}: `), result.error);
  assert.doesNotMatch(result.error, /\n/, 'one line');
  assert.ok(result.error.length < 400, result.error);
  return null;
}

const { images, labels } = embeddedIdx(12);

test('malformed IDX image files: a consistent result or one clear error', () => {
  fc.assert(
    fc.property(malformed(images), ({ bytes }) => {
      const parsed = parsedInTime(parseIdxImages, bytes, 'train-images-idx3-ubyte');
      if (parsed) assert.equal(parsed.pixels.length, parsed.count * parsed.rows * parsed.cols);
    }),
    { numRuns: 1500 },
  );
});

test('malformed IDX label files: a consistent result or one clear error', () => {
  fc.assert(
    fc.property(malformed(labels), ({ bytes }) => {
      const parsed = parsedInTime(parseIdxLabels, bytes, 'train-labels-idx1-ubyte');
      if (parsed) assert.equal(parsed.labels.length, parsed.count);
    }),
    { numRuns: 1000 },
  );
});

/** What the loader does with a parsed array: every element read, float32 taken as a view or a copy. */
function readAll(array: NpyArray): void {
  const elements = array.shape.reduce((a, b) => a * b, 1);
  assert.equal(array.data.length, elements * array.dtype.size);
  for (let i = 0; i < Math.min(elements, 1000); i++) assert.equal(typeof npyElement(array, i), 'number');
  if (array.dtype.kind === 'f' && array.dtype.size === 4) assert.equal(npyFloat32(array).length, elements);
}

test("malformed copies of numpy's .npy files: a consistent result or one clear error", () => {
  fc.assert(
    fc.property(fc.constantFrom(...npyFixtures).chain(malformed), ({ bytes }) => {
      const parsed = parsedInTime(parseNpy, bytes, 'x.npy');
      if (parsed) readAll(parsed);
    }),
    { numRuns: 1000 },
  );
});

test('.npy files with generated headers: a consistent result or one clear error', () => {
  fc.assert(
    fc.property(generatedNpy, ({ bytes }) => {
      const parsed = parsedInTime(parseNpy, bytes, 'x.npy');
      if (parsed) readAll(parsed);
    }),
    { numRuns: 1500 },
  );
});

test('all of it in bounded memory', () => {
  // The largest input above inflates to 4 MB; a parser that kept or inflated more would show here.
  const peak = process.resourceUsage().maxRSS * 1024;
  assert.ok(peak < 512 * 1024 * 1024, `peak memory ${Math.round(peak / 2 ** 20)} MB`);
});
