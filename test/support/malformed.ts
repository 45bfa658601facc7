// Malformed dataset files for the fuzz tests: real, valid IDX and .npy files (the embedded digits,
// numpy's fixtures) taken apart by fast-check: truncations, bit flips, header fields set to huge
// values, gzip wrappers, other dtypes and shapes in .npy headers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { repoRoot } from './paths.js';

const EMBEDDED = join(repoRoot, 'dist', 'data', 'mnist');
const NPY = join(repoRoot, 'test', 'fixtures', 'npy');

export function idxHeader(...words: number[]): Buffer {
  const header = Buffer.alloc(words.length * 4);
  words.forEach((word, i) => header.writeUInt32BE(word, i * 4));
  return header;
}

/** The first `count` embedded digits as a valid raw IDX image file and label file. */
export function embeddedIdx(count: number): { images: Buffer; labels: Buffer } {
  const images = gunzipSync(readFileSync(join(EMBEDDED, 'train-images-idx3-ubyte.gz')));
  const labels = gunzipSync(readFileSync(join(EMBEDDED, 'train-labels-idx1-ubyte.gz')));
  return {
    images: Buffer.concat([idxHeader(2051, count, 28, 28), images.subarray(16, 16 + count * 784)]),
    labels: Buffer.concat([idxHeader(2049, count), labels.subarray(8, 8 + count)]),
  };
}

/** numpy's own files: every fixture, valid or not. */
export const npyFixtures: Buffer[] = [
  ...readdirSync(join(NPY, 'headers')).map((name) => readFileSync(join(NPY, 'headers', name))),
  readFileSync(join(NPY, 'digits', 'y.npy')),
];

/** Sizes that break arithmetic: zero, one, the edges of 31 and 32 bits. */
const HUGE = [0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 60000];

/** One change to a file's bytes. */
const byteChange = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  // A big-endian word of an IDX header: the magic, the count, the rows, the columns.
  fc.record({
    kind: fc.constant('word' as const),
    word: fc.integer({ min: 0, max: 3 }),
    value: fc.oneof(fc.constantFrom(2049, 2051, ...HUGE), fc.nat({ max: 2 ** 32 - 1 })),
  }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), remove: fc.nat({ max: 32 }), insert: fc.uint8Array({ maxLength: 32 }) }),
);
type ByteChange = typeof byteChange extends fc.Arbitrary<infer T> ? T : never;

function applyChange(bytes: Buffer, change: ByteChange): Buffer {
  const at = bytes.length === 0 ? 0 : change.kind === 'truncate' || change.kind === 'splice' ? change.at % (bytes.length + 1) : 0;
  switch (change.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const out = Buffer.from(bytes);
      out[change.at % out.length]! ^= 1 << change.bit;
      return out;
    }
    case 'word': {
      if (bytes.length < change.word * 4 + 4) return bytes;
      const out = Buffer.from(bytes);
      out.writeUInt32BE(change.value, change.word * 4);
      return out;
    }
    case 'splice':
      return Buffer.concat([bytes.subarray(0, at), change.insert, bytes.subarray(Math.min(bytes.length, at + change.remove))]);
  }
}

export interface MalformedFile {
  bytes: Buffer;
  /** How it was made from a valid file, as fast-check shows a failing case (rather than every byte). */
  how: string;
}

const described = (bytes: Buffer, how: string): MalformedFile => Object.assign({ bytes, how }, { [fc.toStringMethod]: () => `${how} (${bytes.length} bytes)` });

/**
 * A broken copy of `valid`: a few byte changes, then gzipped or not; or gzipped first and the
 * gzip broken; or gzipped with a run of zeros after it (a small gzip bomb).
 */
