// Pure parsing of NumPy's .npy files (format versions 1.0, 2.0 and 3.0), as `np.save` writes them:
// the magic "\x93NUMPY", a version, a header length, a Python dict literal such as
// {'descr': '|u1', 'fortran_order': False, 'shape': (60000, 28, 28), } padded with spaces to a
// multiple of 64 bytes, then the array's bytes. No fs here: callers read the bytes.
// https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html
import { fail, ok, type Parsed } from '../util/parsed.js';
import { excerpt, withCommas } from '../util/text.js';

/** The header's characters an error quotes: escaped, each may take 6, and a message stays one short line. */
const HEADER_EXCERPT_CHARS = 40;

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

export type NpyKind = 'u' | 'i' | 'f';

export interface NpyDtype {
  /** As the header spells it, e.g. '<f4' or '|u1'. */
  descr: string;
  kind: NpyKind;
  /** Bytes per element. */
  size: 1 | 2 | 4 | 8;
}

export interface NpyArray {
  version: string;
  dtype: NpyDtype;
  shape: number[];
  /** The array's bytes, little-endian, C order: a view, not a copy. */
  data: Uint8Array;
}

/** The dtypes we read: little-endian (or byte-sized) integers and floats. */
const KINDS: Record<string, NpyKind> = { u: 'u', i: 'i', f: 'f' };
const SIZES: Record<string, NpyDtype['size']> = { '1': 1, '2': 2, '4': 4, '8': 8 };

export function parseDescr(descr: string): Parsed<NpyDtype> {
  const m = /^([<>|=]?)([uif])([1248])$/.exec(descr);
  if (!m) {
    return fail(
      `dtype '${excerpt(descr, HEADER_EXCERPT_CHARS)}' is not a plain number type; save a uint8 or float32 array (e.g. np.save(path, x.astype('float32')))`,
    );
  }
  const [, order, kindChar, sizeChar] = m as unknown as [string, string, string, string];
  const size = SIZES[sizeChar] as NpyDtype['size'];
  if (order === '>' && size > 1) {
    return fail(`dtype '${excerpt(descr, HEADER_EXCERPT_CHARS)}' is big-endian; save it little-endian (e.g. np.save(path, x.astype('<${kindChar}${size}')))`);
  }
  if (kindChar === 'f' && size < 4) return fail(`dtype '${excerpt(descr, HEADER_EXCERPT_CHARS)}' (float16) is not supported; save float32`);
  return ok({ descr, kind: KINDS[kindChar] as NpyKind, size });
}

// ---- The header: a Python dict literal of strings, booleans and a tuple of whole numbers. ----

type PyValue = string | boolean | number[] | null;

class HeaderSyntaxError extends Error {}

/** A dimension at a given place (sticky), as Python 2's numpy wrote it too: 3 or 3L. */
const WHOLE_NUMBER = /\d+L?/y;

/** numpy refuses longer headers by default (max_header_size); real ones are under 200 bytes. */
const MAX_HEADER_BYTES = 10000;

/** Parses `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }`; throws HeaderSyntaxError. */
function parseHeaderDict(text: string): Map<string, PyValue> {
  let i = 0;
  const space = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  const expect = (c: string) => {
    space();
    if (text[i] !== c)
      throw new HeaderSyntaxError(`expected '${c}' at character ${i + 1}, found ${text[i] === undefined ? 'the end' : `'${excerpt(text[i])}'`}`);
    i++;
  };
  const str = (): string => {
    space();
    const quote = text[i];
    if (quote !== "'" && quote !== '"') throw new HeaderSyntaxError(`expected a quoted string at character ${i + 1}`);
    const end = text.indexOf(quote, i + 1);
    if (end < 0) throw new HeaderSyntaxError(`unterminated string at character ${i + 1}`);
    const value = text.slice(i + 1, end);
    i = end + 1;
    return value;
  };
  const value = (): PyValue => {
    space();
    const c = text[i];
    if (c === "'" || c === '"') return str();
    if (text.startsWith('True', i)) return ((i += 4), true);
    if (text.startsWith('False', i)) return ((i += 5), false);
    if (text.startsWith('None', i)) return ((i += 4), null);
    if (c === '(' || c === '[') {
      const close = c === '(' ? ')' : ']';
      i++;
      const items: number[] = [];
      for (;;) {
        space();
        if (text[i] === close) return (i++, items);
        WHOLE_NUMBER.lastIndex = i;
        const m = WHOLE_NUMBER.exec(text);
        if (!m) throw new HeaderSyntaxError(`expected a whole number in the shape at character ${i + 1}`);
        items.push(Number(m[0].replace('L', '')));
        i += m[0].length;
        space();
        if (text[i] === ',') i++;
        else if (text[i] !== close) throw new HeaderSyntaxError(`expected ',' or '${close}' in the shape at character ${i + 1}`);
      }
    }
    throw new HeaderSyntaxError(`unexpected ${c === undefined ? 'end' : `'${excerpt(c)}'`} at character ${i + 1}`);
  };
  const dict = new Map<string, PyValue>();
  expect('{');
  for (;;) {
    space();
    if (text[i] === '}') {
      i++;
      break;
    }
    const key = str();
    expect(':');
    dict.set(key, value());
    space();
    if (text[i] === ',') i++;
    else if (text[i] !== '}') throw new HeaderSyntaxError(`expected ',' or '}' at character ${i + 1}`);
  }
  space();
  if (i < text.length) throw new HeaderSyntaxError(`unexpected text after the dict at character ${i + 1}`);
  return dict;
}

