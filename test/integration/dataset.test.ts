// Loads real IDX files (Debian's Fashion-MNIST where installed, the embedded digits everywhere)
// and broken copies of them.
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { Parsed } from '../../src/util/parsed.js';
import type { Dataset } from '../../src/contracts/dataset.js';
import { loadEmbeddedDataset, loadIdxDataset } from '../../src/data/dataset.js';
import { embedded, fashion, fashionMissing, type IdxData } from '../support/idx-data.js';

const NAME = 'my-data';
const opts = { samples: 0, numClasses: 10, inputName: NAME };

function histogram(labels: Uint8Array, classes = 10): number[] {
  const h = new Array<number>(classes).fill(0);
  for (const l of labels) h[l]! += 1;
  return h;
}

// Plain Uint8Array views: Buffer's slice() does not copy, and deepEqual tells the two apart.
const plain = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.length);

function errorOf(result: Parsed<Dataset>): string {
  assert.equal(result.ok, false, 'expected the load to fail');
  return (result as { error: string }).error;
}

/** The loader on one set of real IDX files, and on broken copies of them. */
function loadIdxSuite(data: IdxData): void {
  describe(`loadIdxDataset on ${data.name}`, () => {
    const { dir: DIR, images: TRAIN_IMAGES, labels: TRAIN_LABELS } = data;
    let tmp = '';
    let rawImages: Uint8Array;
    let rawLabels: Uint8Array;

    /** A temp directory holding the given files, each as a path to copy or bytes to write. */
    async function dirWith(files: Record<string, string | Uint8Array>): Promise<string> {
      const dir = await mkdtemp(join(tmp, 'case-'));
      for (const [name, content] of Object.entries(files)) {
        if (typeof content === 'string') await copyFile(content, join(dir, name));
        else await writeFile(join(dir, name), content);
      }
      return dir;
    }

    before(async () => {
      tmp = await mkdtemp(join(tmpdir(), 'tf-repro-dataset-'));
      rawImages = plain(gunzipSync(await readFile(TRAIN_IMAGES)));
      rawLabels = plain(gunzipSync(await readFile(TRAIN_LABELS)));
    });
    after(async () => {
      if (tmp) await rm(tmp, { recursive: true, force: true });
    });

    it(`loads all ${data.countText} images of 28×28 with the known count per class`, async () => {
      const r = await loadIdxDataset(DIR, opts);
      assert.ok(r.ok, r.ok ? '' : r.error);
      const d = r.value;
      assert.equal(d.count, data.count);
      assert.equal(d.rows, 28);
      assert.equal(d.cols, 28);
      assert.equal(d.images.length, data.count * 28 * 28);
      assert.equal(d.labels.length, data.count);
      assert.deepEqual(histogram(d.labels), data.perClass);
      assert.equal(d.source, DIR);
      // Read independently: label 0 is byte 8 of the labels file, image 0 starts at byte 16.
      assert.equal(d.labels[0], rawLabels[8]);
      assert.deepEqual(d.images.subarray(0, 784), rawImages.subarray(16, 16 + 784));
    });

    it('keeps the first `samples` images', async () => {
      const r = await loadIdxDataset(DIR, { ...opts, samples: 1000 });
      assert.ok(r.ok, r.ok ? '' : r.error);
      assert.equal(r.value.count, 1000);
      assert.equal(r.value.images.length, 1000 * 784);
      assert.deepEqual(r.value.labels, rawLabels.subarray(8, 1008));
      assert.deepEqual(r.value.images.subarray(999 * 784), rawImages.subarray(16 + 999 * 784, 16 + 1000 * 784));
    });

    it('rejects more samples than images', async () => {
      const e = errorOf(await loadIdxDataset(DIR, { ...opts, samples: 70000 }));
      assert.match(e, new RegExp(`'samples' is 70,000 but the dataset has ${data.countText} images: use 0 for all or a smaller number`));
    });

    it('loads an uncompressed copy identically', async () => {
      const dir = await dirWith({ 'train-images-idx3-ubyte': rawImages, 'train-labels-idx1-ubyte': rawLabels });
      const [raw, gz] = await Promise.all([loadIdxDataset(dir, opts), loadIdxDataset(DIR, opts)]);
      assert.ok(raw.ok && gz.ok);
      assert.equal(raw.value.count, gz.value.count);
      assert.ok(Buffer.from(raw.value.images).equals(Buffer.from(gz.value.images)), 'images differ');
      assert.ok(Buffer.from(raw.value.labels).equals(Buffer.from(gz.value.labels)), 'labels differ');
    });

    it('accepts the dot spelling of the file names', async () => {
      const dir = await dirWith({ 'train-images.idx3-ubyte.gz': TRAIN_IMAGES, 'train-labels.idx1-ubyte.gz': TRAIN_LABELS });
      const r = await loadIdxDataset(dir, { ...opts, samples: 10 });
      assert.ok(r.ok, r.ok ? '' : r.error);
      assert.equal(r.value.count, 10);
    });

    it('says so when the gzip is truncated', async () => {
      const gz = await readFile(TRAIN_IMAGES);
      const dir = await dirWith({ 'train-images-idx3-ubyte.gz': gz.subarray(0, gz.length >> 1), 'train-labels-idx1-ubyte.gz': TRAIN_LABELS });
      const e = errorOf(await loadIdxDataset(dir, opts));
      assert.match(e, /^'my-data': .*train-images-idx3-ubyte\.gz: not a valid gzip file/);
    });

    it('says so when the magic number is wrong', async () => {
      const flipped = rawImages.slice();
      flipped[3] = 0x01; // 0x803 → 0x801, the labels magic
      const dir = await dirWith({ 'train-images-idx3-ubyte': flipped, 'train-labels-idx1-ubyte.gz': TRAIN_LABELS });
      const e = errorOf(await loadIdxDataset(dir, opts));
      assert.match(e, /^'my-data': .*train-images-idx3-ubyte: magic number 2049, expected 2051/);
    });

    it('says so when the image and label counts differ', async () => {
      const dir = await dirWith({ 'train-images-idx3-ubyte.gz': TRAIN_IMAGES, 'train-labels-idx1-ubyte.gz': data.otherLabels });
      const e = errorOf(await loadIdxDataset(dir, opts));
      assert.match(e, new RegExp(`^'my-data': .*${data.countText} images but .* ${data.otherCountText} labels`));
    });

    it('says which label is out of range', async () => {
      const labels = rawLabels.slice();
      labels[8 + 5] = 200;
      const dir = await dirWith({ 'train-images-idx3-ubyte.gz': TRAIN_IMAGES, 'train-labels-idx1-ubyte': labels });
      const e = errorOf(await loadIdxDataset(dir, opts));
      assert.match(e, /^'my-data': .*label 200 at index 5 is outside 0\.\.9/);
    });

    it('says which byte length is wrong', async () => {
      const dir = await dirWith({ 'train-images-idx3-ubyte': rawImages.subarray(0, 1000), 'train-labels-idx1-ubyte.gz': TRAIN_LABELS });
      const e = errorOf(await loadIdxDataset(dir, opts));
      assert.match(e, new RegExp(`^'my-data': .*expected ${data.imageBytesText} bytes for ${data.countText} images of 28×28, found 1,000`));
    });

    it('lists the file names it looked for when the labels are missing', async () => {
      const dir = await dirWith({ 'train-images-idx3-ubyte.gz': TRAIN_IMAGES });
      const e = errorOf(await loadIdxDataset(dir, opts));
      assert.match(e, /^'my-data': .* has no training labels \(looked for train-labels-idx1-ubyte, train-labels-idx1-ubyte\.gz/);
      assert.doesNotMatch(e, /no training images/);
    });

    it('says when the directory does not exist or is a file', async () => {
      const missing = join(tmp, 'no-such-dir');
      assert.match(errorOf(await loadIdxDataset(missing, opts)), /^'my-data': directory .*no-such-dir does not exist/);
      assert.match(errorOf(await loadIdxDataset(TRAIN_IMAGES, opts)), /^'my-data': .*train-images-idx3-ubyte\.gz is not a directory/);
    });

    it("names 'dataset' when no input name is given", async () => {
      const empty = join(tmp, 'empty');
      await mkdir(empty);
      const e = errorOf(await loadIdxDataset(empty, { samples: 0, numClasses: 10 }));
      assert.match(e, /^'dataset': .*has no training images .* and no training labels/);
    });
  });
}

if (fashion) loadIdxSuite(fashion);
else it("loadIdxDataset on Debian's Fashion-MNIST", { skip: fashionMissing }, () => {});
loadIdxSuite(embedded);

describe('loadEmbeddedDataset', () => {
  it('has the 10,000 MNIST digits, shuffled so that a prefix has every class', async () => {
    const r = await loadEmbeddedDataset({ samples: 0, numClasses: 10 });
    assert.ok(r.ok, r.ok ? '' : r.error);
    const d = r.value;
    assert.equal(d.count, 10000);
    assert.equal(d.rows, 28);
    assert.equal(d.cols, 28);
    assert.equal(d.images.length, 10000 * 784);
    assert.match(d.source, /embedded MNIST/);
    assert.deepEqual(histogram(d.labels), embedded.perClass);
    assert.ok(
      histogram(d.labels.subarray(0, 2000)).every((c) => c > 0),
      'the first 2,000 images miss a class',
    );
  });

  it('keeps the first `samples` and rejects too many', async () => {
    const r = await loadEmbeddedDataset({ samples: 2000, numClasses: 10 });
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.equal(r.value.count, 2000);
    assert.equal(r.value.images.length, 2000 * 784);
    const e = errorOf(await loadEmbeddedDataset({ samples: 20000, numClasses: 10 }));
    assert.match(e, /'samples' is 20,000 but the dataset has 10,000 images/);
  });
});
