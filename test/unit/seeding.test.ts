import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveSeed, kFoldSplits, permutation, seededRandom, seedMathRandom } from '../../src/determinism/seeding.js';

test('derived seeds are stable, non-zero and differ by path', () => {
  const a = deriveSeed(0, 'fold', 1);
  assert.equal(a, deriveSeed(0, 'fold', 1));
  assert.notEqual(a, deriveSeed(0, 'fold', 2));
  assert.notEqual(a, deriveSeed(1, 'fold', 1));
  for (let i = 0; i < 1000; i++) {
    const seed = deriveSeed(i, 'x');
    assert.ok(Number.isInteger(seed) && seed >= 1 && seed <= 0x7fffffff, `seed ${seed}`);
  }
});

test('a seeded permutation repeats for the same seed and is a permutation', () => {
  const first = permutation(1000, seededRandom(42));
  const again = permutation(1000, seededRandom(42));
  const other = permutation(1000, seededRandom(43));
  assert.deepEqual(first, again);
  assert.notDeepEqual(first, other);
  assert.deepEqual(
    [...first].sort((x, y) => x - y),
    Array.from({ length: 1000 }, (_, i) => i),
  );
  // Shuffled, not the identity.
  assert.ok(first.some((value, index) => value !== index));
});

test('k-fold splits cover every index once, with sizes as scikit-learn KFold', () => {
  const splits = kFoldSplits(103, 10, 7);
  assert.deepEqual(
    splits.map((s) => s.test.length),
    [11, 11, 11, 10, 10, 10, 10, 10, 10, 10],
  );
  const seen = new Uint8Array(103);
  for (const split of splits) {
    for (const index of split.test) seen[index]++;
    assert.equal(split.train.length + split.test.length, 103);
    // Train indices ascending, none in the test set.
    const test = new Set(split.test);
    for (let i = 1; i < split.train.length; i++) assert.ok(split.train[i] > split.train[i - 1]);
    for (const index of split.train) assert.ok(!test.has(index));
  }
  assert.ok(seen.every((count) => count === 1));
  assert.deepEqual(kFoldSplits(103, 10, 7), splits);
  assert.notDeepEqual(kFoldSplits(103, 10, 8)[0].test, splits[0].test);
});

test('Math.random can be seeded and restored', () => {
  const original = Math.random;
  const restore = seedMathRandom(5);
  const drawn = [Math.random(), Math.random()];
  restore();
  assert.equal(Math.random, original);
  const restoreAgain = seedMathRandom(5);
  assert.deepEqual([Math.random(), Math.random()], drawn);
  restoreAgain();
});
