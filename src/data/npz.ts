// The dataset a command gets as an .npz file (docs/own-training.md, "The dataset a command gets"):
// the layout keras.datasets.mnist.load_data() returns, x_train, y_train, x_test and y_test, the
// last fifth of the images being the test part. A stored (uncompressed) zip of .npy files, which
// numpy.load reads, written by fflate with a fixed date so that the same data gives the same bytes.
// Pure.
import { zipSync, type Zippable } from 'fflate';
import { type Dataset } from '../contracts/dataset.js';

/** The names of the four arrays, as Keras' load_data() returns them. */
export const NPZ_ARRAYS = ['x_train', 'y_train', 'x_test', 'y_test'] as const;

/** An .npy file (format 1.0): the header NumPy writes, padded to 64 bytes, then the data in C order. */
export function npyFile(descr: '|u1' | '<f4', shape: readonly number[], data: Uint8Array | Float32Array): Uint8Array {
  const dims = shape.length === 1 ? `${shape[0]},` : shape.join(', ');
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${dims}), }`;
  const unpadded = 10 + dict.length + 1;
  const header = dict + ' '.repeat((64 - (unpadded % 64)) % 64) + '\n';
  const bytes = new Uint8Array(10 + header.length + data.byteLength);
  bytes.set([0x93, ...Buffer.from('NUMPY'), 1, 0, header.length & 0xff, header.length >> 8]);
  bytes.set(Buffer.from(header, 'latin1'), 10);
  // Float32Array holds the platform's order; every platform Node runs on here is little-endian.
  bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), 10 + header.length);
  return bytes;
}

/** How many of `count` images are the test part: the last fifth. */
export function testCount(count: number): number {
  return Math.floor(count / 5);
}

/** The .npz bytes of a dataset: images as they were loaded (uint8 pixels, or a float32 x.npy's values), labels uint8. */
export function datasetNpz(dataset: Dataset): Uint8Array {
  const example = dataset.exampleShape ?? [dataset.rows, dataset.cols];
  const perImage = example.reduce((a, b) => a * b, 1);
  const train = dataset.count - testCount(dataset.count);
  const descr = dataset.images instanceof Float32Array ? '<f4' : '|u1';
  const images = (from: number, to: number): Uint8Array => npyFile(descr, [to - from, ...example], dataset.images.subarray(from * perImage, to * perImage));
  const labels = (from: number, to: number): Uint8Array => npyFile('|u1', [to - from], dataset.labels.subarray(from, to));
  const stored = { level: 0, mtime: new Date(Date.UTC(1980, 0, 1)) } as const;
  const files: Zippable = {
    'x_train.npy': [images(0, train), stored],
    'y_train.npy': [labels(0, train), stored],
    'x_test.npy': [images(train, dataset.count), stored],
    'y_test.npy': [labels(train, dataset.count), stored],
  };
  return zipSync(files);
}
