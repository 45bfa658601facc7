// Small statistics over plain numbers (float64 holding float32 metric values).
// Identical inputs must give exactly 0 spread, so every function checks for that first
// instead of trusting rounding to cancel.

/** Same value, counting NaN as equal to NaN (a bitwise-repeated failure is still a repeat). */
function same(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function allSame(xs: readonly number[]): boolean {
  const first = xs[0] as number;
  return xs.every((x) => same(x, first));
}

/** Neumaier-compensated sum: keeps the low bits that a plain running sum drops. */
function compensatedSum(xs: readonly number[]): number {
  let sum = 0;
  let compensation = 0;
  for (const x of xs) {
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/** Arithmetic mean; NaN for no values. Identical values give that value exactly. */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  // sum/n of n copies of x need not be x (0.1 × 3 / 3 isn't 0.1).
  if (allSame(xs)) return xs[0] as number;
  const rough = compensatedSum(xs) / xs.length;
  // The division rounds once more; one refinement pass over the residuals takes that back.
  if (!Number.isFinite(rough)) return rough;
  return rough + compensatedSum(xs.map((x) => x - rough)) / xs.length;
}

/**
 * Population variance (ddof 0), two-pass: mean first, then squared deviations, with the
 * corrected two-pass term (Chan, Golub & LeVeque) removing the mean's rounding error.
 * Identical values (all NaN included) give exactly 0; otherwise any NaN or infinity gives NaN,
 * as numpy.var does. No values gives NaN.
 */
export function populationVariance(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  if (allSame(xs)) return 0;
  if (!xs.every(Number.isFinite)) return NaN;
  const m = mean(xs);
  const deviations = xs.map((x) => x - m);
  const sumSquares = compensatedSum(deviations.map((d) => d * d));
  const sumDeviations = compensatedSum(deviations);
  const variance = (sumSquares - (sumDeviations * sumDeviations) / xs.length) / xs.length;
  return Math.max(variance, 0);
}

/**
 * Spread of the values: max − min; 0 for fewer than two values or identical ones (all NaN
 * included). A NaN beside a number is infinitely far from it: the comparison must fail.
 */
export function maxAbsDiff(xs: readonly number[]): number {
  if (xs.length < 2 || allSame(xs)) return 0;
  if (xs.some(Number.isNaN)) return Infinity;
  let min = Infinity;
  let max = -Infinity;
  for (const x of xs) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return max - min;
}
