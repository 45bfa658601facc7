// Pure parsing of IDX files (the MNIST format: http://yann.lecun.com/exdb/mnist/), raw or gzipped.
// No fs here: callers read the bytes, so tests can hand-build buffers.
import { constants, gunzipSync } from 'node:zlib';
import { fail, ok, type Parsed } from '../util/parsed.js';
import { errorMessage } from '../util/errors.js';
import { withCommas } from '../util/text.js';

/** 0x00000803: unsigned bytes, 3 dimensions (count, rows, cols). */
export const IDX_IMAGES_MAGIC = 2051;
/** 0x00000801: unsigned bytes, 1 dimension (count). */
export const IDX_LABELS_MAGIC = 2049;

/** File names tried in order; the dot spelling is how some mirrors name them. */
export const IMAGE_FILE_NAMES = ['train-images-idx3-ubyte', 'train-images-idx3-ubyte.gz', 'train-images.idx3-ubyte', 'train-images.idx3-ubyte.gz'] as const;
export const LABEL_FILE_NAMES = ['train-labels-idx1-ubyte', 'train-labels-idx1-ubyte.gz', 'train-labels.idx1-ubyte', 'train-labels.idx1-ubyte.gz'] as const;

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

/** Larger than any dataset we hold in memory; a header announcing more is corrupt. */
export const MAX_IDX_BYTES = 2 ** 31;
/**
 * How much of a gzip is inflated to read the IDX header in it. A deflate stream gives at most
 * 1,032 bytes per byte, so that start is at most about 4 MB, whatever the file claims.
 */
const HEADER_PROBE_BYTES = 4096;

// A plain Uint8Array view even of a Buffer, so callers never meet Buffer's copying-free slice() or its equality.
const plainView = (bytes: Uint8Array, start: number, length: number): Uint8Array => new Uint8Array(bytes.buffer, bytes.byteOffset + start, length);

const invalidGzip = (source: string, error: unknown): Parsed<never> =>
  fail(`${source}: not a valid gzip file (${errorMessage(error)}); it is probably truncated or corrupt, download it again`);

/**
 * The start of the file's content, enough to hold a header of `headerLength` bytes: the bytes
 * themselves, or the inflated start of a gzip (of its first 4 KB only, so never a gzip bomb).
 * `bytes` may be only the beginning of a file.
 */
export function inflatedStart(bytes: Uint8Array, source: string, headerLength: number): Parsed<Uint8Array> {
  if (!isGzip(bytes)) return ok(bytes);
  let start: Uint8Array;
  try {
    // Z_SYNC_FLUSH: what these bytes inflate to, without asking for the end of the stream.
    start = gunzipSync(bytes.subarray(0, HEADER_PROBE_BYTES), { finishFlush: constants.Z_SYNC_FLUSH });
  } catch (e) {
    return invalidGzip(source, e);
  }
  if (start.length < headerLength && bytes.length > HEADER_PROBE_BYTES) {
    return fail(
      `${source}: its first ${withCommas(HEADER_PROBE_BYTES)} bytes of gzip data do not reach the ${headerLength}-byte IDX header; gunzip it and give the raw file`,
    );
  }
  return ok(plainView(start, 0, start.length));
}

/**
 * The whole content: the bytes themselves, or the gzip inflated, stopping as soon as it passes
 * `announced` bytes (what its header says, `holds` in words): a gzip bomb goes no further.
 */
