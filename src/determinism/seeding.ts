// Every random choice of a deterministic run is drawn from a stream derived from the user's seed
// and the place it is used (fold, layer, epoch), so a fold gives the same numbers whichever
// process trains it and whatever that process did before.
import seedrandom from 'seedrandom';

const INT31 = 0x7fffffff;

/** A seed in 1..2^31-1 for (base, ...path). Never 0: tfjs treats a seed of 0 as "no seed". */
export function deriveSeed(base: number, ...path: (string | number)[]): number {
  const stream = seedrandom(`tf-repro:${base}:${path.join(':')}`);
  return (Math.floor(stream() * INT31) % INT31) + 1;
}

/** A uniform [0, 1) source: seeded when a seed is given, else Math.random. */
export type RandomSource = () => number;

export function seededRandom(seed: number): RandomSource {
  return seedrandom(String(seed));
}

/** A Fisher–Yates permutation of 0..n-1. */
export function permutation(n: number, random: RandomSource): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}

export interface FoldSplit {
  fold: number;
  /** Ascending, as scikit-learn's KFold gives them. */
  train: Uint32Array;
  /** In shuffled order. */
  test: Uint32Array;
}

/**
 * scikit-learn's KFold(n_splits=k, shuffle=True): the first n % k folds hold one extra sample;
 * test indices are consecutive slices of a shuffled order, train indices the rest, ascending.
 */
export function kFoldSplits(n: number, k: number, seed: number): FoldSplit[] {
  const order = permutation(n, seededRandom(deriveSeed(seed, 'kfold')));
  const splits: FoldSplit[] = [];
  let start = 0;
  for (let fold = 0; fold < k; fold++) {
    const size = Math.floor(n / k) + (fold < n % k ? 1 : 0);
    const test = order.slice(start, start + size);
    const inTest = new Uint8Array(n);
    for (const index of test) inTest[index] = 1;
    const train = new Uint32Array(n - size);
    let t = 0;
    for (let i = 0; i < n; i++) if (!inTest[i]) train[t++] = i;
    splits.push({ fold, train, test });
    start += size;
  }
  return splits;
}

/** Replaces Math.random for this process; returns a function that puts the original back. */
export function seedMathRandom(seed: number): () => void {
  const original = Math.random;
  Math.random = seedrandom(String(seed));
  return () => {
    Math.random = original;
  };
}
