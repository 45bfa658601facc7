// The quick ways with IDX files: inflating into one exact buffer, the parent's check from headers,
// and the inflated copy that the training processes of one check read.
// On real IDX files: Debian's Fashion-MNIST where installed, the embedded digits everywhere.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { chmod, chown, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { constants as zlibConstants, gunzipSync, gzipSync } from 'node:zlib';
import type { RunResult } from '../../src/contracts/run-result.js';
import type { CheckSettings } from '../../src/contracts/settings.js';
import { runCheck } from '../../src/engine/check.js';
import {
  idxDatasetLooksFine,
  inflateIdxImages,
  prepareInflatedImages,
  readInflatedCopy,
  removeInflatedImages,
  type InflatedImages,
} from '../../src/data/idx-files.js';
import { trainRuns } from '../../src/runs/training-processes.js';
import { embedded, fashion, fashionMissing, type IdxData } from '../support/idx-data.js';
import { builtEntry } from '../support/paths.js';
import { checkSettings } from '../support/settings.js';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** Compared by digest: a failing assert on 47 MB of pixels would spend minutes writing them out. */
const digest = (bytes: Uint8Array | null) => (bytes ? sha(bytes) : null);
const check = { samples: 0, folds: 10, validationSplit: 0.2 };

let tmp = '';
/** Where the inflated copies go in these tests (the runner's RUNNER_TEMP), so that what is left there can be seen. */
let copies = '';
const savedRunnerTemp = process.env.RUNNER_TEMP;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tf-repro-idx-'));
  copies = join(tmp, 'runner-temp');
  await mkdir(copies);
  process.env.RUNNER_TEMP = copies;
});
after(async () => {
  if (savedRunnerTemp === undefined) delete process.env.RUNNER_TEMP;
  else process.env.RUNNER_TEMP = savedRunnerTemp;
  await rm(tmp, { recursive: true, force: true });
});

async function dirWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmp, 'case-'));
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === 'string') await copyFile(content, join(dir, name));
    else await writeFile(join(dir, name), content);
  }
  return dir;
}

/** The image count in a gzipped IDX image file's header, from its first bytes alone. */
function imageCount(gz: Uint8Array): number {
  return gunzipSync(gz.subarray(0, 4096), { finishFlush: zlibConstants.Z_SYNC_FLUSH }).readUInt32BE(4);
}

/**
 * The dataset's image file above the 4 MiB threshold for an inflated copy (data.largeImages():
 * Fashion-MNIST's own, the embedded digits six times over), with labels to match: the dataset's
 * own when they are as many, else its labels over and over, as the images repeat.
 */
async function largeFiles(data: IdxData): Promise<{ images: Uint8Array; labels: string | Uint8Array; count: number }> {
  const large = data.largeImages();
  const images = typeof large === 'string' ? new Uint8Array(await readFile(large)) : large;
  const count = imageCount(images);
  const all = gunzipSync(await readFile(data.labels));
  const have = all.readUInt32BE(4);
  if (count === have) return { images, labels: data.labels, count };
  assert.equal(count % have, 0, `${count} images: the dataset's ${have} over and over`);
  const labels = Buffer.alloc(8 + count);
  all.copy(labels, 0, 0, 8);
  labels.writeUInt32BE(count, 4);
  for (let i = 0; i < count; i += have) all.copy(labels, 8 + i, 8, 8 + have);
  return { images, labels: gzipSync(labels), count };
}

/** The same pixels inverted: a copy of the right length and header, but other images. */
function otherPixels(bytes: Uint8Array): Uint8Array {
  const planted = Uint8Array.from(bytes);
  for (let i = 16; i < planted.length; i++) planted[i] = 255 - planted[i]!;
  return planted;
}

const training: CheckSettings = checkSettings({ runs: 1, folds: 2, epochs: 1, batchSize: 32, seed: 3, samples: 300, backend: 'wasm', parallel: 1 });
const weights = (runs: RunResult[]) => runs.flatMap((run) => run.folds.map((fold) => fold.weightsSha256));

