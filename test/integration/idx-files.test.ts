// The quick ways with IDX files: inflating into one exact buffer, and the parent's check from headers.
// On real IDX files: Debian's Fashion-MNIST where installed, the embedded digits everywhere.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { idxDatasetLooksFine, inflateIdxImages, INFLATED_COPY_DIR, prepareInflatedImages } from '../../src/data/idx-files.js';
import { embedded, fashion, fashionMissing, type IdxData } from '../support/idx-data.js';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const check = { samples: 0, folds: 10, validationSplit: 0.2 };

async function dirWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tf-repro-idx-'));
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === 'string') await copyFile(content, join(dir, name));
    else await writeFile(join(dir, name), content);
  }
  return dir;
}

function idxFilesSuite(data: IdxData): void {
  const { images: IMAGES, labels: LABELS } = data;

  describe(`IDX files: ${data.name}`, () => {
    test('a gzipped image file is inflated into one buffer, byte for byte what gunzip gives', async () => {
      const inflated = await inflateIdxImages(IMAGES);
      assert.ok(inflated);
      const want = gunzipSync(await readFile(IMAGES));
      assert.equal(inflated.length, want.length);
      assert.equal(sha(inflated), sha(want));
      assert.ok(inflated.buffer.byteLength <= want.length + 1, 'no second copy of the pixels');
    });

    test('anything unusual is left to the full reader: raw, truncated, labels, missing', async () => {
      const gz = await readFile(IMAGES);
      const dir = await dirWith({ raw: gunzipSync(gz).subarray(0, 16 + 784 * 10), cut: gz.subarray(0, gz.length - 1000) });
      assert.equal(await inflateIdxImages(join(dir, 'raw')), null);
      assert.equal(await inflateIdxImages(join(dir, 'cut')), null);
      assert.equal(await inflateIdxImages(LABELS), null);
      assert.equal(await inflateIdxImages(join(dir, 'nonexistent')), null);
    });

    test('the parent trusts headers only where everything adds up', async () => {
      assert.equal(await idxDatasetLooksFine({ ...check, dataset: data.dir }, 10), true);
      assert.equal(await idxDatasetLooksFine({ ...check, dataset: null }, 10), true, 'the embedded digits (built by npm run build)');
      const raw = gunzipSync(await readFile(IMAGES));
      const rawDir = await dirWith({ 'train-images-idx3-ubyte': raw, 'train-labels-idx1-ubyte.gz': LABELS });
      assert.equal(await idxDatasetLooksFine({ ...check, dataset: rawDir }, 10), true);
      const gz = await readFile(IMAGES);
      const cases: Record<string, string | null> = {
        'no such directory': '/nonexistent/data',
        'a truncated gzip': await dirWith({ 'train-images-idx3-ubyte.gz': gz.subarray(0, gz.length - 5000), 'train-labels-idx1-ubyte.gz': LABELS }),
        'a truncated raw file': await dirWith({ 'train-images-idx3-ubyte': raw.subarray(0, raw.length - 1), 'train-labels-idx1-ubyte.gz': LABELS }),
        'labels of another count': await dirWith({ 'train-images-idx3-ubyte.gz': IMAGES, 'train-labels-idx1-ubyte.gz': data.otherLabels }),
        'no labels': await dirWith({ 'train-images-idx3-ubyte.gz': IMAGES }),
      };
      for (const [what, dataset] of Object.entries(cases)) assert.equal(await idxDatasetLooksFine({ ...check, dataset }, 10), false, what);
      assert.equal(await idxDatasetLooksFine({ ...check, dataset: data.dir }, 5), false, 'labels beyond the classes');
      assert.equal(await idxDatasetLooksFine({ ...check, dataset: data.dir, samples: data.count + 1 }, 10), false, 'more samples than images');
      assert.equal(await idxDatasetLooksFine({ ...check, dataset: data.dir, samples: 3, folds: 10 }, 10), false, 'too few to split');
    });

    test('the parent inflates a large image file once; processes read that copy, and never a wrong one', async () => {
      // A copy of a large image file in a fresh directory: a new file, so a new inflated copy.
      const dir = await dirWith({ 'train-images-idx3-ubyte.gz': data.largeImages(), 'train-labels-idx1-ubyte.gz': LABELS });
      const images = join(dir, 'train-images-idx3-ubyte.gz');
      const copies = async () => new Set(await readdir(INFLATED_COPY_DIR).catch(() => []));
      const before = await copies();
      await prepareInflatedImages({ dataset: dir });
      const made = [...(await copies())].filter((name) => !before.has(name));
      assert.equal(made.length, 1);
      const want = sha(gunzipSync(await readFile(images)));
      assert.equal(sha((await inflateIdxImages(images))!), want);
      // A copy of the wrong length (cut short by a full disk, say) is passed over.
      const copy = join(INFLATED_COPY_DIR, made[0]);
      await writeFile(copy, (await readFile(copy)).subarray(0, 1000));
      assert.equal(sha((await inflateIdxImages(images))!), want);
      await rm(copy);
      // Small files (the embedded digits) get no copy: they inflate in milliseconds.
      const count = (await copies()).size;
      await prepareInflatedImages({ dataset: null });
      assert.equal((await copies()).size, count);
    });
  });
}

if (fashion) idxFilesSuite(fashion);
else test("IDX files: Debian's Fashion-MNIST", { skip: fashionMissing }, () => {});
idxFilesSuite(embedded);
