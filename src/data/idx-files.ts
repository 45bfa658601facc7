// The file side of IDX datasets, where memory and time matter: a gzipped image file is inflated
// straight into one buffer of the size its gzip trailer announces (inflating it the usual way
// gathered zlib's pieces and then copied them into one: 120 MB at the peak for Fashion-MNIST's
// 47 MB of pixels), and the parent process checks a dataset from its headers alone.
//
// Both only take the quick way when everything is as it should be; anything unusual goes the
// full way (dataset.ts), whose error messages name exactly what is wrong.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createGunzip, gunzip } from 'node:zlib';
import type { TrainingSettings } from '../contracts.js';
import { embeddedDatasetDir } from '../paths.js';
import { splitsIntoFolds } from './folds.js';
import { IDX_IMAGES_MAGIC, IMAGE_FILE_NAMES, isGzip, LABEL_FILE_NAMES, parseIdxLabels } from './idx.js';

const IMAGES_HEADER_BYTES = 16;
/** Larger than any dataset we train on in memory; a header claiming more is corrupt. */
const MAX_BYTES = 2 ** 31;

/** magic, count, rows, cols of an IDX image header; null when it is not one. */
function imagesHeader(bytes: Uint8Array): { count: number; rows: number; cols: number; bytes: number } | null {
  if (bytes.length < IMAGES_HEADER_BYTES) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, IMAGES_HEADER_BYTES);
  const [magic, count, rows, cols] = [0, 4, 8, 12].map((at) => dv.getUint32(at));
  const size = IMAGES_HEADER_BYTES + count * rows * cols;
  if (magic !== IDX_IMAGES_MAGIC || count === 0 || rows === 0 || cols === 0 || size > MAX_BYTES) return null;
  return { count, rows, cols, bytes: size };
}

async function firstBytes(path: string, length: number): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/**
 * A gzipped IDX image file inflated into one buffer of exactly its size, or null (not gzipped,
 * not an image header, another length than the header and the gzip trailer announce, a read or
 * gzip error): the caller then reads it the full way. zlib is given an output chunk as large as
 * the whole file, so it hands back that one buffer: no copy, no pieces. It inflates on libuv's
 * thread pool, so a worker loads tfjs meanwhile (runs/worker.ts).
 */
export async function inflateIdxImages(path: string): Promise<Uint8Array | null> {
  try {
    const cached = await readInflatedCopy(path);
    if (cached) return cached;
    const gz = await readFile(path);
    if (!isGzip(gz) || gz.length < 18) return null;
    const size = gz.readUInt32LE(gz.length - 4);
    if (size < IMAGES_HEADER_BYTES || size > MAX_BYTES) return null;
    const out = await new Promise<Buffer>((resolve, reject) => gunzip(gz, { chunkSize: size + 1 }, (error, result) => (error ? reject(error) : resolve(result))));
    if (out.length !== size) return null;
    const bytes = new Uint8Array(out.buffer, out.byteOffset, out.length);
    const header = imagesHeader(bytes);
    return header !== null && header.bytes === size ? bytes : null;
  } catch {
    return null;
  }
}

// The inflated copy: the parent process inflates a large gzipped image file once, before the
// training processes start, into the system's temporary directory; each process then reads those
// bytes (tens of milliseconds) instead of inflating them again (a third of a second each, all at
// once, on the same cores). Named by the gzip file's path, size, time and first and last bytes,
// so a changed file gets a new copy; checked against the gzip trailer's length when read.

/** Below this a gzip inflates in a few tens of milliseconds: not worth a copy on disk. */
const COPY_FROM_BYTES = 4 * 1024 * 1024;
/** Where the inflated copies are kept (exported for the bench, which measures a first check too). */
export const INFLATED_COPY_DIR = join(tmpdir(), 'tf-repro-inflated');

async function inflatedCopyPath(path: string): Promise<{ copy: string; size: number } | null> {
  const file = await open(path, 'r');
  try {
    const { size, mtimeMs } = await file.stat();
    if (size < COPY_FROM_BYTES) return null;
    const edge = 64 * 1024;
    const [head, tail] = [new Uint8Array(edge), new Uint8Array(edge)];
    await file.read(head, 0, edge, 0);
    await file.read(tail, 0, edge, size - edge);
    const inflated = new DataView(tail.buffer).getUint32(edge - 4, true);
    const key = createHash('sha256').update(`${resolve(path)}\0${size}\0${mtimeMs}\0`).update(head).update(tail).digest('hex').slice(0, 32);
    return { copy: join(INFLATED_COPY_DIR, `${key}.idx3-ubyte`), size: inflated };
  } finally {
    await file.close();
  }
}

