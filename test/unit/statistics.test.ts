import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maxAbsDiff, mean, populationVariance } from '../../src/comparison/statistics.js';

// Expected values were computed once, independently, with Python 3.11 / numpy 2.4:
// exact = float(Fraction(...)) of the exact rational result over the float inputs,
// cross-checked against statistics.pvariance and numpy.var (ddof 0), which agreed.
// Compared to 1e-12 relative: the last bit may legitimately differ between algorithms.
function close(actual: number, expected: number, rel = 1e-12): void {
  assert.ok(
    Math.abs(actual - expected) <= rel * Math.abs(expected),
    `expected ${expected}, got ${actual} (relative error ${Math.abs(actual - expected) / Math.abs(expected)})`,
  );
}

test('mean: identical values give that value exactly', () => {
  assert.equal(mean([0.1, 0.1, 0.1]), 0.1); // naive (0.1+0.1+0.1)/3 is 0.10000000000000002
  assert.equal(mean([0.9843000245094299, 0.9843000245094299]), 0.9843000245094299);
  assert.equal(mean([7]), 7);
});

test('mean: matches independently computed values', () => {
  // python3: float(sum(Fraction(x) for x in a) / len(a)); statistics.fmean agrees
  assert.equal(mean([0.9843, 0.9844, 0.9843, 0.9845]), 0.984375);
  // python3: float(sum(Fraction(x) for x in [1e9+0.1, 1e9+0.2, 1e9+0.3, 1e9+0.4]) / 4)
  assert.equal(mean([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3, 1e9 + 0.4]), 1000000000.25);
  // python3: float(sum(Fraction(x) for x in [0.1]*10+[0.2]) / 11) -> 0.1090909090909091
  // (a plain running sum gives 0.10909090909090909)
  assert.equal(mean([...Array<number>(10).fill(0.1), 0.2]), 0.1090909090909091);
});

test('mean: empty and NaN', () => {
  assert.ok(Number.isNaN(mean([])));
  assert.ok(Number.isNaN(mean([1, NaN])));
});

test('populationVariance: identical values give exactly 0', () => {
  assert.equal(populationVariance([0.1, 0.1, 0.1]), 0);
  assert.equal(populationVariance([0.9843000245094299, 0.9843000245094299, 0.9843000245094299]), 0);
  assert.equal(populationVariance([1e300, 1e300]), 0);
  assert.equal(populationVariance([5]), 0);
  assert.equal(populationVariance([Infinity, Infinity]), 0);
  assert.equal(populationVariance([NaN, NaN]), 0); // same failure in every run
});

test('populationVariance: matches independently computed values', () => {
  // python3: statistics.pvariance([0.9843, 0.9844, 0.9843, 0.9845]) == numpy.var(...) == exact
  close(populationVariance([0.9843, 0.9844, 0.9843, 0.9845]), 6.875000000006812e-9);
  // python3: statistics.pvariance([0.1]*10 + [0.2])
  close(populationVariance([...Array<number>(10).fill(0.1), 0.2]), 0.0008264462809917356);
  // float32 values as float64: [float(np.float32(x)) for x in (0.05123, 0.05124, 0.05121)]
  // python3: statistics.pvariance(...) == exact Fraction result
  close(populationVariance([0.05122999846935272, 0.05124000087380409, 0.05121000111103058]), 1.5554757790445548e-10);
});

test('populationVariance: two-pass survives a large offset where E[x²]−E[x]² does not', () => {
  // python3: statistics.pvariance([1e9+0.1, 1e9+0.2, 1e9+0.3, 1e9+0.4]) -> 0.012499994039536944
  // (the one-pass formula gives -256.0 in float64)
  close(populationVariance([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3, 1e9 + 0.4]), 0.012499994039536944);
});

test('populationVariance: NaN or infinity beside other values, and empty input, give NaN', () => {
  assert.ok(Number.isNaN(populationVariance([1, NaN])));
  assert.ok(Number.isNaN(populationVariance([1, Infinity])));
  assert.ok(Number.isNaN(populationVariance([])));
});

test('maxAbsDiff: max − min, exact', () => {
  // python3: max(a) - min(a) for a = [0.9843, 0.9844, 0.9843, 0.9845]
  assert.equal(maxAbsDiff([0.9843, 0.9844, 0.9843, 0.9845]), 0.000200000000000089);
  assert.equal(maxAbsDiff([0.05122999846935272, 0.05124000087380409, 0.05121000111103058]), 2.9999762773513794e-5);
  assert.equal(maxAbsDiff([3, -1, 2]), 4);
});

test('maxAbsDiff: 0 for fewer than two values and for identical values', () => {
  assert.equal(maxAbsDiff([]), 0);
  assert.equal(maxAbsDiff([0.5]), 0);
  assert.equal(maxAbsDiff([0.1, 0.1, 0.1]), 0);
  assert.equal(maxAbsDiff([Infinity, Infinity]), 0);
  assert.equal(maxAbsDiff([NaN, NaN, NaN]), 0);
});

test('maxAbsDiff: NaN beside a number, or an infinity, is infinitely far', () => {
  assert.equal(maxAbsDiff([NaN, 0.5]), Infinity);
  assert.equal(maxAbsDiff([0.5, NaN, NaN]), Infinity);
  assert.equal(maxAbsDiff([Infinity, 0.5]), Infinity);
  assert.equal(maxAbsDiff([-Infinity, Infinity]), Infinity);
});
