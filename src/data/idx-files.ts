// The file side of IDX datasets, where memory and time matter: a gzipped image file is inflated
// straight into one buffer of the size its header announces (inflating it the usual way
// gathered zlib's pieces and then copied them into one: 120 MB at the peak for Fashion-MNIST's
// 47 MB of pixels), the parent process checks a dataset from its headers alone, and makes the
// inflated copy that its training processes read.
//
// Both only take the quick way when everything is as it should be; anything unusual goes the
// full way (dataset.ts), whose error messages name exactly what is wrong.
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { TrainingSettings } from '../contracts/settings.js';
import { embeddedDatasetDir } from '../paths.js';
import { splitsIntoFolds } from './folds.js';
import { openRegularFile, readOpenFile } from '../util/user-files.js';
import { DATASET_FILE_LIMIT_BYTES, readUserFile } from './user-files.js';
import { IMAGE_FILE_NAMES, inflatedStart, isGzip, LABEL_FILE_NAMES, parseIdxImagesHeader, parseIdxLabels, type IdxImagesHeader } from './idx.js';

const IMAGES_HEADER_BYTES = 16;
/** Enough of a file to find its header, also inside a gzip (idx.ts inflatedStart). */
const HEADER_READ_BYTES = 4096;

/** The image header from the start of a file's content; null when it is not a good one. */
function imagesHeader(start: Uint8Array, path: string): IdxImagesHeader | null {
  const inflated = inflatedStart(start, path, IMAGES_HEADER_BYTES);
  const header = inflated.ok ? parseIdxImagesHeader(inflated.value, path) : null;
  return header?.ok ? header.value : null;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * A gzipped IDX image file inflated into one buffer of exactly its size, or null (not gzipped,
 * not an image header, another length in the gzip trailer than the header announces, a read or
 * gzip error, more bytes than announced): the caller then reads it the full way. zlib is given an
 * output chunk as large as the header announces, so it hands back that one buffer: no copy, no
 * pieces, and it stops one byte past it. It inflates on libuv's thread pool, so a worker loads
 * tfjs meanwhile (runs/worker.ts). With `copy` (the parent's inflated copy), reads that instead
 * when it is this file's, private and unaltered.
 */
export async function inflateIdxImages(path: string, copy: InflatedImages | null = null): Promise<Uint8Array | null> {
  try {
    const copied = copy && (await readInflatedCopy(path, copy));
    if (copied) return copied;
    const read = await readUserFile(path, path);
    if (!read.ok) return null;
    const gz = Buffer.from(read.value.buffer, read.value.byteOffset, read.value.length);
    const header = isGzip(gz) && gz.length >= 18 ? imagesHeader(gz, path) : null;
    if (header === null || gz.readUInt32LE(gz.length - 4) !== header.bytes) return null;
    const out = await promisify(gunzip)(gz, { chunkSize: header.bytes + 1, maxOutputLength: header.bytes });
    return out.length === header.bytes ? new Uint8Array(out.buffer, out.byteOffset, out.length) : null;
  } catch {
    return null;
  }
}

// The inflated copy: the parent process inflates a large gzipped image file once per check, before
// the training processes start, into a fresh private directory; each process then reads those
// bytes (tens of milliseconds) instead of inflating them again (a third of a second each, all at
// once, on the same cores). Nothing on disk is trusted: the parent hands each process the copy's
// SHA-256 with its job, and a process uses the copy only when its bytes have that digest and its
// directory is ours and writable by us alone. The copy is removed when the check ends; a copy
// left by a killed check is pruned by a later one.

/** The parent's inflated copy of a gzipped image file, as a training process gets it with its job. */
export interface InflatedImages {
  /** The gzipped file it was inflated from (absolute). */
  source: string;
  /** The copy, alone in a directory of its own. */
  path: string;
  bytes: number;
  sha256: string;
}

/** Below this a gzip inflates in a few tens of milliseconds: not worth a copy on disk. */
const COPY_FROM_BYTES = 4 * 1024 * 1024;
const COPY_DIR_PREFIX = 'tf-repro-inflated-';
/** A copy directory this old was left by a check that was killed. */
const STALE_COPY_MS = 24 * 60 * 60 * 1000;

/** The runner's per-job temporary directory (emptied by the runner), else the system's. */
const copiesBase = (): string => process.env.RUNNER_TEMP || tmpdir();

/** True for a real directory (not a link) of this user that no one else may write to. */
async function isPrivateDirectory(path: string): Promise<boolean> {
  const info = await lstat(path);
  const uid = process.getuid?.();
  // Windows has no owners or mode bits to check; the digest still guards the copy there.
  return info.isDirectory() && (uid === undefined || (info.uid === uid && (info.mode & 0o022) === 0));
}

/** The copy's bytes when it is `path`'s copy, private, a plain file and of the digest the parent gave; else null. */
export async function readInflatedCopy(path: string, copy: InflatedImages): Promise<Uint8Array | null> {
  try {
    if (copy.source !== path || !(await isPrivateDirectory(dirname(copy.path)))) return null;
    // No links followed, and no waiting on a FIFO put in its place.
    const file = await openRegularFile(copy.path, constants.O_NOFOLLOW);
    try {
      if ((await file.stat()).size !== copy.bytes) return null;
      const bytes = await readOpenFile(file, copy.path, Math.min(copy.bytes, DATASET_FILE_LIMIT_BYTES));
      return bytes.length === copy.bytes && sha256(bytes) === copy.sha256 ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) : null;
    } finally {
      await file.close();
    }
  } catch {
    return null;
  }
}

/**
 * Makes the inflated copy of the settings' image file when it is gzipped and large, for the
 * training processes of this check; remove it with removeInflatedImages when the check ends.
 * Never fails: null (no copy) and each training process inflates the file itself.
 */
export async function prepareInflatedImages(settings: Pick<TrainingSettings, 'dataset'>): Promise<InflatedImages | null> {
  let dir: string | null = null;
  try {
    const path = settings.dataset === null ? embeddedDatasetDir : resolve(settings.dataset);
    const entries = new Set(await readdir(path));
    const imagesName = IMAGE_FILE_NAMES.find((f) => entries.has(f));
    if (!imagesName?.endsWith('.gz')) return null;
    const source = join(path, imagesName);
    if ((await stat(source)).size < COPY_FROM_BYTES) return null;
    // Old copies are looked for while the file inflates (pruneStaleCopies never fails).
    const pruned = pruneStaleCopies();
    const bytes = await inflateIdxImages(source);
    await pruned;
    if (!bytes) return null;
    // mkdtemp: a new directory of an unguessable name, readable by this user alone (0700).
    dir = await mkdtemp(join(copiesBase(), COPY_DIR_PREFIX));
    if (!(await isPrivateDirectory(dir))) throw new Error(`${dir} is not private`);
    const copy = join(dir, imagesName.replace(/\.gz$/, ''));
    // The digest is taken here while the thread pool writes the file: the workers wait for both.
    const written = writeFile(copy, bytes, { flag: 'wx', mode: 0o600 });
    const digest = sha256(bytes);
    await written;
    return { source, path: copy, bytes: bytes.length, sha256: digest };
  } catch {
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => {});
    return null;
  }
}