export function gunzipAnnounced(bytes: Uint8Array, source: string, announced: number, holds: string): Parsed<Uint8Array> {
  if (!isGzip(bytes)) return ok(bytes);
  try {
    const out = gunzipSync(bytes, { maxOutputLength: announced });
    return ok(plainView(out, 0, out.length));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') return invalidGzip(source, e);
    return fail(
      `${source}: inflates to more than the ${withCommas(announced)} bytes its header announces for ${holds}; the file is corrupt or not what it says, download it again`,
    );
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

/** What an IDX header announces: the whole file's length, and what it holds in words ("3 labels"). */
interface Announced {
  bytes: number;
  holds: string;
}

export interface IdxImagesHeader extends Announced {
  count: number;
  rows: number;
  cols: number;
}

interface IdxLabelsHeader extends Announced {
  count: number;
}

/** The magic number when there are 4 bytes to read; an error when it is not `expected`. */
function checkMagic(start: Uint8Array, source: string, expected: number): Parsed<void> {
  const magic = start.length >= 4 ? view(start).getUint32(0) : null;
  if (magic === null || magic === expected) return ok(undefined);
  return fail(`${source}: magic number ${magic}, expected ${expected}${magicHint(magic, expected)}`);
}

function withinLimit<H extends Announced>(header: H, source: string): Parsed<H> {
  if (header.bytes <= MAX_IDX_BYTES) return ok(header);
  return fail(
    `${source}: header says ${header.holds}, ${withCommas(header.bytes)} bytes, more than the 2 GiB tf-repro reads; the file is corrupt or not an IDX file`,
  );
}

/** An IDX image header (magic 2051, count, rows, cols) from the start of the file's content. */
export function parseIdxImagesHeader(start: Uint8Array, source: string): Parsed<IdxImagesHeader> {
  // Magic first: a short file of the wrong kind is better named by its magic than by its size.
  const magic = checkMagic(start, source, IDX_IMAGES_MAGIC);
  if (!magic.ok) return magic;
  if (start.length < 16) {
    return fail(`${source}: only ${withCommas(start.length)} bytes, shorter than the 16-byte header of an IDX image file; is it truncated?`);
  }
  const dv = view(start);
  const [count, rows, cols] = [4, 8, 12].map((at) => dv.getUint32(at)) as [number, number, number];
  if (count === 0 || rows === 0 || cols === 0) {
    return fail(
      `${source}: header says ${withCommas(count)} images of ${withCommas(rows)}×${withCommas(cols)}; a dataset needs at least one image of at least 1×1`,
    );
  }
  const holds = `${withCommas(count)} images of ${withCommas(rows)}×${withCommas(cols)}`;
  return withinLimit({ count, rows, cols, bytes: 16 + count * rows * cols, holds }, source);
}

function parseIdxLabelsHeader(start: Uint8Array, source: string): Parsed<IdxLabelsHeader> {
  const magic = checkMagic(start, source, IDX_LABELS_MAGIC);
  if (!magic.ok) return magic;
  if (start.length < 8) {
    return fail(`${source}: only ${withCommas(start.length)} bytes, shorter than the 8-byte header of an IDX label file; is it truncated?`);
  }
  const count = view(start).getUint32(4);
  if (count === 0) return fail(`${source}: header says 0 labels; a dataset needs at least one`);
  return withinLimit({ count, bytes: 8 + count, holds: `${withCommas(count)} labels` }, source);
}

/** A whole IDX file (raw or gzipped) of exactly the length its header announces, inflating no further. */
function parseIdx<H extends Announced>(
  input: Uint8Array,
  source: string,
  headerLength: number,
  parseHeader: (start: Uint8Array, source: string) => Parsed<H>,
): Parsed<{ header: H; bytes: Uint8Array }> {
  const start = inflatedStart(input, source, headerLength);
  if (!start.ok) return start;
  const header = parseHeader(start.value, source);
  if (!header.ok) return header;
  const all = gunzipAnnounced(input, source, header.value.bytes, header.value.holds);
  if (!all.ok) return all;
  const length = checkLength(source, all.value.length, header.value.bytes, header.value.holds);
  return length.ok ? ok({ header: header.value, bytes: all.value }) : length;
}

/** Parses an IDX image file (gzipped or raw): header magic 2051, count, rows, cols, then the pixels. */
export function parseIdxImages(input: Uint8Array, source: string): Parsed<IdxImages> {
  const parsed = parseIdx(input, source, 16, parseIdxImagesHeader);
  if (!parsed.ok) return parsed;
  const { count, rows, cols, bytes } = parsed.value.header;
  return ok({ count, rows, cols, pixels: plainView(parsed.value.bytes, 16, bytes - 16) });
}

/** Parses an IDX label file (gzipped or raw): header magic 2049, count, then one byte per label. */
export function parseIdxLabels(input: Uint8Array, source: string): Parsed<IdxLabels> {
  const parsed = parseIdx(input, source, 8, parseIdxLabelsHeader);
  if (!parsed.ok) return parsed;
  const { count } = parsed.value.header;
  return ok({ count, labels: plainView(parsed.value.bytes, 8, count) });
}