/** The inflated copy's bytes when there is one of the right length, else null. */
async function readInflatedCopy(path: string): Promise<Uint8Array | null> {
  const where = await inflatedCopyPath(path).catch(() => null);
  if (!where) return null;
  const bytes = await readFile(where.copy).catch(() => null);
  if (!bytes || bytes.length !== where.size) return null;
  const header = imagesHeader(bytes);
  return header !== null && header.bytes === bytes.length ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) : null;
}

/**
 * Makes the inflated copy of the settings' image file when it is gzipped, large and has none yet.
 * Never fails: without a copy each training process inflates the file itself.
 */
export async function prepareInflatedImages(settings: Pick<TrainingSettings, 'dataset'>): Promise<void> {
  try {
    const path = settings.dataset === null ? embeddedDatasetDir : resolve(settings.dataset);
    const entries = new Set(await readdir(path));
    const imagesName = IMAGE_FILE_NAMES.find((f) => entries.has(f));
    if (!imagesName || !imagesName.endsWith('.gz')) return;
    const imagesPath = join(path, imagesName);
    const where = await inflatedCopyPath(imagesPath);
    if (!where || (await readInflatedCopy(imagesPath))) return;
    const gz = await readFile(imagesPath);
    const bytes = await new Promise<Buffer>((done, reject) => gunzip(gz, { chunkSize: where.size + 1 }, (error, result) => (error ? reject(error) : done(result))));
    if (bytes.length !== where.size) return;
    await mkdir(INFLATED_COPY_DIR, { recursive: true });
    // Written aside, then renamed: a process never reads half a copy.
    const partial = `${where.copy}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, where.copy);
  } catch {
    // No copy: each process inflates for itself.
  }
}

/** The gzip trailer's ISIZE: the inflated length modulo 2^32. */
async function gzipInflatedSize(path: string): Promise<number | null> {
  const { size } = await stat(path);
  if (size < 18) return null;
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(4);
    await file.read(buffer, 0, 4, size - 4);
    return new DataView(buffer.buffer).getUint32(0, true);
  } finally {
    await file.close();
  }
}

/** The image header of a raw or gzipped file, read from its first bytes; null where anything is off. */
async function imagesHeaderOf(path: string): Promise<{ count: number; rows: number; cols: number } | null> {
  const start = await firstBytes(path, 64 * 1024);
  if (!isGzip(start)) {
    const header = imagesHeader(start);
    return header && (await stat(path)).size === header.bytes ? header : null;
  }
  // Inflate only the beginning, then compare the trailer's length with the header's.
  const stream = createReadStream(path, { start: 0, highWaterMark: 64 * 1024 }).pipe(createGunzip());
  let head = new Uint8Array(0);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      head = Buffer.concat([head, chunk]);
      if (head.length >= IMAGES_HEADER_BYTES) break;
    }
  } finally {
    stream.destroy();
  }
  const header = imagesHeader(head);
  if (header === null) return null;
  return (await gzipInflatedSize(path)) === header.bytes % 2 ** 32 ? header : null;
}

type Check = Pick<TrainingSettings, 'dataset' | 'samples' | 'folds' | 'validationSplit'>;

/**
 * True when the settings' IDX dataset is certainly fine, judged from the image file's header and
 * length and the (small) label file: present, well formed, as many labels as images, every
 * label a class, enough images for the samples and folds. False means "look properly": the
 * caller then loads the dataset the full way, which says what is wrong (or finds it fine after
 * all, e.g. x.npy files, which are not looked at here).
 */
export async function idxDatasetLooksFine(settings: Check, classes: number): Promise<boolean> {
  try {
    const path = settings.dataset === null ? embeddedDatasetDir : resolve(settings.dataset);
    const entries = new Set(await readdir(path));
    if (entries.has('x.npy')) return false;
    const imagesName = IMAGE_FILE_NAMES.find((f) => entries.has(f));
    const labelsName = LABEL_FILE_NAMES.find((f) => entries.has(f));
    if (!imagesName || !labelsName) return false;
    const header = await imagesHeaderOf(join(path, imagesName));
    if (header === null) return false;
    const labelsPath = join(path, labelsName);
    const labels = parseIdxLabels(await readFile(labelsPath), labelsPath);
    if (!labels.ok || labels.value.count !== header.count || labels.value.labels.some((label) => label >= classes)) return false;
    const count = settings.samples === 0 ? header.count : settings.samples;
    if (!Number.isInteger(settings.samples) || settings.samples < 0 || count > header.count) return false;
    return splitsIntoFolds(count, settings.folds, settings.validationSplit);
  } catch {
    return false;
  }
}
