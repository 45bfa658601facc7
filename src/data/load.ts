// The dataset a setting names: the embedded digits, or a directory of IDX files or of x.npy and y.npy.
import { type Dataset } from '../contracts/dataset.js';
import { type TrainingSettings } from '../contracts/settings.js';
import { UserError } from '../util/user-error.js';
import { loadEmbeddedDataset, loadIdxDataset } from './dataset.js';
import { splitsIntoFolds } from './folds.js';
import { oneLine } from '../util/text.js';
import type { InflatedImages } from './idx-files.js';

/** The default model's classes; labels must lie in 0..CLASSES-1. */
export const CLASSES = 10;

/** Labels a user's model may have: any class index a byte holds; its last layer is checked against them (model/user-model.ts). */
const ANY_CLASSES = 256;

/** @param inflatedImages the parent's inflated copy of the image file, in a training process (data/idx-files.ts). */
export async function loadSettingsDataset(
  settings: Pick<TrainingSettings, 'dataset' | 'samples' | 'folds' | 'validationSplit' | 'model'>,
  inflatedImages: InflatedImages | null = null,
): Promise<Dataset> {
  const options = { samples: settings.samples, numClasses: settings.model ? ANY_CLASSES : CLASSES };
  const loaded = settings.dataset === null ? await loadEmbeddedDataset(options) : await loadIdxDataset(settings.dataset, { ...options, inflatedImages });
  if (!loaded.ok) throw new UserError(oneLine(loaded.error));
  const dataset = loaded.value;
  const shape = dataset.exampleShape;
  if (!settings.model && shape && !(shape.length === 2 || (shape.length === 3 && shape[2] === 1))) {
    throw new UserError(
      `'dataset': x.npy holds examples of shape (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), but the default model takes images (rows, cols): ` +
        `save x as (N, rows, cols), or give a 'model' whose input takes [${shape.join(', ')}]`,
    );
  }
  if (!splitsIntoFolds(dataset.count, settings.folds, settings.validationSplit)) {
    throw new UserError(
      `'samples': ${dataset.count} images cannot be split into ${settings.folds} folds with validation-split ${settings.validationSplit}: ` +
        `use more samples (0 for all) or fewer folds`,
    );
  }
  return dataset;
}
