// How many images k-fold cross-validation needs, asked both where the dataset is loaded and where
// only its headers are read (idx-files.ts), so that the two never disagree.

/**
 * True when `count` images split into `folds` folds leave every fold at least one image to test on
 * and, after `validationSplit` is held out of its training part, at least one to fit on.
 */
export function splitsIntoFolds(count: number, folds: number, validationSplit: number): boolean {
  const smallestTrain = count - Math.ceil(count / folds);
  return count >= folds && Math.floor(smallestTrain * (1 - validationSplit)) >= 1;
}
