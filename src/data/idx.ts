// Pure parsing of IDX files (the MNIST format: http://yann.lecun.com/exdb/mnist/), raw or gzipped.
// No fs here: callers read the bytes, so tests can hand-build buffers.
import { gunzipSync } from 'node:zlib';
import { fail, ok, type Parsed } from '../contracts.js';
import { errorMessage } from '../util/errors.js';
import { withCommas } from '../util/text.js';

/** 0x00000803: unsigned bytes, 3 dimensions (count, rows, cols). */
export const IDX_IMAGES_MAGIC = 2051;
/** 0x00000801: unsigned bytes, 1 dimension (count). */
export const IDX_LABELS_MAGIC = 2049;

/** File names tried in order; the dot spelling is how some mirrors name them. */
export const IMAGE_FILE_NAMES = [
  'train-images-idx3-ubyte',
  'train-images-idx3-ubyte.gz',
  'train-images.idx3-ubyte',
  'train-images.idx3-ubyte.gz',
] as const;
export const LABEL_FILE_NAMES = [
  'train-labels-idx1-ubyte',
  'train-labels-idx1-ubyte.gz',
  'train-labels.idx1-ubyte',
  'train-labels.idx1-ubyte.gz',
] as const;

export interface IdxImages {
  count: number;
  rows: number;
  cols: number;
  /** count*rows*cols bytes, image after image, row-major; a view, not a copy. */
  pixels: Uint8Array;
}

export interface IdxLabels {
  count: number;
  labels: Uint8Array;
}


export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzips when the gzip magic is present, else returns the bytes as they are. Throws on a corrupt gzip. */
export function maybeGunzip(bytes: Uint8Array): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  const out = gunzipSync(bytes);
  return plainView(out, 0, out.length);
}

// A plain Uint8Array view even of a Buffer, so callers never meet Buffer's copying-free slice() or its equality.
const plainView = (bytes: Uint8Array, start: number, length: number): Uint8Array =>
  new Uint8Array(bytes.buffer, bytes.byteOffset + start, length);

/** maybeGunzip with a corrupt or truncated gzip as an error value naming `source`. */
export function tryGunzip(bytes: Uint8Array, source: string): Parsed<Uint8Array> {
  try {
    return ok(maybeGunzip(bytes));
  } catch (e) {
    const why = errorMessage(e);
    return fail(`${source}: not a valid gzip file (${why}); it is probably truncated or corrupt, download it again`);
  }
}

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function magicHint(magic: number, expected: number): string {
  if (magic === IDX_LABELS_MAGIC) return ' (that is an IDX label file: did you swap the images and labels files?)';
  if (magic === IDX_IMAGES_MAGIC) return ' (that is an IDX image file: did you swap the images and labels files?)';
  return expected === IDX_IMAGES_MAGIC
    ? ' (an IDX image file, e.g. train-images-idx3-ubyte, starts with 2051)'
    : ' (an IDX label file, e.g. train-labels-idx1-ubyte, starts with 2049)';
}

function checkLength(source: string, actual: number, expected: number, what: string): Parsed<void> {
  if (actual === expected) return ok(undefined);
  const extra = actual - expected;
  const how = extra < 0 ? 'the file is truncated' : `${withCommas(extra)} byte${extra === 1 ? '' : 's'} too many`;
  return fail(`${source}: expected ${withCommas(expected)} bytes for ${what}, found ${withCommas(actual)} (${how}); download the file again`);
}

/** Parses an IDX image file (gzipped or raw): header magic 2051, count, rows, cols, then the pixels. */
export function parseIdxImages(input: Uint8Array, source: string): Parsed<IdxImages> {
  const unzipped = tryGunzip(input, source);
  if (!unzipped.ok) return unzipped;
  const bytes = unzipped.value;
  // Magic first: a short file of the wrong kind is better named by its magic than by its size.
  const dv = view(bytes);
  const magic = bytes.length >= 4 ? dv.getUint32(0) : null;
  if (magic !== null && magic !== IDX_IMAGES_MAGIC) {
    return fail(`${source}: magic number ${magic}, expected ${IDX_IMAGES_MAGIC}${magicHint(magic, IDX_IMAGES_MAGIC)}`);
  }
  if (bytes.length < 16) {
    return fail(`${source}: only ${withCommas(bytes.length)} bytes, shorter than the 16-byte header of an IDX image file; is it truncated?`);
  }
  const count = dv.getUint32(4);
  const rows = dv.getUint32(8);
  const cols = dv.getUint32(12);
  if (count === 0 || rows === 0 || cols === 0) {
    return fail(`${source}: header says ${withCommas(count)} images of ${withCommas(rows)}×${withCommas(cols)}; a dataset needs at least one image of at least 1×1`);
  }
  const size = count * rows * cols;
  const len = checkLength(source, bytes.length, 16 + size, `${withCommas(count)} images of ${withCommas(rows)}×${withCommas(cols)}`);
  if (!len.ok) return len;
  return ok({ count, rows, cols, pixels: plainView(bytes, 16, size) });
}

/** Parses an IDX label file (gzipped or raw): header magic 2049, count, then one byte per label. */
export function parseIdxLabels(input: Uint8Array, source: string): Parsed<IdxLabels> {
  const unzipped = tryGunzip(input, source);
  if (!unzipped.ok) return unzipped;
  const bytes = unzipped.value;
  // Magic first: a short file of the wrong kind is better named by its magic than by its size.
  const dv = view(bytes);
  const magic = bytes.length >= 4 ? dv.getUint32(0) : null;
  if (magic !== null && magic !== IDX_LABELS_MAGIC) {
    return fail(`${source}: magic number ${magic}, expected ${IDX_LABELS_MAGIC}${magicHint(magic, IDX_LABELS_MAGIC)}`);
  }
  if (bytes.length < 8) {
    return fail(`${source}: only ${withCommas(bytes.length)} bytes, shorter than the 8-byte header of an IDX label file; is it truncated?`);
  }
  const count = dv.getUint32(4);
  if (count === 0) return fail(`${source}: header says 0 labels; a dataset needs at least one`);
  const len = checkLength(source, bytes.length, 8 + count, `${withCommas(count)} labels`);
  if (!len.ok) return len;
  return ok({ count, labels: plainView(bytes, 8, count) });
}