export function malformed(valid: Buffer): fc.Arbitrary<MalformedFile> {
  return fc
    .record({
      changes: fc.array(byteChange, { maxLength: 3 }),
      wrapper: fc.constantFrom('raw', 'gzip', 'gzip, then changed', 'gzip with zeros after'),
      zeros: fc.integer({ min: 1, max: 4 * 1024 * 1024 }),
    })
    .map(({ changes, wrapper, zeros }) => {
      const changed = (bytes: Buffer) => changes.reduce(applyChange, bytes);
      const how = `${wrapper}: ${JSON.stringify(changes)}`;
      switch (wrapper) {
        case 'raw':
          return described(changed(valid), how);
        case 'gzip':
          return described(gzipSync(changed(valid), { level: 1 }), how);
        case 'gzip, then changed':
          return described(changed(gzipSync(valid, { level: 1 })), how);
        default:
          return described(gzipSync(Buffer.concat([changed(valid), Buffer.alloc(zeros)]), { level: 1 }), `${how}, ${zeros} zeros`);
      }
    });
}

/** A .npy file of `version` with `header` (padded as numpy pads it, or not) and `data`. */
function npyFile(header: string, data: Uint8Array, version: number, padded: boolean): Buffer {
  const prefix = version === 1 ? 10 : 12;
  const text = padded ? header + ' '.repeat(63 - ((prefix + header.length) % 64)) + '\n' : header;
  const bytes = Buffer.alloc(prefix + Buffer.byteLength(text) + data.length);
  bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]);
  const length = Buffer.byteLength(text);
  if (version === 1) bytes.writeUInt16LE(length & 0xffff, 8);
  else bytes.writeUInt32LE(length, 8);
  bytes.write(text, prefix);
  bytes.set(data, prefix + length);
  return bytes;
}

const shapeItem = fc.oneof(
  fc.nat({ max: 40 }),
  fc.constantFrom('0', '3L', '2147483648', '4294967296', '9007199254740993', '99999999999999999999999', '-1', '1.5', "'a'"),
);
const descr = fc.oneof(
  // Mostly the dtypes that load, so that many headers parse and their data is read.
  { weight: 3, arbitrary: fc.constantFrom('<f4', '|u1', '<i8') },
  { weight: 2, arbitrary: fc.constantFrom('<u1', '<i4', '<u2', '>f4', '>i8', '<f2', '<f8', '|b1', '<U3', '|O', '<c8', 'f4', '=f4', '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** A .npy file with a generated header: dtypes, shapes and syntax numpy never writes, and data of any length. */
export const generatedNpy: fc.Arbitrary<MalformedFile> = fc
  .record({
    descr,
    quote: fc.constantFrom("'", '"'),
    fortran: fc.constantFrom('False', 'True', 'None', '0'),
    shape: fc.array(shapeItem, { maxLength: 5 }),
    brackets: fc.constantFrom(['(', ')'], ['[', ']'], ['(', ''], ['', ')']),
    tail: fc.constantFrom('', ', ', ", 'extra': 1", ' }', '}', ' junk', "'"),
    version: fc.constantFrom(1, 2, 3),
    padded: fc.boolean(),
    data: fc.uint8Array({ maxLength: 512 }),
    fitted: fc.boolean(),
  })
  .map(({ descr, quote, fortran, shape, brackets, tail, version, padded, data, fitted }) => {
    // Half the time as many bytes as the shape and dtype ask for, so that some parse and are read.
    const needed = shape.reduce<number>((n, d) => n * (typeof d === 'number' ? d : NaN), Number(/[1248]$/.exec(descr)?.[0] ?? 1));
    if (fitted && needed <= 4096)
      data = data.length >= needed ? data.subarray(0, needed) : Uint8Array.from({ length: needed }, (_, i) => data[i % Math.max(1, data.length)] ?? i);
    const q = (text: string) => `${quote}${text}${quote}`;
    const header = `{${q('descr')}: ${q(descr)}, ${q('fortran_order')}: ${fortran}, ${q('shape')}: ${brackets[0]}${shape.join(', ')}${brackets[1]}${tail}}`;
    return described(npyFile(header, data, version, padded), `version ${version}, ${padded ? 'padded' : 'unpadded'} ${header}, ${data.length} bytes of data`);
  });
