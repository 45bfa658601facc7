// Loads a dataset that a Python user exported once with NumPy: a directory holding x.npy (the
// examples: uint8 pixels, scaled by 1/255 like IDX, or float32 values, used as they are) and y.npy
// (one whole-number label per example). Validated like IDX: header, dtype, shape, byte length.
import { join } from 'node:path';
import { type Dataset } from '../contracts/dataset.js';
import { fail, ok, type Parsed } from '../util/parsed.js';
import { npyElement, npyFloat32, parseNpy, pythonShape, type NpyArray } from './npy.js';
import { withCommas } from '../util/text.js';
import { readUserFile } from './user-files.js';

export const NPY_IMAGES_FILE = 'x.npy';
export const NPY_LABELS_FILE = 'y.npy';

async function readNpy(path: string, name: string): Promise<Parsed<NpyArray>> {
  const bytes = await readUserFile(path, name);
  if (!bytes.ok) return bytes;
  const parsed = parseNpy(bytes.value, path);
  return parsed.ok ? parsed : fail(`${name}: ${parsed.error}`);
}

/**
 * x.npy of shape (N, d1, ...) and y.npy of shape (N,) or (N, 1) from `dir`. rows is d1 and cols
 * the product of the other dimensions; exampleShape keeps them all. Labels must be whole numbers
 * in 0..numClasses-1 (and at most 255).
 */
export async function readNpyDataset(dir: string, name: string, numClasses: number): Promise<Parsed<Dataset>> {
  const xPath = join(dir, NPY_IMAGES_FILE);
  const yPath = join(dir, NPY_LABELS_FILE);
  const x = await readNpy(xPath, name);
  if (!x.ok) return x;
  const y = await readNpy(yPath, name);
  if (!y.ok) return y;

  const { shape } = x.value;
  const xType = x.value.dtype;
  if (!((xType.kind === 'u' && xType.size === 1) || (xType.kind === 'f' && xType.size === 4))) {
    return fail(`${name}: ${xPath} has dtype '${x.value.dtype.descr}'; save uint8 pixels or float32 values (np.save('x.npy', x.astype('float32')))`);
  }
  if (shape.length < 2 || shape.some((d) => d === 0)) {
    return fail(`${name}: ${xPath} has shape ${pythonShape(shape)}; it needs one row per example and at least one value each, like (60000, 28, 28)`);
  }
  const count = shape[0] as number;
  const yShape = y.value.shape;
  if (!(yShape.length === 1 || (yShape.length === 2 && yShape[1] === 1))) {
    return fail(
      `${name}: ${yPath} has shape ${pythonShape(yShape)}; give one class index per example, shape (${count},): np.argmax(y, axis=1) turns one-hot labels into indices`,
    );
  }
  if (yShape[0] !== count) {
    return fail(
      `${name}: ${NPY_IMAGES_FILE} has ${withCommas(count)} examples but ${NPY_LABELS_FILE} has ${withCommas(yShape[0] as number)} labels; they must be saved from the same data`,
    );
  }
  const labels = new Uint8Array(count);
  const limit = Math.min(numClasses, 256);
  for (let i = 0; i < count; i++) {
    const label = npyElement(y.value, i);
    if (!Number.isInteger(label) || label < 0 || label >= limit) {
      const why = !Number.isInteger(label) ? 'is not a whole number' : `is outside 0..${limit - 1}`;
      const hint =
        limit === numClasses ? `the model has ${numClasses} classes, so every label must be below ${numClasses}` : 'labels must be class indices below 256';
      return fail(`${name}: ${yPath}: label ${label} at index ${withCommas(i)} ${why}; ${hint}`);
    }
    labels[i] = label;
  }
  const images = x.value.dtype.kind === 'f' ? npyFloat32(x.value) : x.value.data;
  const rows = shape[1] as number;
  const cols = shape.slice(2).reduce((a, b) => a * b, 1);
  return ok({ images, labels, count, rows, cols, exampleShape: shape.slice(1), source: dir });
}
