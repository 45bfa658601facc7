// The quick ways with IDX files: inflating into one exact buffer, the parent's check from headers,
// and the inflated copy that the training processes of one check read.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { chmod, chown, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { CheckSettings, RunResult } from '../../src/contracts.js';
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
import { builtEntry } from '../support/paths.js';

const FASHION = '/usr/share/datasets/fashion-mnist';
const IMAGES = join(FASHION, 'train-images-idx3-ubyte.gz');
const LABELS = join(FASHION, 'train-labels-idx1-ubyte.gz');
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

/** A copy of Fashion-MNIST's training files in a fresh directory. */
const fashionCopy = () => dirWith({ 'train-images-idx3-ubyte.gz': IMAGES, 'train-labels-idx1-ubyte.gz': LABELS });

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
  assert.equal(await idxDatasetLooksFine({ ...check, dataset: FASHION }, 10), true);
  assert.equal(await idxDatasetLooksFine({ ...check, dataset: null }, 10), true, 'the embedded digits (built by npm run build)');
  const raw = gunzipSync(await readFile(IMAGES));
  const rawDir = await dirWith({ 'train-images-idx3-ubyte': raw, 'train-labels-idx1-ubyte.gz': LABELS });
  assert.equal(await idxDatasetLooksFine({ ...check, dataset: rawDir }, 10), true);
  const gz = await readFile(IMAGES);
  const cases: Record<string, string | null> = {
    'no such directory': '/nonexistent/data',
    'a truncated gzip': await dirWith({ 'train-images-idx3-ubyte.gz': gz.subarray(0, gz.length - 5000), 'train-labels-idx1-ubyte.gz': LABELS }),
    'a truncated raw file': await dirWith({ 'train-images-idx3-ubyte': raw.subarray(0, raw.length - 1), 'train-labels-idx1-ubyte.gz': LABELS }),
    'the test labels': await dirWith({ 'train-images-idx3-ubyte.gz': IMAGES, 'train-labels-idx1-ubyte.gz': join(FASHION, 't10k-labels-idx1-ubyte.gz') }),
    'no labels': await dirWith({ 'train-images-idx3-ubyte.gz': IMAGES }),
  };
  for (const [what, dataset] of Object.entries(cases)) assert.equal(await idxDatasetLooksFine({ ...check, dataset }, 10), false, what);
  assert.equal(await idxDatasetLooksFine({ ...check, dataset: FASHION }, 5), false, 'labels beyond the classes');
  assert.equal(await idxDatasetLooksFine({ ...check, dataset: FASHION, samples: 60001 }, 10), false, 'more samples than images');
  assert.equal(await idxDatasetLooksFine({ ...check, dataset: FASHION, samples: 3, folds: 10 }, 10), false, 'too few to split');
});

/** The same pixels inverted: a copy of the right length and header, but other images. */
function otherPixels(bytes: Uint8Array): Uint8Array {
  const planted = Uint8Array.from(bytes);
  for (let i = 16; i < planted.length; i++) planted[i] = 255 - planted[i]!;
  return planted;
}

test('the inflated copy is private to the check, used only while it is unaltered, and removed', async (t) => {
  const dir = await fashionCopy();
  const source = join(dir, 'train-images-idx3-ubyte.gz');
  const want = new Uint8Array(gunzipSync(await readFile(IMAGES)));
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
  const copy = await prepareInflatedImages({ dataset: await fashionCopy() });
  assert.ok(copy);
  t.after(() => Promise.all([fresh, stale, dirname(copy.path)].map((left) => rm(left, { recursive: true, force: true }))));
  assert.deepEqual((await readdir(copies)).sort(), [fresh, dirname(copy.path)].map((p) => p.slice(copies.length + 1)).sort());
});

const training: CheckSettings = {
  runs: 1,
  folds: 2,
  epochs: 1,
  batchSize: 32,
  validationSplit: 0.2,
  seed: 3,
  samples: 300,
  deterministic: true,
  backend: 'wasm',
  threads: 1,
  dataset: null,
  tolerance: 0,
  failOnMismatch: true,
  reportDir: null,
  parallel: 1,
};
const weights = (runs: RunResult[]) => runs.flatMap((run) => run.folds.map((fold) => fold.weightsSha256));

test('training processes never train on a planted copy: the weights equal those without a copy', async (t) => {
  const dataset = await fashionCopy();
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
  const dataset = await fashionCopy();
  const seen: string[][] = [];
  const report = await runCheck({ ...training, runs: 2, dataset }, { entryScript: builtEntry, hooks: { onFold: () => void seen.push(readdirSync(copies)) } });
  assert.equal(report.verdict, 'reproducible', report.summary);
  assert.ok(
    seen.some((names) => names.length === 1 && names[0]!.startsWith('tf-repro-inflated-')),
    `a copy while training: ${JSON.stringify(seen)}`,
  );
  assert.deepEqual(await readdir(copies), []);
  await assert.rejects(runCheck({ ...training, dataset, samples: 70000 }, { entryScript: builtEntry }), /'samples' is 70,000/);
  assert.deepEqual(await readdir(copies), []);
});