function idxFilesSuite(data: IdxData): void {
  const { images: IMAGES, labels: LABELS } = data;
  /** Made once per dataset, when a test first asks for it (the embedded digits' takes a second to gzip). */
  let large: ReturnType<typeof largeFiles> | undefined;
  /** A copy of the large image file and its labels in a fresh directory: a new file, so a new inflated copy. */
  const largeCopy = async () => {
    const { images, labels } = await (large ??= largeFiles(data));
    return dirWith({ 'train-images-idx3-ubyte.gz': images, 'train-labels-idx1-ubyte.gz': labels });
  };

  describe(`IDX files: ${data.name}`, () => {
    test('a gzipped image file is inflated into one buffer, byte for byte what gunzip gives', async () => {
      const inflated = await inflateIdxImages(IMAGES);
      assert.ok(inflated);
      const want = gunzipSync(await readFile(IMAGES));
      assert.equal(inflated.length, want.length);
      assert.equal(sha(inflated), sha(want));
      assert.ok(inflated.buffer.byteLength <= want.length + 1, 'no second copy of the pixels');
    });

    test('anything unusual is left to the full reader: raw, truncated, labels, missing, more than announced', async () => {
      const gz = await readFile(IMAGES);
      // The header and the gzip trailer agree on 10 images, but the stream goes on for 64 MB.
      const header = Buffer.from(gunzipSync(gz).subarray(0, 16));
      header.writeUInt32BE(10, 4);
      const bomb = gzipSync(Buffer.concat([header, Buffer.alloc(64 * 1024 * 1024)]), { level: 1 });
      bomb.writeUInt32LE(16 + 10 * 784, bomb.length - 4);
      const dir = await dirWith({ raw: gunzipSync(gz).subarray(0, 16 + 784 * 10), cut: gz.subarray(0, gz.length - 1000), bomb });
      assert.equal(digest(await inflateIdxImages(join(dir, 'raw'))), null);
      assert.equal(digest(await inflateIdxImages(join(dir, 'cut'))), null);
      assert.equal(digest(await inflateIdxImages(LABELS)), null);
      assert.equal(digest(await inflateIdxImages(join(dir, 'nonexistent'))), null);
      assert.equal(digest(await inflateIdxImages(join(dir, 'bomb'))), null);
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
        [`labels of another count (${data.otherCountText})`]: await dirWith({
          'train-images-idx3-ubyte.gz': IMAGES,
          'train-labels-idx1-ubyte.gz': data.otherLabels,
        }),
        'no labels': await dirWith({ 'train-images-idx3-ubyte.gz': IMAGES }),
      };
      for (const [what, dataset] of Object.entries(cases)) assert.equal(await idxDatasetLooksFine({ ...check, dataset }, 10), false, what);
      assert.equal(await idxDatasetLooksFine({ ...check, dataset: data.dir }, 5), false, 'labels beyond the classes');
      assert.equal(await idxDatasetLooksFine({ ...check, dataset: data.dir, samples: data.count + 1 }, 10), false, 'more samples than images');
      assert.equal(await idxDatasetLooksFine({ ...check, dataset: data.dir, samples: 3, folds: 10 }, 10), false, 'too few to split');
    });

    test('the inflated copy is private to the check, used only while it is unaltered, and removed', async (t) => {
      const dir = await largeCopy();
      const source = join(dir, 'train-images-idx3-ubyte.gz');
      const want = new Uint8Array(gunzipSync(await readFile(source)));
      const copy = await prepareInflatedImages({ dataset: dir });
      assert.ok(copy);
      // Also when an assert below fails, so that the next tests see RUNNER_TEMP as they should.
      t.after(() => rm(dirname(copy.path), { recursive: true, force: true }));
      assert.deepEqual({ source: copy.source, bytes: copy.bytes, sha256: copy.sha256 }, { source, bytes: want.length, sha256: sha(want) });
      const copyDir = dirname(copy.path);
      assert.equal(dirname(copyDir), copies, 'under RUNNER_TEMP');
      assert.equal((await stat(copyDir)).mode & 0o777, 0o700);
      assert.equal((await stat(copy.path)).mode & 0o777, 0o600);
      assert.equal(digest(await readInflatedCopy(source, copy)), sha(want));

      const refused = async (what: string) => {
        assert.equal(digest(await readInflatedCopy(source, copy)), null, what);
        assert.equal(digest(await inflateIdxImages(source, copy)), sha(want), `${what}: the file is inflated instead`);
      };
      // Another file's copy.
      assert.equal(digest(await readInflatedCopy(join(dir, 'other.gz'), copy)), null);
      // A directory that others may write to, or someone else's: refused even with the right bytes.
      await chmod(copyDir, 0o777);
      await refused('a directory of mode 0777');
      await chmod(copyDir, 0o700);
      await chown(copyDir, 65534, 65534);
      await refused('a directory of another owner');
      await chown(copyDir, process.getuid!(), process.getgid!());
      assert.equal(digest(await readInflatedCopy(source, copy)), sha(want), 'used again once private');
      // Other pixels of the right length and header, a short copy, a link, a FIFO: never used.
      await writeFile(copy.path, otherPixels(want));
      await refused('other pixels');
      await writeFile(copy.path, want.subarray(0, 1000));
      await refused('a short copy');
      await rm(copy.path);
      const elsewhere = join(tmp, 'elsewhere');
      await writeFile(elsewhere, want);
      await symlink(elsewhere, copy.path);
      await refused('a symbolic link');
      await rm(copy.path);
      execFileSync('mkfifo', [copy.path]);
      await refused('a FIFO');

      await removeInflatedImages(copy);
      assert.deepEqual(await readdir(copies), []);
      // Small files (the embedded digits) get no copy: they inflate in milliseconds.
      assert.equal(await prepareInflatedImages({ dataset: null }), null);
      assert.deepEqual(await readdir(copies), []);
    });

    test("a copy left by a killed check is pruned a day later; another check's fresh one is kept", async (t) => {
      const stale = join(copies, 'tf-repro-inflated-Stale1');
      const fresh = join(copies, 'tf-repro-inflated-Fresh1');
      for (const left of [stale, fresh]) {
        await mkdir(left, { mode: 0o700 });
        await writeFile(join(left, 'train-images-idx3-ubyte'), 'left over');
      }
      const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
      await utimes(stale, twoDaysAgo, twoDaysAgo);
      const copy = await prepareInflatedImages({ dataset: await largeCopy() });
      assert.ok(copy);
      t.after(() => Promise.all([fresh, stale, dirname(copy.path)].map((left) => rm(left, { recursive: true, force: true }))));
      assert.deepEqual((await readdir(copies)).sort(), [fresh, dirname(copy.path)].map((p) => p.slice(copies.length + 1)).sort());
    });

    test('training processes never train on a planted copy: the weights equal those without a copy', async (t) => {
      const dataset = await largeCopy();
      const copy = await prepareInflatedImages({ dataset });
      assert.ok(copy);
      t.after(() => removeInflatedImages(copy));
      // Someone with write access swaps the copy for other pixels between the parent and the processes.
      await writeFile(copy.path, otherPixels((await readFile(copy.path)) as Uint8Array));
      const train = (ready: InflatedImages | null) =>
        trainRuns({ ...training, dataset }, { entryScript: builtEntry, logDir: null, backends: [{ backend: 'wasm' }], ready: Promise.resolve(ready) });
      const [planted, uncached] = [await train(copy), await train(null)];
      for (const runs of [planted, uncached])
        assert.deepEqual(
          runs.map((run) => [run.status, run.error]),
          [['ok', null]],
        );
      assert.equal(weights(uncached).length, 2);
      assert.deepEqual(weights(planted), weights(uncached));
    });

    test('a check removes its inflated copy when it ends, also when it fails', async () => {
      const dataset = await largeCopy();
      const seen: string[][] = [];
      const report = await runCheck(
        { ...training, runs: 2, dataset },
        { entryScript: builtEntry, hooks: { onFold: () => void seen.push(readdirSync(copies)) } },
      );
      assert.equal(report.verdict, 'reproducible', report.summary);
      assert.ok(
        seen.some((names) => names.length === 1 && names[0]!.startsWith('tf-repro-inflated-')),
        `a copy while training: ${JSON.stringify(seen)}`,
      );
      assert.deepEqual(await readdir(copies), []);
      // 70,000 for either dataset: its large image file holds 60,000 images.
      const tooMany = (await large!).count + 10000;
      await assert.rejects(
        runCheck({ ...training, dataset, samples: tooMany }, { entryScript: builtEntry }),
        new RegExp(`'samples' is ${tooMany.toLocaleString('en-US')}`),
      );
      assert.deepEqual(await readdir(copies), []);
    });
  });
}

if (fashion) idxFilesSuite(fashion);
else test("IDX files: Debian's Fashion-MNIST", { skip: fashionMissing }, () => {});
idxFilesSuite(embedded);
