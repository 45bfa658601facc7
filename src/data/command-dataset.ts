// The dataset a command gets (docs/own-training.md, "The dataset a command gets"): the `dataset`
// input's directory, else the embedded digits, as the directory it came from
// ($TF_REPRO_DATASET_DIR: IDX files, or x.npy and y.npy) and as an .npz file in Keras' MNIST layout
// ($TF_REPRO_DATASET, npz.ts), written once per check into the check's own output directory.
import { join, resolve } from 'node:path';
import { embeddedDatasetDir } from '../paths.js';
import { UserError } from '../util/user-error.js';
import { createFileAnew } from '../util/user-files.js';
import { oneLine } from '../util/text.js';
import { loadEmbeddedDataset, loadIdxDataset } from './dataset.js';
import { datasetNpz } from './npz.js';

export const DATASET_VARIABLE = 'TF_REPRO_DATASET';
export const DATASET_DIR_VARIABLE = 'TF_REPRO_DATASET_DIR';
/** The .npz's name in the check's output directory. */
export const COMMAND_DATASET_FILE = 'dataset.npz';

/** A label byte holds any class: the command's own model decides how many it has. */
const ANY_CLASSES = 256;

/** Writes `<outputDir>/dataset.npz` (a new regular file, never through a link) and returns the variables that name it. */
export async function writeCommandDataset(dataset: string | null, outputDir: string): Promise<Record<string, string>> {
  const options = { samples: 0, numClasses: ANY_CLASSES };
  const loaded = dataset === null ? await loadEmbeddedDataset(options) : await loadIdxDataset(dataset, options);
  if (!loaded.ok) throw new UserError(oneLine(loaded.error));
  const path = join(outputDir, COMMAND_DATASET_FILE);
  const file = await createFileAnew(path);
  try {
    await file.writeFile(datasetNpz(loaded.value));
  } finally {
    await file.close();
  }
  return { [DATASET_VARIABLE]: path, [DATASET_DIR_VARIABLE]: dataset === null ? embeddedDatasetDir : resolve(dataset) };
}
