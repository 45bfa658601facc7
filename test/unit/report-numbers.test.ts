// The pure pieces behind the per-fold rows of every rendering: numbers with the digits that tell
// runs apart, groups of runs that agree, and the CLI's wrapping.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupRunsByText, groupRunsByValue, groupsText, runList } from '../../src/report/agreement.js';
import { chunks } from '../../src/report/fold-view.js';
import { distinguishingFormat, shortNumber, valueOrRange } from '../../src/report/format.js';
import { textWidth, wrap } from '../../src/report/text.js';

const shown = (values: (number | null)[]): string[] => values.map(distinguishingFormat(values));

test('values that differ get the fewest digits that tell them apart, to one decimal place', () => {
  // The example: the gap, 5.2e-4, shows with two significant digits.
  assert.deepEqual(shown([0.0490814633667469, 0.04960153624415397]), ['0.04908', '0.04960']);
  // float32 accuracies a thousandth apart: no trailing 0 that says nothing.
  assert.deepEqual(shown([Math.fround(0.913), Math.fround(0.914)]), ['0.913', '0.914']);
  assert.deepEqual(shown([Math.fround(0.908), Math.fround(0.91)]), ['0.908', '0.910']);
  // The smallest gap decides for all: the runs 1e-6 apart, not the one far off.
  assert.deepEqual(shown([0.101, 0.101001, 0.2]), ['0.101000', '0.101001', '0.200000']);
  // Same value, same text; missing is a dash.
  assert.deepEqual(shown([0.25, 0.5, 0.25, null]), ['0.25', '0.50', '0.25', '—']);
  // Whole numbers stay whole; large values never turn into exponents.
  assert.deepEqual(shown([12, 15]), ['12', '15']);
  assert.deepEqual(shown([1234.5, 1384.25]), ['1235', '1384']);
  // Tiny magnitudes keep their exponent.
  assert.deepEqual(shown([1.2345e-9, 1.2355e-9]), ['1.2345e-9', '1.2355e-9']);
  // Doubles one bit apart: as many digits as it takes.
  const [a, b] = shown([0.1, 0.1 + 2 ** -56 * 2]);
  assert.notEqual(a, b);
  assert.equal(Number(a), 0.1);
});

test('values that differ are always told apart, and each reads back close to itself', () => {
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2_147_483_647) / 2_147_483_647;
  for (let trial = 0; trial < 2_000; trial++) {
    const scale = 10 ** Math.floor(random() * 12 - 8);
    const base = random() * scale;
    const values = Array.from({ length: 2 + Math.floor(random() * 9) }, () =>
      random() < 0.3 ? base : base + (random() - 0.5) * scale * 10 ** -Math.floor(random() * 10),
    );
    const texts = shown(values);
    values.forEach((v, i) => {
      values.forEach((w, j) => assert.equal(texts[i] === texts[j], v === w, `${v} and ${w} shown as ${texts[i]} and ${texts[j]}`));
      assert.ok(
        Math.abs(Number(texts[i]) - v) <= Math.abs(v) * 1e-6 + Math.min(...values.filter((x) => x !== v).map((x) => Math.abs(x - v))) / 2,
        `${v} shown as ${texts[i]}`,
      );
    });
  }
});

test('one value on its own: at most 6 significant digits; NaN and infinities written out', () => {
  assert.equal(shortNumber(0.24285714285714285), '0.242857');
  assert.equal(shortNumber(0.10200000000000001), '0.102');
  assert.equal(shortNumber(1.23456789e-7), '1.23457e-7');
  assert.equal(shortNumber(123456789), '123456789');
  assert.deepEqual(shown([0.24285714285714285, 0.24285714285714285]), ['0.242857', '0.242857']);
  assert.deepEqual(shown([NaN, NaN, Infinity, -Infinity]), ['NaN', 'NaN', 'Infinity', '-Infinity']);
  assert.deepEqual(shown([NaN, 0.5, 0.75]), ['NaN', '0.50', '0.75']);
});

test('a cell for values across runs: the value once, else the range; NaN said apart', () => {
  const cell = (values: (number | null)[]) => valueOrRange(values, distinguishingFormat(values));
  assert.equal(cell([0.1, 0.1, 0.1]), '0.1');
  assert.equal(cell([0.04960153624415397, 0.0490814633667469, 0.04960153624415397]), '0.04908 – 0.04960');
  assert.equal(cell([0.5, NaN]), '0.5, NaN');
  assert.equal(cell([NaN, NaN]), 'NaN');
  assert.equal(cell([1, Infinity]), '1 – Infinity');
  assert.equal(cell([null, null]), '—');
  assert.equal(cell([0.3, null]), '0.3');
});

