// The dataset a setting names: the embedded digits or a directory of IDX files.
import { UserError, type TrainingSettings } from '../contracts.js';
import { loadEmbeddedDataset, loadIdxDataset, type Dataset } from './dataset.js';

/** The default model's classes; labels must lie in 0..CLASSES-1. */
export const CLASSES = 10;

export async function loadSettingsDataset(settings: Pick<TrainingSettings, 'dataset' | 'samples' | 'folds' | 'validationSplit'>): Promise<Dataset> {
  const options = { samples: settings.samples, numClasses: CLASSES };
  const loaded = settings.dataset === null ? await loadEmbeddedDataset(options) : await loadIdxDataset(settings.dataset, options);
  if (!loaded.ok) throw new UserError(loaded.error);
  const dataset = loaded.value;
  // Every fold must leave at least one image to fit on and one to test on.
  const smallestTrain = dataset.count - Math.ceil(dataset.count / settings.folds);
  if (dataset.count < settings.folds || Math.floor(smallestTrain * (1 - settings.validationSplit)) < 1) {
    throw new UserError(
      `'samples': ${dataset.count} images cannot be split into ${settings.folds} folds with validation-split ${settings.validationSplit}: ` +
        `use more samples (0 for all) or fewer folds`,
    );
  }
  return dataset;
}
