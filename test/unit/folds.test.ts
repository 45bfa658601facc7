import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitsIntoFolds } from '../../src/data/folds.js';

test('every fold needs an image to test on and, after the validation split, one to fit on', () => {
  assert.equal(splitsIntoFolds(3, 3, 0), true);
  assert.equal(splitsIntoFolds(2, 3, 0), false, 'a fold with no image to test on');
  assert.equal(splitsIntoFolds(3, 3, 0.5), true, 'two training images, one held out, one left to fit on');
  assert.equal(splitsIntoFolds(3, 3, 0.6), false, 'two training images, none left to fit on');
  assert.equal(splitsIntoFolds(10_000, 10, 0.2), true);
});