test('runs that agree: grouped by value, in order of their first run; with a tolerance, within it', () => {
  const runs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const values = [0.4, 0.4, 0.4, 0.4, 0.41, 0.4, 0.39, 0.39, 0.39, 0.39];
  assert.deepEqual(groupRunsByValue(values, runs, 0), { groups: [[1, 2, 3, 4, 6], [5], [7, 8, 9, 10]], missing: [] });
  assert.equal(groupsText(groupRunsByValue(values, runs, 0)), 'runs 1–4, 6 | run 5 | runs 7–10');
  // Each group spans at most the tolerance, as a match does: 0.39 and 0.4 join, 0.41 does not.
  assert.deepEqual(groupRunsByValue(values, runs, 0.015).groups, [[1, 2, 3, 4, 6, 7, 8, 9, 10], [5]]);
  assert.equal(groupsText(groupRunsByValue(values, runs, 1)), 'all');
  // NaN agrees with NaN only; infinities with themselves; a missing value is said.
  assert.deepEqual(groupRunsByValue([NaN, 1, NaN, Infinity, Infinity, null], [1, 2, 3, 4, 5, 6], 0), { groups: [[1, 3], [2], [4, 5]], missing: [6] });
  assert.equal(groupsText(groupRunsByValue([0.1, null], [1, 2], 0)), 'run 1 | missing in run 2');
  assert.equal(groupsText(groupRunsByValue([1, 2, 3], [1, 2, 3], 0)), 'each run differs');
  assert.equal(groupsText(groupRunsByValue([1, 2], [1, 2], 0)), 'run 1 | run 2');
  // Run numbers are the report's own (a run that is not run i+1 keeps its number).
  assert.deepEqual(groupRunsByValue([1, 1], [3, 7], 0).groups, [[3, 7]]);
  assert.deepEqual(groupRunsByText(['a', 'b', 'a', null], [1, 2, 3, 4]), { groups: [[1, 3], [2]], missing: [4] });
});

test('run lists: three or more in a row as a range with an en dash', () => {
  assert.equal(runList([5]), 'run 5');
  assert.equal(runList([2, 1]), 'runs 1, 2');
  assert.equal(runList([1, 2, 3, 4, 6]), 'runs 1–4, 6');
  assert.equal(runList([1, 3, 4, 5, 9, 10]), 'runs 1, 3–5, 9, 10');
});

test('tables of each run’s values are cut into near-equal pieces', () => {
  assert.deepEqual(
    chunks([1, 2, 3, 4, 5, 6, 7, 8], 7).map((piece) => piece.length),
    [4, 4],
  );
  assert.deepEqual(chunks([1, 2, 3], 7), [[1, 2, 3]]);
  assert.deepEqual(chunks([], 7), []);
  assert.deepEqual(
    chunks(
      Array.from({ length: 15 }, (_, i) => i),
      7,
    ).map((piece) => piece.length),
    [5, 5, 5],
  );
});

test('the CLI wraps prose at the width, between parts where it can, and keeps lines of its own', () => {
  assert.deepEqual(wrap('runs 10 · folds 10 · epochs 2 · seed 42', 20), ['runs 10 · folds 10 ·', '  epochs 2 · seed 42']);
  assert.deepEqual(wrap('one two three four', 9, ''), ['one two', 'three', 'four']);
  assert.deepEqual(wrap('a-very-long-word b', 5), ['a-very-long-word', '  b']);
  assert.deepEqual(wrap('first line\nsecond', 80), ['first line', 'second']);
  assert.deepEqual(wrap('  same   out/w.bin', 80), ['  same   out/w.bin']);
});

test('the CLI text is as wide as the terminal, and 100 columns where stdout is not one', () => {
  assert.equal(textWidth({ isTTY: true, columns: 132 }), 132);
  assert.equal(textWidth({ isTTY: false, columns: 132 }), 100);
  assert.equal(textWidth({}), 100);
  assert.equal(textWidth({ isTTY: true, columns: 10 }), 40, 'narrower than 40, wrapping helps nobody');
});