/** Removes the check's inflated copy (its directory); never fails. */
export async function removeInflatedImages(copy: InflatedImages | null): Promise<void> {
  if (copy) await rm(dirname(copy.path), { recursive: true, force: true }).catch(() => {});
}

/** Removes this user's copy directories that a killed check left, a day or more ago. */
async function pruneStaleCopies(): Promise<void> {
  const base = copiesBase();
  const names = (await readdir(base).catch(() => [])).filter((name) => name.startsWith(COPY_DIR_PREFIX));
  const uid = process.getuid?.();
  for (const name of names) {
    const dir = join(base, name);
    const info = await lstat(dir).catch(() => null);
    if (info?.isDirectory() && (uid === undefined || info.uid === uid) && Date.now() - info.mtimeMs > STALE_COPY_MS) {
      await rm(dir, { recursive: true, force: true }).catch(() => {});
    }
  }
}

/** The image header of a raw or gzipped file, from its first bytes and its length; null where anything is off. */
async function imagesHeaderOf(path: string): Promise<IdxImagesHeader | null> {
  const file = await openRegularFile(path);
  try {
    const { size } = await file.stat();
    const start = new Uint8Array(Math.min(size, HEADER_READ_BYTES));
    await file.read(start, 0, start.length, 0);
    const header = imagesHeader(start, path);
    if (header === null) return null;
    if (!isGzip(start)) return size === header.bytes ? header : null;
    if (size < 18) return null;
    // The gzip trailer holds the inflated length (modulo 2^32; headers above 2 GiB are refused).
    const trailer = new Uint8Array(4);
    await file.read(trailer, 0, 4, size - 4);
    return new DataView(trailer.buffer).getUint32(0, true) === header.bytes ? header : null;
  } finally {
    await file.close();
  }
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
    const labelBytes = await readUserFile(labelsPath, labelsPath);
    const labels = labelBytes.ok ? parseIdxLabels(labelBytes.value, labelsPath) : labelBytes;
    if (!labels.ok || labels.value.count !== header.count || labels.value.labels.some((label) => label >= classes)) return false;
    const count = settings.samples === 0 ? header.count : settings.samples;
    if (!Number.isInteger(settings.samples) || settings.samples < 0 || count > header.count) return false;
    return splitsIntoFolds(count, settings.folds, settings.validationSplit);
  } catch {
    return false;
  }
}