/** Parses a .npy file. Every error starts with `source` and says what to do. */
export function parseNpy(bytes: Uint8Array, source: string): Parsed<NpyArray> {
  if (bytes.length < 10 || MAGIC.some((b, k) => bytes[k] !== b)) {
    return fail(`${source}: not a .npy file (it does not start with "\\x93NUMPY"); write it with numpy.save`);
  }
  const major = bytes[6] as number;
  const minor = bytes[7] as number;
  if (major < 1 || major > 3) return fail(`${source}: .npy format version ${major}.${minor} is not one of 1.0, 2.0, 3.0`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lengthBytes = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lengthBytes) return fail(`${source}: truncated inside the .npy header`);
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const headerStart = 8 + lengthBytes;
  const dataStart = headerStart + headerLength;
  if (bytes.length < dataStart) {
    return fail(
      `${source}: the header says it is ${withCommas(headerLength)} bytes long but the file has only ${withCommas(bytes.length)} bytes; the file is truncated`,
    );
  }
  if (headerLength > MAX_HEADER_BYTES) {
    return fail(
      `${source}: the .npy header says it is ${withCommas(headerLength)} bytes long, more than the ${withCommas(MAX_HEADER_BYTES)} numpy itself reads; write the file again with numpy.save`,
    );
  }
  const headerBytes = bytes.subarray(headerStart, dataStart);
  const headerText = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(headerBytes);
  // A structured dtype's descr is a list of (name, type) pairs.
  if (/['"]descr['"]\s*:\s*\[/.test(headerText)) return fail(`${source}: structured dtypes are not supported; save a plain uint8 or float32 array`);
  let dict: Map<string, PyValue>;
  try {
    dict = parseHeaderDict(headerText.trimEnd());
  } catch (e) {
    if (!(e instanceof HeaderSyntaxError)) throw e;
    return fail(`${source}: the .npy header "${excerpt(headerText.trim(), HEADER_EXCERPT_CHARS)}" is not a valid dict: ${e.message}`);
  }
  for (const key of ['descr', 'fortran_order', 'shape']) {
    if (!dict.has(key)) return fail(`${source}: the .npy header has no '${key}'`);
  }
  const descr = dict.get('descr');
  if (typeof descr !== 'string') return fail(`${source}: structured dtypes are not supported; save a plain uint8 or float32 array`);
  const dtype = parseDescr(descr);
  if (!dtype.ok) return fail(`${source}: ${dtype.error}`);
  const shape = dict.get('shape');
  if (!Array.isArray(shape)) return fail(`${source}: the header's 'shape' is not a tuple of whole numbers`);
  const fortran = dict.get('fortran_order');
  if (typeof fortran !== 'boolean') return fail(`${source}: the header's 'fortran_order' is not True or False`);
  if (fortran && shape.filter((d) => d > 1).length > 1) {
    return fail(`${source}: the array is in Fortran order; save it in C order (np.save(path, np.ascontiguousarray(x)))`);
  }
  const elements = shape.reduce((a, b) => a * b, 1);
  const expected = dataStart + elements * dtype.value.size;
  if (bytes.length !== expected) {
    const extra = bytes.length - expected;
    const how = extra < 0 ? 'the file is truncated' : `${withCommas(extra)} byte${extra === 1 ? '' : 's'} too many`;
    return fail(
      `${source}: expected ${withCommas(expected)} bytes for shape (${shape.join(', ')}${shape.length === 1 ? ',' : ''}) of ${descr}, found ${withCommas(bytes.length)} (${how}); write the file again`,
    );
  }
  return ok({ version: `${major}.${minor}`, dtype: dtype.value, shape, data: bytes.subarray(dataStart) });
}

/** The shape as Python prints it: (60000, 28, 28) or (60000,). */
export function pythonShape(shape: readonly number[]): string {
  return `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
}

/** Element `index` as a number (8-byte integers beyond 2^53 lose precision; labels never get there). */
export function npyElement(array: NpyArray, index: number): number {
  const { data, dtype } = array;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = index * dtype.size;
  switch (`${dtype.kind}${dtype.size}`) {
    case 'u1':
      return view.getUint8(at);
    case 'i1':
      return view.getInt8(at);
    case 'u2':
      return view.getUint16(at, true);
    case 'i2':
      return view.getInt16(at, true);
    case 'u4':
      return view.getUint32(at, true);
    case 'i4':
      return view.getInt32(at, true);
    case 'u8':
      return Number(view.getBigUint64(at, true));
    case 'i8':
      return Number(view.getBigInt64(at, true));
    case 'f4':
      return view.getFloat32(at, true);
    default:
      return view.getFloat64(at, true);
  }
}

/** A float32 array's values, as a view where the bytes are aligned (np.save aligns them), else a copy. */
export function npyFloat32(array: NpyArray): Float32Array {
  const { data } = array;
  if (data.byteOffset % 4 === 0) return new Float32Array(data.buffer, data.byteOffset, data.byteLength / 4);
  // new Uint8Array(data) copies; a Buffer's slice() would not, and its .buffer holds the whole file.
  return new Float32Array(new Uint8Array(data).buffer);
}
